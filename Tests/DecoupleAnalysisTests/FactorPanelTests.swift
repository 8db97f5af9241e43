import DecoupleAnalysis
import DecoupleData
import Foundation
import TestSupport
import Testing

/// `FactorPanel.build`: ETH's return and its candidate drivers on common days.
@Suite struct FactorPanelTests {
  static func panel() throws -> FactorPanel {
    let inputs = try EmbeddedInputs.drivers()
    let s = try Embedded.series("ETH", "RUT")
    return FactorPanel.build(
      target: s[0], equity: s[1], btc: inputs.btc, dgs2: inputs.dgs2, flows: inputs.flows,
      supply: inputs.supply)
  }

  /// BTC trades every day from before ETH's start, so the days and the ETH and RUT returns
  /// are pandas' on the ETH/RUT common days (tools/oracle/pairs.py; 1e-12, logs of the same
  /// closes).
  @Test func returnsArePandasOnTheCommonDays() throws {
    let p = try Self.panel()
    let t = try Embedded.ethRutPandas()
    #expect(p.days.map(\.iso) == t.dates)
    #expect(worstDifference(p.targetReturns, t["returnA"]) < 1e-12)
    #expect(worstDifference(p.factors[0], t["returnB"]) < 1e-12)
    #expect(p.factorNames == FactorPanel.names(equity: "RUT") && p.factorNames[1] == "BTC")
    #expect(p.factors.allSatisfy { $0.count == p.days.count })
  }

  /// Flows exist from the first fund's launch (2024-07-23) to the end of the flow file:
  /// undefined before, never zero-filled; a Monday folds the weekend's flows (none: the funds
  /// trade on weekdays) into Friday → Monday. The rates factor is the DGS2 change in bp.
  @Test func flowsAndRatesFollowTheirFiles() throws {
    let p = try Self.panel()
    let inputs = try EmbeddedInputs.drivers()
    let launch = Day(iso: "2024-07-23")!
    #expect(inputs.flows.firstDay == launch)
    let before = p.days.indices.filter { p.days[$0] <= launch }
    #expect(before.allSatisfy { p.factors[3][$0].isNaN })
    let flow = Dictionary(uniqueKeysWithValues: zip(inputs.flows.days, inputs.flows.values))
    let rate = Dictionary(uniqueKeysWithValues: zip(inputs.dgs2.days, inputs.dgs2.values))
    var checked = 0
    for i in p.days.indices.dropFirst()
    where p.days[i] > launch && p.days[i] <= inputs.flows.lastDay! {
      let (d0, d1) = (p.days[i - 1], p.days[i])
      if let f = flow[d1],
        (1..<(d1.daysSince1970 - d0.daysSince1970)).allSatisfy({
          flow[d0.adding(days: $0)] == nil
        })
      {
        #expect(abs(p.factors[3][i] - f / 1000) < 1e-12, "\(d1.iso)")
        checked += 1
      }
      if let r1 = rate[d1], let r0 = rate[d0] {
        #expect(abs(p.factors[2][i] - (r1 - r0) * 100) < 1e-9, "\(d1.iso)")
      }
    }
    #expect(checked > 300)
  }

  /// A range keeps only its days: the first panel day is the second common day in it.
  @Test func aRangeClipsTheDays() throws {
    let inputs = try EmbeddedInputs.drivers()
    let s = try Embedded.series("ETH", "RUT")
    let (from, to) = (Day(iso: "2025-01-01")!, Day(iso: "2025-03-31")!)
    let p = FactorPanel.build(
      target: s[0], equity: s[1], btc: inputs.btc, dgs2: inputs.dgs2, flows: inputs.flows,
      supply: inputs.supply, from: from, to: to)
    let full = try Self.panel()
    let inside = full.days.filter { $0 >= from && $0 <= to }
    #expect(p.days == Array(inside.dropFirst()))
    let i = full.days.firstIndex(of: p.days[0])!
    #expect(p.targetReturns[0] == full.targetReturns[i])
  }
}
