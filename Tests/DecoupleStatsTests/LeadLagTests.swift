import DecoupleStats
import TestSupport
import Testing

@Suite struct LeadLagTests {
  static func returns(_ b: String) throws -> (a: [Double], b: [Double]) {
    let p = try NumericTable(fixture: "oracle/pair_ETH_\(b)_daily_log_w90.csv")
    return (p["returnA"], p["returnB"])
  }

  @Test(arguments: ["RUT", "BTC"])
  func crossCorrelationMatchesPandasShift(_ b: String) throws {
    // Reference: pandas a.corr(b.shift(k)), k = −10…10 (tools/oracle/inference.py). Two-pass
    // Pearson on both sides; |r| ≤ 1, absolute 1e-12.
    let (x, y) = try Self.returns(b)
    let t = try NumericTable(fixture: "oracle/leadlag_xcorr_ETH_\(b).csv")
    let c = LeadLag.crossCorrelation(x, y, maxLag: 10)
    #expect(c.lags == t["lag"].map { Int($0) })
    for i in c.lags.indices {
      #expect(abs(c.correlation[i] - t["r"][i]) < 1e-12, "lag \(c.lags[i])")
      #expect(c.count[i] == Int(t["n"][i]))
      #expect(abs(c.bound[i] - 1.959963984540054 / Double(c.count[i]).squareRoot()) < 1e-15)
    }
  }

  @Test(arguments: ["RUT", "BTC"])
  func grangerMatchesStatsmodels(_ b: String) throws {
    // Reference: statsmodels grangercausalitytests ssr_ftest. F is a ratio of SSR differences
    // (a 1e-3 relative difference of SSRs at lag 1), so it loses ~3 digits to cancellation in
    // both implementations: relative 1e-9 on F and p.
    let (x, y) = try Self.returns(b)
    let t = try NumericTable(fixture: "oracle/leadlag_granger_ETH_\(b).csv")
    for i in t["F"].indices {
      let lags = Int(t["lags"][i])
      let g =
        t["bToA"][i] == 1
        ? LeadLag.granger(effect: x, cause: y, lags: lags)
        : LeadLag.granger(effect: y, cause: x, lags: lags)
      #expect(abs(g.f - t["F"][i]) <= 1e-9 * t["F"][i], "F lags \(lags): \(g.f) vs \(t["F"][i])")
      #expect(abs(g.pValue - t["p"][i]) <= 1e-9 * t["p"][i], "p lags \(lags)")
      #expect(g.dfDenominator == Int(t["dfDenominator"][i]))
      #expect(g.dfNumerator == Int(t["dfNumerator"][i]))
    }
  }

  @Test func aSeriesThatCopiesTheOtherWithADelayIsFound() {
    var g = SplitMix64(seed: 2)
    let b = (0..<500).map { _ in g.normal() }
    let a = (0..<500).map { t in t >= 2 ? b[t - 2] + 0.5 * g.normal() : g.normal() }
    let c = LeadLag.crossCorrelation(a, b, maxLag: 4)
    let best = c.lags[c.correlation.indices.max { c.correlation[$0] < c.correlation[$1] }!]
    #expect(best == 2)  // B leads A by two steps: positive lag
    #expect(LeadLag.granger(effect: a, cause: b, lags: 2).pValue < 1e-10)
    #expect(LeadLag.granger(effect: b, cause: a, lags: 2).pValue > 1e-3)
  }

  @Test func tooShortForTheLagOrderIsNaN() {
    let g = LeadLag.granger(effect: [1, 2, 3, 4, 5], cause: [2, 1, 2, 1, 3], lags: 2)
    #expect(g.f.isNaN && g.pValue.isNaN)
    let c = LeadLag.crossCorrelation([1, 2, 3], [3, 1, 2], maxLag: 5)
    #expect(c.correlation.first!.isNaN && c.count.first == 0)
  }
}
