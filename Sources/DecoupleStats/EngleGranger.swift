/// Cointegration tests: Engle–Granger two-step (``engleGranger(_:_:trend:maxLag:autolag:)``)
/// and, in ``Johansen``, the trace and maximum-eigenvalue tests.
public enum Cointegration {}

extension Cointegration {
  /// The result of an Engle–Granger test. H₀: no cointegration; small p-values reject it.
  public struct EngleGrangerResult: Sendable {
    public var trend: MacKinnon.Regression
    /// The ADF τ of the cointegrating-regression residuals (no deterministic terms).
    public var statistic: Double
    /// MacKinnon (1994) p-value for N = 1 + the number of regressors.
    public var pValue: Double
    /// MacKinnon (2010) critical values at 1 %, 5 %, 10 % (T = n − 1, as statsmodels and
    /// Stata's `egranger`); `nil` for `.n`, which the 2010 tables do not cover.
    public var criticalValues: [Double]?
    /// The lag order of the residual ADF.
    public var lags: Int
    /// The cointegrating regression y₀ = Σ βᵢ yᵢ + deterministic terms: the βᵢ (hedge ratios)
    /// then the constant and trend coefficients.
    public var coefficients: [Double]
    /// The spread: the residuals of the cointegrating regression.
    public var spread: [Double]
    public var observations: Int
  }

  /// The Engle & Granger (1987) two-step test as statsmodels `coint` (method "aeg"): OLS of
  /// `y0` on `others` plus the deterministic terms of `trend`, then ``UnitRoot/adf(_:regression:maxLag:autolag:)``
  /// on the residuals with regression "n" and the same `maxLag`/`autolag`; the p-value and
  /// critical values use MacKinnon's tables for N = 1 + `others.count` series.
  ///
  /// - Throws: the input errors of the ADF test (naming the series), and
  ///   ``TimeSeriesError/singular(what:)`` when y0 is (almost) an exact combination of the
  ///   others (R² ≥ 1 − 100 √ε: statsmodels warns and returns τ = −∞; we refuse instead of
  ///   reporting a meaningless p-value of 0).
  /// - Precondition: 1 ≤ `others.count` ≤ 5 (MacKinnon 1994 p-values stop at N = 6); every
  ///   series has the length of `y0`.
  public static func engleGranger(
    _ y0: [Double], _ others: [[Double]], trend: MacKinnon.Regression = .c, maxLag: Int? = nil,
    autolag: UnitRoot.Autolag? = .aic
  ) throws -> EngleGrangerResult {
    precondition((1...5).contains(others.count), "Engle–Granger takes 1 to 5 regressors")
    precondition(others.allSatisfy { $0.count == y0.count }, "series must have the same length")
    try TimeSeriesError.check(y0, "The Engle–Granger test (first series)")
    for (i, o) in others.enumerated() {
      try TimeSeriesError.check(o, "The Engle–Granger test (series \(i + 2))")
    }
    let n = y0.count
    var design = others
    if trend != .n { design.append([Double](repeating: 1, count: n)) }
    if trend == .ct { design.append((0..<n).map { Double($0 + 1) }) }
    let what = "The Engle–Granger cointegrating regression"
    let fit = try LeastSquares.fit(y0, on: design, what: what)
    let mean = trend == .n ? 0 : y0.reduce(0, +) / Double(n)
    let tss = y0.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    guard fit.ssr / tss > 100 * Double.ulpOfOne.squareRoot() else {
      throw TimeSeriesError.singular(what: what + " (the series are perfectly collinear)")
    }
    let adf = try UnitRoot.adf(fit.residuals, regression: .n, maxLag: maxLag, autolag: autolag)
    let k = others.count + 1
    return EngleGrangerResult(
      trend: trend, statistic: adf.statistic,
      pValue: MacKinnon.pValue(adf.statistic, regression: trend, n: k),
      criticalValues: trend == .n
        ? nil : MacKinnon.criticalValues(regression: trend, n: k, observations: n - 1),
      lags: adf.lags, coefficients: fit.coefficients, spread: fit.residuals, observations: n)
  }
}
