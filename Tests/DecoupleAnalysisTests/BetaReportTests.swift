import DecoupleAnalysis
import DecoupleData
import DecoupleStats
import TestSupport
import Testing

/// `CoMovement.beta` and `CoMovement.leadLag`: the library behind `decouple beta` and
/// `decouple leadlag`.
@Suite struct BetaReportTests {
  /// Reference: statsmodels OLS of ETH on RUT and BTC per 90-day window, HAC (Newey–West,
  /// maxlags 5) standard errors (tools/oracle/comove.py, ols_ETH_RUT_BTC_daily_log_w90.csv);
  /// CoMovementCommandTests checks the last beta2 and its HAC error through the CLI to 1e-9.
  /// Here every window's betas, and the last window's fit, to the same 1e-9.
  @Test func multiFactorBetaMatchesStatsmodels() throws {
    let s = try Embedded.series("ETH", "RUT", "BTC")
    let r = try CoMovement.beta(
      s[0], on: [s[1], s[2]], covariance: .neweyWest(lags: 5), options: .init())
    let t = try NumericTable(fixture: "oracle/ols_ETH_RUT_BTC_daily_log_w90.csv")
    #expect(r.factors == ["RUT", "BTC"] && r.days.map(\.iso) == t.dates)
    #expect(worstDifference(r.rolling.betas[0], t["beta1"]) < 1e-9)
    #expect(worstDifference(r.rolling.betas[1], t["beta2"]) < 1e-9)
    #expect(worstDifference(r.rolling.alpha, t["alpha"]) < 1e-9)
    #expect(abs(r.latest.betas[1] - t["beta2"].last!) < 1e-9)
    #expect(abs(r.latest.betaStandardErrors[0] - t["hacSe_beta1"].last!) < 1e-9)
    #expect(abs(r.latest.betaStandardErrors[1] - t["hacSe_beta2"].last!) < 1e-9)
    #expect(abs(r.latest.rSquared - t["rSquared"].last!) < 1e-9)
    // Without --dimson the Dimson series is undefined; the last rolling upside beta is the
    // latest window's (the same 90 rows).
    #expect(r.dimson.allSatisfy { $0.isNaN })
    #expect(abs(r.rollingUpBeta.last! - r.upBeta) < 1e-12)
    #expect(abs(r.rollingDownBeta.last! - r.downBeta) < 1e-12)
  }

  /// Reference: statsmodels OLS of ETH on RUT over all 2,151 returns, on RUT's up days and on
  /// its down days (tools/oracle/comove.py, ols_summary.csv): a window as long as the history
  /// makes the latest window the whole sample. 1e-9 as above.
  @Test func upsideAndDownsideBetaOverTheWholeSampleMatchStatsmodels() throws {
    let s = try Embedded.series("ETH", "RUT")
    let n = try Embedded.ethRutPandas().dates.count
    let r = try CoMovement.beta(s[0], on: [s[1]], options: .init(window: n))
    let t = try NumericTable(fixture: "oracle/ols_summary.csv")
    #expect(r.latest.count == n)
    #expect(abs(r.upBeta - t["upBeta"][0]) < 1e-9)
    #expect(abs(r.downBeta - t["downBeta"][0]) < 1e-9)
  }

  /// Reference: pandas `a.corr(b.shift(k))`, k = −10…10, and statsmodels
  /// `grangercausalitytests` ssr F with 2 lags both ways (tools/oracle/inference.py); the CLI
  /// test checks B → A's F to relative 1e-9. Cross-correlations absolute 1e-12 as LeadLagTests.
  @Test func leadLagMatchesPandasAndStatsmodels() throws {
    let s = try Embedded.series("ETH", "RUT")
    let r = try CoMovement.leadLag(s[0], s[1], maxLag: 10, grangerLags: 2, options: .init())
    let x = try NumericTable(fixture: "oracle/leadlag_xcorr_ETH_RUT.csv")
    #expect(r.crossCorrelation.lags == x["lag"].map { Int($0) })
    #expect(worstDifference(r.crossCorrelation.correlation, x["r"]) < 1e-12)
    #expect(r.crossCorrelation.count == x["n"].map { Int($0) })
    let g = try NumericTable(fixture: "oracle/leadlag_granger_ETH_RUT.csv")
    // Rows: (bToA, 1 lag), (aToB, 1), (bToA, 2), (aToB, 2), …
    #expect(g["bToA"][2] == 1 && g["lags"][2] == 2 && g["bToA"][3] == 0)
    #expect(abs(r.bToA.f / g["F"][2] - 1) < 1e-9 && abs(r.aToB.f / g["F"][3] - 1) < 1e-9)
    #expect(abs(r.bToA.pValue - g["p"][2]) < 1e-9 && abs(r.aToB.pValue - g["p"][3]) < 1e-9)
    #expect(r.bToA.dfDenominator == Int(g["dfDenominator"][2]))
    #expect(r.from == s[0].days.first { s[1].days.contains($0) })
  }

  /// Every lag needs two overlapping pairs: 5,000 lags need 5,003 returns (the number the CLI
  /// prints), the Granger order 2 × lags + 3.
  @Test func tooManyLagsNameTheReturnsNeeded() throws {
    let s = try Embedded.series("ETH", "RUT")
    let available = try Embedded.ethRutPandas().dates.count
    let lags = historyTooShort {
      _ = try CoMovement.leadLag(s[0], s[1], maxLag: 5_000, grangerLags: 1, options: .init())
    }
    #expect(lags?.needed == 5_003 && lags?.available == available)
    let granger = historyTooShort {
      _ = try CoMovement.leadLag(s[0], s[1], maxLag: 1, grangerLags: 2_000, options: .init())
    }
    #expect(granger?.needed == 4_003)
    let beta = historyTooShort {
      _ = try CoMovement.beta(s[0], on: [s[1]], options: .init(window: 5_000))
    }
    #expect(beta?.needed == 5_000 && beta?.available == available)
  }
}
