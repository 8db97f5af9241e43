/// A point prediction of an OLS fit with its confidence interval (for the mean response) and
/// prediction interval (for one new observation), as statsmodels
/// `OLS(y, add_constant(X)).fit().get_prediction(x0).summary_frame(alpha)`:
///
///     ŷ₀ = α + βᵀx₀,  se_mean² = s² (1/n + dᵀ(ZᵀZ)⁻¹d),  se_obs² = se_mean² + s²,
///     interval = ŷ₀ ± t_{1−(1−level)/2, n−k−1} · se,
///
/// with Z the centred regressors, d = x₀ − x̄ and s² = SSR / (n − k − 1). These intervals assume
/// the linear model with homoskedastic, independent errors over the sample: they are wider in
/// fat-tailed reality, and say nothing about relations the sample never saw.
public struct OLSPrediction: Sendable, Equatable {
  /// The fit the prediction comes from.
  public var fit: OLSFit
  /// The regressor values predicted at.
  public var at: [Double]
  public var level: Double
  /// ŷ₀.
  public var mean: Double
  public var meanStandardError: Double
  public var observationStandardError: Double
  /// Confidence interval of the mean response.
  public var meanLower: Double
  public var meanUpper: Double
  /// Prediction interval of one new observation.
  public var lower: Double
  public var upper: Double
}

extension OLS {
  /// Fits `y` on a constant and `regressors` (plain errors) and predicts at `x0`.
  /// - Returns: NaN numbers when the fit is undefined (see ``OLS``).
  /// - Complexity: O(n k² + k³).
  public static func predict(
    _ y: [Double], on regressors: [[Double]], at x0: [Double], level: Double = 0.95
  ) -> OLSPrediction {
    let k = regressors.count
    precondition(x0.count == k, "one value per regressor")
    precondition(level > 0 && level < 1, "level must be in (0, 1)")
    let fit = OLS.fit(y, on: regressors)
    var p = OLSPrediction(
      fit: fit, at: x0, level: level, mean: .nan, meanStandardError: .nan,
      observationStandardError: .nan, meanLower: .nan, meanUpper: .nan, lower: .nan, upper: .nan)
    guard !fit.alpha.isNaN else { return p }
    let rows = y.indices.filter { t in !y[t].isNaN && regressors.allSatisfy { !$0[t].isNaN } }
    let n = Double(rows.count)
    let means = regressors.map { x in rows.reduce(0) { $0 + x[$1] } / n }
    var zz = Matrix(rows: k, columns: k)
    for i in 0..<k {
      for j in i..<k {
        var s = 0.0
        for t in rows { s += (regressors[i][t] - means[i]) * (regressors[j][t] - means[j]) }
        zz[i, j] = s
        zz[j, i] = s
      }
    }
    guard let l = Cholesky.factor(zz) else { return p }
    let d = (0..<k).map { x0[$0] - means[$0] }
    let w = Cholesky.solve(factor: l, d)
    var quad = 0.0
    for j in 0..<k { quad += d[j] * w[j] }
    let s2 = fit.residualVolatility * fit.residualVolatility
    p.mean = fit.alpha + zip(fit.betas, x0).reduce(0) { $0 + $1.0 * $1.1 }
    p.meanStandardError = (s2 * (1 / n + quad)).squareRoot()
    p.observationStandardError = (p.meanStandardError * p.meanStandardError + s2).squareRoot()
    let q = Distributions.studentTQuantile(1 - (1 - level) / 2, n - Double(k) - 1)
    p.meanLower = p.mean - q * p.meanStandardError
    p.meanUpper = p.mean + q * p.meanStandardError
    p.lower = p.mean - q * p.observationStandardError
    p.upper = p.mean + q * p.observationStandardError
    return p
  }
}
