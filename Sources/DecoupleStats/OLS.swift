/// Ordinary least squares of `y` on a constant and `k` regressors, with plain or Newey–West
/// (HAC) standard errors: the regression behind beta, multi-factor beta and Dimson beta.
///
/// **Method.** Each fit is two-pass: means first (with the Chan–Golub–LeVeque correction), then
/// the *centred* cross-products Z′Z and Z′y of the regressors, solved by Cholesky. Centring
/// removes the constant column, whose presence makes the raw X′X badly conditioned when returns
/// are small next to 1; the intercept is recovered as ȳ − β′x̄. Residuals are formed explicitly
/// (not as y′y − β′Z′y), so R² and the residual volatility do not cancel. A regressor that is
/// constant, or a linear combination of the others to within a relative 1e-12 of its
/// variance (a Cholesky pivot below that), makes every output NaN.
///
/// **Standard errors.** Plain: s²(X′X)⁻¹ with s² = SSR / (n − k − 1), as statsmodels `OLS.fit()`.
/// Newey–West: (X′X)⁻¹ S (X′X)⁻¹ with S = Σ_l w_l Σ_t u_t u′_{t−l} (+ transpose for l > 0),
/// u_t = x_t e_t and Bartlett weights w_l = 1 − l / (L + 1), as statsmodels
/// `OLS.fit(cov_type="HAC", cov_kwds={"maxlags": L})` (its default `use_correction=False`;
/// `smallSampleCorrection: true` multiplies by n / (n − k − 1) as `use_correction=True`). The
/// sandwich is computed in the centred parametrisation (where X′X is block-diagonal) and mapped
/// back to (α, β) exactly, which the sandwich's equivariance under reparametrisation allows.
///
/// **Edges.** Rows where y or any regressor is NaN are dropped (HAC lags then run over the
/// remaining rows in order, as statsmodels on dropped data). Fewer than `k + 2` rows (no
/// residual degree of freedom) gives NaN everywhere; R² is NaN when y is constant.
public enum OLS {}

/// How the standard errors of an OLS fit are estimated.
public enum OLSCovariance: Sendable, Equatable {
  /// Homoskedastic, uncorrelated errors: s²(X′X)⁻¹.
  case plain
  /// Newey–West with Bartlett weights over `lags` lags.
  case neweyWest(lags: Int, smallSampleCorrection: Bool = false)
}

/// One OLS fit: y = α + Σ βⱼ xⱼ + e.
public struct OLSFit: Sendable, Equatable {
  /// Rows used (valid rows).
  public var count: Int
  /// Intercept.
  public var alpha: Double
  /// One slope per regressor.
  public var betas: [Double]
  /// Standard error of the intercept.
  public var alphaStandardError: Double
  /// Standard error of each slope.
  public var betaStandardErrors: [Double]
  /// Coefficient of determination (centred: 1 − SSR / Σ(y − ȳ)²).
  public var rSquared: Double
  /// √(SSR / (n − k − 1)): the standard deviation of the residuals, not annualised.
  public var residualVolatility: Double
  /// SSR, the sum of squared residuals.
  public var residualSumOfSquares: Double

  /// α divided by its standard error.
  public var alphaT: Double { alpha / alphaStandardError }
  /// Each β divided by its standard error.
  public var betaT: [Double] { zip(betas, betaStandardErrors).map { $0 / $1 } }
}

extension OLS {
  /// Regresses `y` on a constant and `regressors` (each as long as `y`).
  ///
  /// ```swift
  /// let fit = OLS.fit(eth, on: [rut, btc], covariance: .neweyWest(lags: 5))
  /// ```
  /// - Returns: a fit whose numbers are NaN when it is undefined (see ``OLS``).
  /// - Complexity: O(n k² + n L k) for n rows, k regressors and L HAC lags.
  public static func fit(
    _ y: [Double], on regressors: [[Double]], covariance: OLSCovariance = .plain
  ) -> OLSFit {
    let k = regressors.count
    precondition(regressors.allSatisfy { $0.count == y.count }, "series must have the same length")
    var w = OLSWorkspace(regressors: k, capacity: y.count, covariance: covariance)
    let columns = regressors.flatMap { $0 }
    return columns.withUnsafeBufferPointer { xb in
      y.withUnsafeBufferPointer { yb in
        w.fit(y: yb, x: xb, stride: y.count, rows: 0..<y.count, minimum: 0)
        return w.result
      }
    }
  }
}
