import DecoupleStats
import TestSupport
import Testing

/// Fixtures from tools/oracle/comove.py: statsmodels `RollingOLS` (plain) and per-window
/// `OLS.fit(cov_type="HAC", maxlags=5)` of ETH on RUT and BTC, 90-day windows, 2,151 rows.
@Suite struct RollingRegressionTests {

  // statsmodels solves with a pseudo-inverse (SVD) of the raw design, we with Cholesky on
  // centred cross-products: different roundings of a problem whose condition number (RUT and
  // BTC correlate at up to 0.6) is ~10. Measured agreement is ≤ 2.3e-14 scaled; 1e-9 leaves room
  // for platform libm differences while still catching any formula error (those are ≥ 1e-3).
  static let tolerance = 1e-9

  @Test(arguments: [false, true])
  func matchesStatsmodels(hac: Bool) throws {
    let t = try NumericTable(fixture: "oracle/ols_ETH_RUT_BTC_daily_log_w90.csv")
    let r = Rolling.regression(
      t["y"], on: [t["x1"], t["x2"]], window: 90,
      covariance: hac ? .neweyWest(lags: 5) : .plain)
    let se = hac ? "hacSe_" : "se_"
    let tt = hac ? "hacT_" : "t_"
    var columns: [(String, [Double])] = [
      ("alpha", r.alpha), ("beta1", r.betas[0]), ("beta2", r.betas[1]),
      (se + "alpha", r.alphaStandardError), (se + "beta1", r.betaStandardErrors[0]),
      (se + "beta2", r.betaStandardErrors[1]), (tt + "alpha", r.alphaT),
      (tt + "beta1", r.betaT(0)), (tt + "beta2", r.betaT(1)),
    ]
    if !hac {
      columns += [("rSquared", r.rSquared), ("residualVolatility", r.residualVolatility)]
    }
    for (name, got) in columns {
      let e = scaledError(got, t[name])
      #expect(e < Self.tolerance, "\(name): scaled error \(e)")
    }
  }

  @Test func fullSampleFiguresMatchStatsmodels() throws {
    let s = try NumericTable(fixture: "oracle/ols_summary.csv")
    let p = try NumericTable(fixture: "oracle/pair_ETH_RUT_daily_log_w90.csv")
    let a = p["returnA"]
    let b = p["returnB"]
    // Relative 1e-9: the same conditioning argument as the rolling test.
    func close(_ got: Double, _ key: String) {
      let want = s[key][0]
      #expect(abs(got - want) <= 1e-9 * abs(want), "\(key): \(got) vs \(want)")
    }
    close(Beta.dimson(a, b, lags: 1), "dimson1")
    close(Beta.dimson(a, b, lags: 2), "dimson2")
    #expect(OLS.fit(a, on: Beta.dimsonDesign(b, lags: 2)).count == Int(s["dimson2Count"][0]))
    close(Beta.conditional(a, b, side: .up), "upBeta")
    close(Beta.conditional(a, b, side: .down), "downBeta")
    let plain = OLS.fit(a, on: [b], covariance: .neweyWest(lags: 10))
    close(plain.alphaStandardError, "hac10SeAlpha")
    close(plain.betaStandardErrors[0], "hac10SeBeta")
    let corrected = OLS.fit(
      a, on: [b], covariance: .neweyWest(lags: 10, smallSampleCorrection: true))
    close(corrected.alphaStandardError, "hac10CorrectedSeAlpha")
    close(corrected.betaStandardErrors[0], "hac10CorrectedSeBeta")
  }

  @Test func singleRegressorAgreesWithTheCoMomentBeta() throws {
    // Two independent routes to the same numbers: Welford co-moments (pandas-checked) and the
    // centred Cholesky fit. Both are exact to ~1e-14 relative on this data.
    let p = try NumericTable(fixture: "oracle/pair_ETH_RUT_daily_log_w90.csv")
    let r = Rolling.regression(p["returnA"], on: [p["returnB"]], window: 90)
    #expect(scaledError(r.betas[0], p["beta"]) < 1e-10)
    #expect(scaledError(r.alpha, p["alpha"]) < 1e-10)
    #expect(scaledError(r.rSquared, p["rSquared"]) < 1e-10)
  }

  @Test func collinearConstantOrShortWindowsAreNaN() {
    var g = SplitMix64(seed: 5)
    let x = (0..<40).map { _ in g.normal() }
    let y = x.map { 2 * $0 + 0.1 * g.normal() }
    let collinear = OLS.fit(y, on: [x, x.map { 3 * $0 }])
    #expect(collinear.alpha.isNaN && collinear.betas.allSatisfy { $0.isNaN })
    let constant = OLS.fit(y, on: [[Double](repeating: 1, count: 40)])
    #expect(constant.betas[0].isNaN && constant.alphaStandardError.isNaN)
    let short = OLS.fit(Array(y[0..<2]), on: [Array(x[0..<2])])
    #expect(short.betas[0].isNaN && short.count == 2)
    let fit = OLS.fit(Array(y[0..<3]), on: [Array(x[0..<3])])
    #expect(!fit.betas[0].isNaN && fit.count == 3)
  }

  @Test func nanRowsAreDropped() {
    var g = SplitMix64(seed: 9)
    var x = (0..<60).map { _ in g.normal() }
    var y = x.map { 0.5 * $0 + g.normal() }
    x[7] = .nan
    y[30] = .nan
    let kept = (0..<60).filter { $0 != 7 && $0 != 30 }
    let withGaps = OLS.fit(y, on: [x], covariance: .neweyWest(lags: 3))
    let dropped = OLS.fit(
      kept.map { y[$0] }, on: [kept.map { x[$0] }], covariance: .neweyWest(lags: 3))
    #expect(withGaps == dropped)  // the same rows, in the same order: identical bits
    let rolling = Rolling.regression(y, on: [x], window: 20, minPeriods: 19)
    #expect(rolling.count[26] == 19 && !rolling.betas[0][26].isNaN)
    #expect(rolling.count[17] == 17 && rolling.betas[0][17].isNaN)  // 17 valid rows < 19
  }

  @Test func rollingDimsonAndConditionalBetas() throws {
    let p = try NumericTable(fixture: "oracle/pair_ETH_RUT_daily_log_w90.csv")
    let a = p["returnA"]
    let b = p["returnB"]
    // Rolling Dimson with lags 0 is the plain rolling beta.
    let d0 = Beta.rollingDimson(a, b, lags: 0, window: 90)
    #expect(scaledError(d0, p["beta"]) < 1e-10)
    let n = a.count
    let last = Beta.rollingDimson(a, b, lags: 1, window: 90)
    // The last row has no lead: its window holds 89 valid rows and min periods is the window.
    #expect(last[n - 1].isNaN && !last[n - 2].isNaN)
    // An interior window of the rolling Dimson fit is the full-sample fit of that window's rows
    // with their shifted B values (which reach one day outside the window on each side): the
    // same rows and arithmetic, so identical bits.
    let design = Beta.dimsonDesign(b, lags: 1)
    for end in [500, 1_234, n - 2] {
      let rows = (end - 89)...end
      let fit = OLS.fit(rows.map { a[$0] }, on: design.map { col in rows.map { col[$0] } })
      #expect(last[end] == fit.betas.reduce(0, +), "window ending at \(end)")
    }
    let up = Beta.rollingConditional(a, b, side: .up, window: 90)
    let window = Array(n - 90..<n)
    let upDirect = Beta.conditional(window.map { a[$0] }, window.map { b[$0] }, side: .up)
    #expect(abs(up[n - 1] - upDirect) <= 1e-12 * abs(upDirect))
  }
}
