import DecoupleData
import TestSupport
import Testing

@testable import DecoupleAnalysis

/// The alert rules on the embedded ETH/RUT pair and on constructed series.
@Suite struct AlertEngineTests {
  static let ethRut: DecouplingSummary = {
    try! DecouplingAnalysis.analyze(
      try! Dataset.load("ETH"), try! Dataset.load("RUT"),
      options: AnalysisOptions(to: Day(iso: "2026-11-20")))
  }()

  /// Replayed "enters" alerts are `decouple episodes`' episodes: one per episode still open on
  /// or after the first watched (and callable) day, dated from its start.
  @Test(arguments: DecouplingMeasure.allCases)
  func replayAgreesWithEpisodes(measure: DecouplingMeasure) throws {
    let s = Self.ethRut
    let from = Day(iso: "2018-01-01")!
    let rules = EpisodeRules()
    let callable = try #require(AlertEngine.firstCallable(s))
    let floorDay = max(s.rows[callable].date, s.rows.first { $0.date >= from }!.date)
    let expected = EpisodeHistory(measure: measure, in: s, rules: rules).episodes
      .filter { ($0.end ?? Day(daysSince1970: .max)) > floorDay }
      .map { ($0.start, max($0.start, floorDay), $0.end) }
    let replay = AlertReplay(s, rules: [AlertRule(.enters(measure, rules))], from: from)
    let got = replay.entries.map { ($0.event.since, $0.event.day, $0.event.endedOn) }
    #expect(got.count == expected.count)
    #expect(!got.isEmpty)
    for (g, e) in zip(got, expected) {
      #expect(g.0 == e.0 && g.1 == e.1 && g.2 == e.2)
    }
  }

  /// Watching day by day — each day analysed only on the data to that day, evaluated from the
  /// day after the last, an alert kept once per stretch as the store keeps it (by its first
  /// day) — raises exactly the alerts of one replay over the same days.
  @Test func dayByDayEqualsReplay() throws {
    let a = try Dataset.load("ETH")
    let b = try Dataset.load("RUT")
    let days = Self.ethRut.rows.suffix(260).prefix(45).map(\.date)
    let rules =
      DecouplingMeasure.allCases.map { AlertRule(.enters($0, EpisodeRules())) }
      + [
        AlertRule(.leaves(.gap, EpisodeRules())),
        AlertRule(.below(.correlation, level: 0.3, rearm: 0.35)),
        AlertRule(.gapBeyond(size: 0.2, rearm: 0.15)),
      ]
    var live: [String: String] = [:]
    var last: Day?
    for day in days {
      let s = try DecouplingAnalysis.analyze(a, b, options: AnalysisOptions(to: day))
      for r in rules {
        for e in AlertEngine.events(r, in: s, from: last.map { $0.adding(days: 1) }) {
          let id = "\(r.key) \(e.since.iso)"
          if live[id] == nil { live[id] = "\(id) \(e.day.iso)" }
        }
      }
      last = s.asOf
    }
    let end = try DecouplingAnalysis.analyze(a, b, options: AnalysisOptions(to: days.last))
    var replayed: [String] = []
    for r in rules {
      replayed += AlertEngine.events(r, in: end, from: days.first).map {
        "\(r.key) \($0.since.iso) \($0.day.iso)"
      }
    }
    #expect(live.values.sorted() == replayed.sorted())
    #expect(!live.isEmpty)
  }

  /// A level rule fires when the value crosses, and again only after it has been back past
  /// the re-arm level.
  @Test func levelRuleRearms() {
    let values: [Double] = [0.5, 0.25, 0.28, 0.31, 0.29, 0.36, 0.2, .nan, 0.4]
    let s = AlertEngine.hysteresis(values, on: { $0 < 0.3 }, off: { $0 >= 0.35 })
    #expect(s == [RuleStretch(start: 1, end: 5, side: nil), .init(start: 6, end: 8, side: nil)])
  }

  /// The gap rule's side is A's: behind is low.
  @Test func gapBeyondSide() {
    let s = Self.ethRut
    let stretches = AlertEngine.stretches(AlertRule(.gapBeyond(size: 0.5, rearm: 0.4)), in: s)
    #expect(!stretches.isEmpty)
    for st in stretches {
      let g = s.rows[st.start].gap
      #expect(abs(g) >= 0.5)
      #expect(st.side == (g < 0 ? .low : .high))
    }
  }
}

/// The dynamic-correlation rule reads, on each day it fits, what `analyze` reports that day.
@Suite struct DynamicTrackTests {
  @Test func aFitDayGivesAnalyzesValueAndRank() throws {
    let s = try DecouplingAnalysis.analyze(
      try Dataset.load("ETH"), try Dataset.load("RUT"),
      options: AnalysisOptions(to: Day(iso: "2024-06-28")))
    let dcc = try #require(DynamicSenses(s).dcc)
    // Refitted only on the first possible day and the last.
    let replayed = DynamicTrack(s, refitStep: 100_000)
    let live = DynamicTrack(s, refitStep: nil)
    for track in [replayed, live] {
      #expect(track.values.last == dcc.summary.current)
      #expect(track.ranks.last == dcc.summary.percentile)
    }
    // Before the first fit nothing is known; between fits the first fit's value holds.
    let first = 2 * s.options.window - 1
    #expect(replayed.values[first - 1].isNaN)
    #expect(replayed.values[first + 1] == replayed.values[first])
  }

  @Test func rulesParseAndName() {
    let r = AlertRule(.entersDynamic(EpisodeRules()))
    #expect(r.key == "enters-dynamic-correlation-0.1-0.25")
    #expect(r.label == "dynamic (DCC-GARCH) correlation enters its extreme (bottom 10%)")
    #expect(r.ranksHistory && !r.firesOnEnd)
    #expect(AlertRule(.leavesDynamic(EpisodeRules())).firesOnEnd)
  }
}
