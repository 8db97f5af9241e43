import DecoupleStats
import TestSupport
import Testing

@Suite struct RollingVolatilityTests {
  @Test func matchesPandasStdOnRealReturns() throws {
    // Reference: pandas rolling(90).std() of ETH's log returns (tools/oracle/pairs.py).
    let t = try NumericTable(fixture: "oracle/pair_ETH_RUT_daily_log_w90.csv")
    let got = Rolling.volatility(t["returnA"], window: 90)
    for (g, w) in zip(got, t["volatilityA"]) { #expect(agree(g, w, tolerance: 1e-12)) }
  }

  @Test func annualisesAndHandlesConstantWindows() {
    let x = [0.01, -0.01, 0.01, -0.01, 0.02, 0.02, 0.02]
    let v = Rolling.volatility(x, window: 3, periodsPerYear: 252)
    #expect(v[0].isNaN && v[1].isNaN)
    let sd = Reference.sampleStandardDeviation([0.01, -0.01, 0.01])
    #expect(abs(v[2] - sd * 252.0.squareRoot()) < 1e-15)
    #expect(v[6] == 0)  // 0.02, 0.02, 0.02
  }
}
