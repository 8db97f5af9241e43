import DecoupleStats
import TestSupport
import Testing

/// The pandas fixtures written by tools/oracle/pairs.py: real pairs, rolling statistics from
/// `Series.rolling(w)` (`corr`, `cov`, `var`, `std`, `mean`, `sum`).
@Suite struct RollingPairStatisticsTests {
  static let fixtures = [
    ("pair_ETH_RUT_daily_log_w90.csv", 90), ("pair_ETH_RUT_daily_simple_w60.csv", 60),
    ("pair_ETH_RUT_weekly_log_w26.csv", 26), ("pair_BTC_SPY_daily_log_w90.csv", 90),
    ("pair_ETH-CG_QQQ_daily_log_w30.csv", 30), ("pair_ETH_BTC_daily_log_w90.csv", 90),
  ]

  @Test(arguments: fixtures)
  func matchesPandas(_ fixture: (String, Int)) throws {
    let t = try NumericTable(fixture: "oracle/" + fixture.0)
    let s = Rolling.pairStatistics(t["returnA"], t["returnB"], window: fixture.1)
    let columns: [(String, [Double])] = [
      ("correlation", s.correlation), ("covariance", s.covariance), ("beta", s.beta),
      ("alpha", s.alpha), ("rSquared", s.rSquared), ("volatilityA", s.volatilityX),
      ("volatilityB", s.volatilityY), ("sumA", s.sumX), ("sumB", s.sumY),
    ]
    for (name, got) in columns {
      let e = scaledError(got, t[name])
      #expect(e < 1e-10, "\(fixture.0) \(name): scaled error \(e)")
    }
    let correlation = Rolling.correlation(t["returnA"], t["returnB"], window: fixture.1)
    #expect(scaledError(correlation, t["correlation"]) < 1e-10)
  }
}
