import DecoupleAnalysis
import DecoupleData
import DecoupleSeries
import DecoupleStats
import TestSupport
import Testing

/// `BreaksReport`: the library behind `decouple breaks`.
@Suite struct BreaksReportTests {
  /// Reference: ruptures 1.1.10 `Pelt(model="linear", min_size=30)` with the BIC penalty on
  /// ETH's percent log returns regressed on RUT's (tools/oracle/pelt.py, pelt_ETH_RUT.csv and
  /// pelt_cases.json): breakpoints [59, 538, 587, 879, 2151], the segments BreaksCommandTests
  /// reads from the CLI. The panel must hold the fixture's returns (1e-10: the same closes).
  @Test func peltLinearMatchesRuptures() throws {
    let panel = try ReturnPanel(try Embedded.series("ETH", "RUT"))
    let returns = try NumericTable(fixture: "oracle/pelt_ETH_RUT.csv")
    #expect(worstDifference(panel.returns[0], returns["returnA"]) < 1e-10)
    #expect(worstDifference(panel.returns[1], returns["returnB"]) < 1e-10)
    let cases = try Oracle.json("pelt_cases.json")["cases"] as! [[String: Any]]
    let linear = try #require(
      cases.first {
        $0.string("model") == "linear" && $0.number("minSize") == 30
          && $0.string("penalty") == "bic"
      })
    let r = try BreaksReport(panel, method: .pelt)
    #expect(r.changes + [panel.count] == linear.numbers("breakpoints").map { Int($0) })
    #expect(abs(r.pelt!.penalty - linear.number("penaltyValue")) <= 1e-9 * r.pelt!.penalty)
    #expect(r.segments.map(\.count) == [59, 479, 49, 292, 1272])
    // Each segment's statistics are those of its own returns (OLS, two-pass correlation).
    let bounds = [0] + r.changes + [panel.count]
    for (k, s) in r.segments.enumerated() {
      let (lo, hi) = (bounds[k], bounds[k + 1])
      let a = Array(panel.returns[0][lo..<hi])
      let b = Array(panel.returns[1][lo..<hi])
      let fit = OLS.fit(a, on: [b])
      #expect(abs(s.beta - fit.betas[0]) < 1e-9 && abs(s.alpha - fit.alpha) < 1e-9)
      let corr = Reference.windowCorrelation(a[...], b[...], minPeriods: 2)
      #expect(abs(s.correlation - corr) < 1e-12)
      #expect(s.from == panel.days[lo] && s.to == panel.days[hi - 1])
    }
  }

  /// Reference: R strucchange 1.5.3 `breakpoints(h = 0.15)` and `sctest(Fstats(from = 0.15))`
  /// on weekly ETH on RUT (tools/oracle/strucchange.R, case ethrut_w): 447 returns, no break
  /// by BIC, sup-F 3.066 (p 0.879); 1e-9 as in BreaksCommandTests.
  @Test func baiPerronWeeklyMatchesStrucchange() throws {
    let panel = try ReturnPanel(try Embedded.series("ETH", "RUT"), frequency: .weekly)
    let cases = try Oracle.json("bp_cases.json")["cases"] as! [[String: Any]]
    let ref = try #require(cases.first { $0.string("name") == "ethrut_w" })
    let r = try BreaksReport(panel, method: .baiPerron)
    #expect(panel.count == Int(ref.number("n")))
    #expect(r.changes == ref.numbers("breakpoints").map { Int($0) } && r.segments.count == 1)
    let bp = try #require(r.baiPerron)
    #expect(abs(bp.supF - ref.number("supF")) < 1e-9)
    #expect(abs(bp.supFPValue! - ref.number("supFPValue")) < 1e-9)
    #expect(r.segments[0].count == panel.count && r.cost == nil)
  }

  /// A month of ETH and RUT is too short for Bai–Perron's 15 % trimming.
  @Test func tooShortIsAnEstimationError() throws {
    let panel = try ReturnPanel(try Embedded.series("ETH", "RUT"), from: Day(iso: "2026-05-20"))
    #expect(throws: EstimationError.self) { try BreaksReport(panel, method: .baiPerron) }
  }
}
