import DecoupleAnalysis
import DecoupleData
import TestSupport
import Testing

@Suite struct DecouplingAnalysisTests {
  /// 800 days where A tracks B closely, then a last window built by `tail`.
  static func pair(tail: ([Double], inout SplitMix64) -> [Double]) -> (DailySeries, DailySeries) {
    var g = SplitMix64(seed: 42)
    let b = (0..<890).map { _ in 0.01 * g.normal() }
    var a = b[0..<800].map { $0 + 0.002 * g.normal() }
    a += tail(Array(b[800...]), &g)
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
    #expect(s[.correlation].recordLow!.date > Day(year: 2020, month: 1, day: 1)!.adding(days: 800))
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
