/// A rolling OLS regression, aligned with the input: one value per window end, NaN where the
/// window's fit is undefined.
public struct RollingRegression: Sendable, Equatable {
  /// Intercept per window.
  public var alpha: [Double]
  /// `betas[j][i]`: the slope on regressor `j` in the window ending at `i`.
  public var betas: [[Double]]
  /// Standard error of the intercept.
  public var alphaStandardError: [Double]
  /// `betaStandardErrors[j][i]`.
  public var betaStandardErrors: [[Double]]
  /// Centred R².
  public var rSquared: [Double]
  /// √(SSR / (n − k − 1)) per window.
  public var residualVolatility: [Double]
  /// Valid rows in each window.
  public var count: [Int]

  /// α / se(α) per window.
  public var alphaT: [Double] { zip(alpha, alphaStandardError).map { $0 / $1 } }
  /// β / se(β) for regressor `j`, per window.
  public func betaT(_ j: Int) -> [Double] {
    zip(betas[j], betaStandardErrors[j]).map { $0 / $1 }
  }
}

extension Rolling {
  /// Rolling OLS of `y` on a constant and `regressors`, as statsmodels
  /// `RollingOLS(y, add_constant(X), window=window).fit()` (plain standard errors) or, window
  /// by window, `OLS(...).fit(cov_type="HAC", cov_kwds={"maxlags": L})`.
  ///
  /// ```swift
  /// let r = Rolling.regression(eth, on: [rut, btc], window: 90, covariance: .neweyWest(lags: 5))
  /// ```
  ///
  /// Each window is fitted exactly (see ``OLS`` for the method and edges), so no error
  /// accumulates along the series. A window with fewer than `minPeriods` (default `window`)
  /// valid rows, or fewer than `k + 2`, is NaN.
  /// - Complexity: O(n · window · k²) (plus O(n · window · L · k²) for HAC); buffers are
  ///   allocated once, none inside the loop.
  public static func regression(
    _ y: [Double], on regressors: [[Double]], window: Int, minPeriods: Int? = nil,
    covariance: OLSCovariance = .plain
  ) -> RollingRegression {
    let m = checkedMinPeriods(
      window: window, minPeriods: minPeriods, count: y.count, other: y.count)
    precondition(regressors.allSatisfy { $0.count == y.count }, "series must have the same length")
    let n = y.count
    let k = regressors.count
    let nan = [Double](repeating: .nan, count: n)
    var out = RollingRegression(
      alpha: nan, betas: Array(repeating: nan, count: k), alphaStandardError: nan,
      betaStandardErrors: Array(repeating: nan, count: k), rSquared: nan,
      residualVolatility: nan, count: [Int](repeating: 0, count: n))
    var w = OLSWorkspace(regressors: k, capacity: window, covariance: covariance)
    let columns = regressors.flatMap { $0 }
    columns.withUnsafeBufferPointer { xb in
      y.withUnsafeBufferPointer { yb in
        for i in 0..<n {
          w.fit(y: yb, x: xb, stride: n, rows: max(0, i - window + 1)..<(i + 1), minimum: m)
          out.count[i] = w.count
          guard !w.alpha.isNaN else { continue }
          out.alpha[i] = w.alpha
          out.alphaStandardError[i] = w.alphaSE
          out.rSquared[i] = w.rSquared
          out.residualVolatility[i] = w.residualVolatility
          for j in 0..<k {
            out.betas[j][i] = w.beta[j]
            out.betaStandardErrors[j][i] = w.betaSE[j]
          }
        }
      }
    }
    return out
  }
}
