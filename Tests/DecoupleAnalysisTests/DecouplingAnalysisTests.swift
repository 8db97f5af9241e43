import DecoupleData
import TestSupport
import Testing

@testable import DecoupleAnalysis

@Suite struct DecouplingAnalysisTests {
  /// 1,000 days where A tracks B closely (correlation about 0.98: two assets, not one), then a
  /// last window built by `tail`: 1,090 returns, 12 non-overlapping windows of 90, enough to
  /// call a sense.
  static func pair(
    history: Int = 1_000, tail: ([Double], inout SplitMix64) -> [Double]
  ) -> (DailySeries, DailySeries) {
    var g = SplitMix64(seed: 42)
    let b = (0..<(history + 90)).map { _ in 0.01 * g.normal() }
    var a = b[0..<history].map { $0 + 0.002 * g.normal() }
    a += tail(Array(b[history...]), &g)
    return (Synthetic.prices(name: "A", logReturns: a), Synthetic.prices(name: "B", logReturns: b))
  }

  @Test func decouplesInCorrelationButNotInLevel() throws {
    // The last 90 returns of A are B's, reversed: the same sum (gap exactly 0 over the window),
    // but no co-movement.
    let (a, b) = Self.pair { tail, _ in tail.reversed() }
    let s = try DecouplingAnalysis.analyze(a, b)
    #expect(s.verdict.decoupledSenses.contains(.correlation))
    #expect(!s.verdict.decoupledSenses.contains(.gap))
    #expect(abs(s[.gap].current!) < 1e-12)
    // The record low falls inside the reversed window (it began after day 800), not before.
    #expect(s[.correlation].percentile! < 0.01)
    #expect(
      s[.correlation].recordLow!.date > Day(year: 2020, month: 1, day: 1)!.adding(days: 1_000))
    #expect(s.verdict.headline.contains("correlation"))
  }

  @Test func divergesInLevelButNotInCorrelation() throws {
    // A keeps tracking B day to day but drifts 0.5% a day behind it over the last window.
    let (a, b) = Self.pair { tail, g in tail.map { $0 - 0.005 + 0.002 * g.normal() } }
    let s = try DecouplingAnalysis.analyze(a, b)
    #expect(!s.verdict.decoupledSenses.contains(.correlation))
    #expect(s.verdict.decoupledSenses.contains(.gap))
    #expect(s.verdict.decoupledSenses.contains(.residualDrift))
    #expect(s[.gap].isRecordLow)
    #expect(s[.gap].current! < -0.4)
    #expect(s.verdict.headline.contains("performance gap"))
  }

  @Test func coupledPairIsNotDecoupledInAnySense() throws {
    let (a, b) = Self.pair { tail, g in tail.map { $0 + 0.002 * g.normal() } }
    let s = try DecouplingAnalysis.analyze(a, b, options: .init(extremeFraction: 0.01))
    #expect(s.verdict.decoupledSenses.isEmpty, "\(s.verdict.headline)")
    #expect(s.verdict.headline.contains("not decoupled"))
  }

  @Test func asOfDaySeesNothingAfterIt() throws {
    let (a, b) = Self.pair { tail, _ in tail.reversed() }
    let asOf = Day(year: 2021, month: 6, day: 1)!
    let s = try DecouplingAnalysis.analyze(a, b, options: .init(to: asOf))
    #expect(s.asOf == asOf)
    #expect(s.rows.last?.date == asOf)
    #expect(!s[.correlation].isRecordLow || s[.correlation].recordLow!.date <= asOf)
    let full = try DecouplingAnalysis.analyze(a, b)
    let same = full.rows.first { $0.date == asOf }!
    #expect(same == s.rows.last!)  // the as-of day's values do not depend on later data
  }

  @Test func shortHistoryCallsNoSenseAndSaysHowShort() throws {
    // The same decoupled last window as above, after only 270 days of history: 360 returns
    // hold 4 non-overlapping windows of 90, fewer than the 10 needed.
    let (a, b) = Self.pair(history: 270) { tail, _ in tail.reversed() }
    let s = try DecouplingAnalysis.analyze(a, b)
    #expect(s.depth.independentWindows == 4 && !s.depth.isEnough)
    #expect(s.verdict.decoupledSenses.isEmpty, "\(s.verdict.headline)")
    #expect(s.verdict.findings.allSatisfy { $0.notCalled == .shortHistory })
    #expect(s.verdict.headline.contains("Not enough history to call"))
    #expect(s.verdict.headline.contains("4 non-overlapping windows of 90"))
    #expect(s.verdict.findings[0].sentence.contains("too few to call"))
    // The long history calls the same window decoupled in correlation.
    let (la, lb) = Self.pair { tail, _ in tail.reversed() }
    #expect(try DecouplingAnalysis.analyze(la, lb).verdict.decoupledSenses.contains(.correlation))
  }

  @Test func theSameSeriesOnBothSidesIsSaidPlainly() throws {
    let (a, _) = Self.pair { tail, _ in tail.reversed() }
    let s = try DecouplingAnalysis.analyze(a, a)
    #expect(s.identity == .identical)
    #expect(s.verdict.decoupledSenses.isEmpty)
    #expect(s.verdict.findings.allSatisfy { $0.notCalled == .sameSeries })
    #expect(s.verdict.headline.contains("are the same series"), "\(s.verdict.headline)")
    #expect(!s.verdict.findings.contains { $0.sentence.contains("unusual:") })
  }

  @Test func aNearCopyIsNamedAsSuch() throws {
    // B plus 0.05% noise a day: a second quote of the same asset (correlation ≈ 0.999).
    var g = SplitMix64(seed: 3)
    let b = (0..<1_100).map { _ in 0.01 * g.normal() }
    let a = b.map { $0 + 0.0005 * g.normal() }
    let s = try DecouplingAnalysis.analyze(
      Synthetic.prices(name: "A", logReturns: a), Synthetic.prices(name: "B", logReturns: b))
    guard case .nearlyIdentical(let r) = s.identity else {
      Issue.record("expected nearly identical, got \(s.identity)")
      return
    }
    #expect(r > 0.99 && r < 1)
    #expect(s.verdict.decoupledSenses.isEmpty)
    #expect(s.verdict.headline.contains("nearly the same series"))
  }

  @Test(arguments: [1, 5, 19])
  func windowsTooShortForACorrelationAreRefused(_ window: Int) {
    let (a, b) = Self.pair { tail, _ in tail }
    #expect(throws: AnalysisError.windowTooShort(window: window, minimum: 20)) {
      try DecouplingAnalysis.analyze(a, b, options: .init(window: window))
    }
  }

  @Test func theShortestWindowIsAccepted() throws {
    let (a, b) = Self.pair { tail, _ in tail }
    #expect(try DecouplingAnalysis.analyze(a, b, options: .init(window: 20)).options.window == 20)
  }

  @Test func windowLongerThanHistorySaysHowLongTheHistoryIs() {
    let (a, b) = Self.pair { tail, _ in tail }
    let to = Day(year: 2020, month: 2, day: 10)!  // 40 returns after 2020-01-01
    #expect(throws: AnalysisError.self) {
      try DecouplingAnalysis.analyze(a, b, options: .init(to: to))
    }
    do {
      _ = try DecouplingAnalysis.analyze(a, b, options: .init(to: to))
    } catch {
      let text = String(describing: error)
      #expect(text.contains("90") && text.contains("40") && text.contains("2020-02-10"), "\(text)")
    }
  }

  @Test func residualDriftIsWindowReturnBeyondBeta() throws {
    let (a, b) = Self.pair { tail, g in tail.map { 2 * $0 + 0.001 * g.normal() } }
    let s = try DecouplingAnalysis.analyze(a, b, options: .init(window: 30))
    let tail = s.rows.suffix(30)
    let sumA = tail.reduce(0) { $0 + $1.returnA }
    let sumB = tail.reduce(0) { $0 + $1.returnB }
    let last = s.rows.last!
    #expect(abs(last.gap - (sumA - sumB)) < 1e-12)
    #expect(abs(last.residualDrift - (sumA - last.beta * sumB)) < 1e-12)
    #expect(abs(last.beta - 2) < 0.05)
  }
}

@Suite struct VerdictWordingTests {
  static func summary(_ values: [Double]) -> MeasureSummary {
    let start = Day(year: 2024, month: 1, day: 1)!
    return MeasureSummary(values: values, days: values.indices.map { start.adding(days: $0) })
  }

  static func verdict(correlation: [Double], beta: [Double]) -> Verdict {
    let flat = summary([0, 0.1, -0.1, 0.05, 0])
    return Verdict(
      nameA: "A", nameB: "B",
      measures: [
        .correlation: summary(correlation), .beta: summary(beta), .gap: flat, .residualDrift: flat,
      ], extremeFraction: 0.1)
  }

  @Test func unusuallyHighCouplingIsNotCalledDecoupling() {
    let v = Self.verdict(
      correlation: Array(stride(from: 0.0, to: 0.9, by: 0.01)) + [0.95], beta: [1, 2, 3])
    #expect(!v.decoupledSenses.contains(.correlation))
    let c = v.findings.first { $0.measure == .correlation }!
    #expect(c.sentence.contains("more than usual") && c.record == "high")
    let b = v.findings.first { $0.measure == .beta }!
    #expect(b.sentence.contains("more than usual"))
  }

  @Test func recordLowCorrelationIsNamedInTheHeadline() {
    let v = Self.verdict(
      correlation: Array(stride(from: 0.9, to: 0.0, by: -0.01)), beta: [1, 2, 1.5])
    #expect(v.decoupledSenses == [.correlation])
    #expect(v.headline.contains("A record for: correlation"))
    #expect(v.findings[0].sentence.contains("lowest on record"))
  }
}

@Suite struct AnalysisNotesTests {
  @Test func notesAboutDaysAfterTheAsOfDayAreLeftOut() {
    let asOf = Day(iso: "2026-02-20")!
    let partial = "The last row, 2026-06-05, was written while still in progress (partial)."
    #expect(DecouplingAnalysis.concernsOnlyDaysAfter(asOf, partial))
    #expect(!DecouplingAnalysis.concernsOnlyDaysAfter(Day(iso: "2026-06-05")!, partial))
    #expect(
      !DecouplingAnalysis.concernsOnlyDaysAfter(asOf, "Rows 2019-01-01 to 2026-06-05 merged."))
    #expect(!DecouplingAnalysis.concernsOnlyDaysAfter(asOf, "A note without a day."))
  }

  @Test func saysWhenOneSeriesRunsPastTheLastCommonDay() throws {
    var g = SplitMix64(seed: 8)
    let long = Synthetic.prices(name: "LONG", logReturns: (0..<300).map { _ in 0.01 * g.normal() })
    let short = Synthetic.prices(
      name: "SHORT", logReturns: (0..<200).map { _ in 0.01 * g.normal() })
    let s = try DecouplingAnalysis.analyze(long, short, options: .init(window: 30))
    #expect(s.asOf == short.lastDay)
    #expect(s.notes.contains { $0.hasPrefix("LONG has data to \(long.lastDay!.iso)") })
    #expect(s.windowStart == s.rows[s.rows.count - 30].date)
    // Within a range the user chose, nothing runs past the as-of day: no note.
    let clipped = try DecouplingAnalysis.analyze(
      long, short, options: .init(window: 30, to: short.lastDay!.adding(days: -10)))
    #expect(clipped.notes.isEmpty)
  }
}

@Suite struct PercentileSeriesTests {
  @Test func eachRowCarriesItsHistoryRelativeRank() throws {
    var g = SplitMix64(seed: 12)
    let b = (0..<400).map { _ in 0.01 * g.normal() }
    let a = b.map { $0 + 0.004 * g.normal() }
    let s = try DecouplingAnalysis.analyze(
      Synthetic.prices(name: "A", logReturns: a), Synthetic.prices(name: "B", logReturns: b),
      options: .init(window: 30))
    let last = s.rows.last!
    // The last row's rank is the summary's percentile; early rows have too little history.
    for m in DecouplingMeasure.allCases { #expect(last.percentile(m) == s[m].percentile) }
    #expect(s.rows[40].percentile(.correlation).isNaN)  // 11 values < the window's 30
    #expect(!s.rows[60].percentile(.correlation).isNaN)
  }
}
