/// Ordinary least squares by Householder QR (``HouseholderQR``), with the statistics
/// statsmodels' `OLS(...).fit()` reports: coefficients, standard errors, t-values, SSR,
/// log-likelihood, AIC and BIC (statsmodels' definitions: k counts every regressor).
public enum LeastSquares {}

extension LeastSquares {
  /// The result of one regression.
  public struct Fit: Sendable {
    public var coefficients: [Double]
    public var standardErrors: [Double]
    public var residuals: [Double]
    /// Residual sum of squares.
    public var ssr: Double
    public var observations: Int
    /// Gaussian log-likelihood −n/2 (log 2π + log(SSR/n) + 1).
    public var logLikelihood: Double {
      Self.logLikelihood(ssr: ssr, n: observations)
    }
    /// −2 ℓ + 2k.
    public var aic: Double { -2 * logLikelihood + 2 * Double(coefficients.count) }
    /// −2 ℓ + k log n.
    public var bic: Double {
      -2 * logLikelihood + _log(Double(observations)) * Double(coefficients.count)
    }
    public var tValues: [Double] { zip(coefficients, standardErrors).map { $0 / $1 } }

    static func logLikelihood(ssr: Double, n: Int) -> Double {
      let half = Double(n) / 2
      return -half * _log(2 * Double.pi) - half * _log(ssr / Double(n)) - half
    }
  }

  /// Regresses `y` on the columns `x` (include a column of ones for an intercept).
  /// - Throws: ``TimeSeriesError/tooShort(what:needed:got:)`` when there are not more rows
  ///   than regressors, ``TimeSeriesError/singular(what:)`` when the columns are dependent.
  public static func fit(_ y: [Double], on x: [[Double]], what: String = "OLS") throws -> Fit {
    let n = y.count
    let k = x.count
    guard n > k else { throw TimeSeriesError.tooShort(what: what, needed: k + 1, got: n) }
    let qr = HouseholderQR(columns: x)
    guard !qr.isDeficient(prefix: k) else { throw TimeSeriesError.singular(what: what) }
    let z = qr.applyTranspose(y)
    let beta = qr.solve(prefix: k, qty: z)
    var residuals = y
    for (j, col) in x.enumerated() {
      let b = beta[j]
      for i in 0..<n { residuals[i] -= b * col[i] }
    }
    let ssr = residuals.reduce(0) { $0 + $1 * $1 }
    let scale = ssr / Double(n - k)
    let se = qr.inverseGramDiagonal(prefix: k).map { (scale * $0).squareRoot() }
    return Fit(
      coefficients: beta, standardErrors: se, residuals: residuals, ssr: ssr, observations: n)
  }

  /// The residuals of `y` on `x` (`y` itself when `x` is empty).
  public static func residuals(_ y: [Double], on x: [[Double]], what: String = "OLS") throws
    -> [Double]
  {
    x.isEmpty ? y : try fit(y, on: x, what: what).residuals
  }
}
