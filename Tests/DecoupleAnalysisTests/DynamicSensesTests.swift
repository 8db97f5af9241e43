import DecoupleAnalysis
import DecoupleData
import TestSupport
import Testing

@Suite struct DynamicSensesTests {
  /// A's beta to B is 1.5 for `before` days, then 0 for the last 60 (inside the 90-day
  /// window); by default 940 + 60 returns, 11 non-overlapping windows: enough to call a sense.
  static func betaShift(before: Int = 940) throws -> DecouplingSummary {
    var g = SplitMix64(seed: 31)
    var a: [Double] = []
    var b: [Double] = []
    for i in 0..<(before + 60) {
      let x = 0.01 * g.normal()
      b.append(x)
      a.append((i < before ? 1.5 * x : 0) + 0.005 * g.normal())
    }
    return try DecouplingAnalysis.analyze(
      Synthetic.prices(name: "A", logReturns: a), Synthetic.prices(name: "B", logReturns: b))
  }

  @Test func findsARecentChangeInTheRelationship() throws {
    let s = try Self.betaShift()
    let d = DynamicSenses(s)
    let br = try #require(d.relationshipBreak)
    let last = try #require(br.changes.last)
    // The change is at return 940; PELT's segments are at least a window long.
    let index = s.rows.firstIndex { $0.date == last }!
    #expect(abs(index - 940) <= 5, "change at \(index)")
    #expect(br.isRecent)
    #expect(
      abs(br.segmentBetas.last!) < 0.3
        && abs(br.segmentBetas[br.segmentBetas.count - 2] - 1.5) < 0.1)
  }

  @Test func dccCorrelationFallsWhenTheLinkBreaks() throws {
    let s = try Self.betaShift()
    let dcc = try #require(DynamicSenses(s).dcc)
    #expect(dcc.a >= 0 && dcc.b >= 0 && dcc.a + dcc.b < 1)
    #expect(dcc.summary.current! < 0.5)  // the last 60 days are independent
    #expect(dcc.isDecoupled)
    #expect(dcc.correlations[700] > 0.8)
  }

  @Test func onAShortHistoryTheDynamicCorrelationIsNotCalled() throws {
    // 800 + 60 returns: 9 windows of 90, one short of the minimum. The correlation still falls,
    // but its percentile rests on too little history to be called a decoupling.
    let r = DecouplingReport(try Self.betaShift(before: 800))
    #expect(r.dynamic.dcc?.isDecoupled == false)
    let dcc = try #require(r.senses.first { $0.name == "dccCorrelation" })
    #expect(dcc.holds == nil && dcc.notCalled == .shortHistory)
    // The change point is a test, not a percentile: still called.
    #expect(r.sensesHolding.contains("changePoint"))
  }

  @Test func sensesListEveryMeasure() throws {
    let r = DecouplingReport(try Self.betaShift())
    #expect(
      r.senses.map(\.name) == [
        "correlation", "gap", "residualDrift", "beta", "dccCorrelation", "cointegration",
        "changePoint",
      ])
    #expect(r.sensesHolding.contains("changePoint") && r.sensesHolding.contains("dccCorrelation"))
  }
}
