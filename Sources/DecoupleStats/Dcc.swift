import Foundation

/// DCC-GARCH(1,1) (Engle 2002), estimated in two stages as in R `rmgarch::dccfit`:
///
/// 1. a constant-mean GARCH(1,1) per series (``Garch``, normal errors), giving standardized
///    residuals zₜ;
/// 2. with correlation targeting Q̄ = (1/T) Σ zₜ zₜᵀ (Engle 2002; Sheppard's MFE toolbox),
///
///        Qₜ = (1 − a − b) Q̄ + a zₜ₋₁ zₜ₋₁ᵀ + b Qₜ₋₁,   Q₁ = Q̄,
///        Rₜ = diag(Qₜ)^(−½) Qₜ diag(Qₜ)^(−½),
///
///    (a, b) maximize the correlation part of the Gaussian quasi-likelihood
///    −½ Σₜ (log |Rₜ| + zₜᵀ Rₜ⁻¹ zₜ − zₜᵀ zₜ), with a, b ≥ 0 and a + b < 1.
///
/// Estimation: BFGS (``Minimizer``) over a + b = logistic(θ₀), a = (a + b)·logistic(θ₁).
/// Standard errors of (a, b): the two-step sandwich that accounts for the GARCH stage (Engle &
/// Sheppard 2001; rmgarch also accounts for the first stage; ``twoStageCovariance``), and,
/// for comparison, the stage-two sandwich holding the GARCH estimates fixed.
///
/// Differences from rmgarch to expect: rmgarch's univariate stage is rugarch (variance started at
/// the sample mean of squared residuals, solver "solnp"), ours is arch's (backcast); rmgarch
/// targets Q̄ with `cov(z)`. Estimates agree to the precision those choices allow, not exactly.
/// The second stage assumes normal margins: the univariate fits always use normal errors.
///
/// Edge behaviour: fewer than two series, series of unequal length, fewer than
/// ``Garch/minimumCount`` observations, or a singular Q̄ (collinear series) throw
/// ``EstimationError``, as does any non-converging stage.
public enum Dcc {}

extension Dcc {
  /// A fitted DCC-GARCH(1,1).
  public struct Fit: Sendable {
    /// The stage-one fit of each series, in input order.
    public var univariate: [Garch.Fit]
    public var a: Double
    public var b: Double
    /// Standard errors of a and b accounting for the GARCH stage (two-step sandwich, Engle &
    /// Sheppard 2001); NaN when a Hessian is singular.
    public var standardErrors: [Double]
    /// Standard errors of a and b holding the GARCH stage fixed (the stage-two sandwich alone);
    /// smaller than ``standardErrors``.
    public var secondStageStandardErrors: [Double]
    /// The correlation part of the quasi-log-likelihood at (a, b).
    public var correlationLogLikelihood: Double
    /// Σ univariate log-likelihoods + the correlation part: the Gaussian DCC log-likelihood.
    public var logLikelihood: Double {
      univariate.reduce(0) { $0 + $1.logLikelihood } + correlationLogLikelihood
    }
    /// Q̄, the targeted unconditional correlation of the standardized residuals (k × k).
    public var qBar: Matrix
    /// Rₜ, row-major k × k blocks, one per observation.
    public var correlations: [Double]
    public var iterations: Int

    /// Number of series.
    public var dimension: Int { univariate.count }
    /// Number of observations.
    public var count: Int { univariate.first?.count ?? 0 }
    /// The dynamic correlation of series i and j, one value per observation.
    public func correlation(_ i: Int, _ j: Int) -> [Double] {
      let k = dimension
      return (0..<count).map { correlations[$0 * k * k + i * k + j] }
    }
    /// Rₜ at observation t.
    public func matrix(at t: Int) -> Matrix {
      let k = dimension
      return Matrix(
        rows: k, columns: k, values: Array(correlations[(t * k * k)..<((t + 1) * k * k)]))
    }
  }

  /// Fits a DCC-GARCH(1,1) to `returns`, one array per series, all of the same length
  /// (percent returns). `standardErrors: false` skips both stages' sandwich covariances (most
  /// of the cost after the optimizers) for a caller that needs the estimates and Rₜ only: the
  /// standard errors are then NaN, the estimates the same.
  /// - Throws: ``EstimationError``.
  public static func fit(_ returns: [[Double]], standardErrors: Bool = true)
    throws(EstimationError) -> Fit
  {
    let name = "DCC-GARCH(1,1)"
    guard returns.count >= 2 else {
      throw .degenerate(estimator: name, reason: "it needs at least two series")
    }
    let n = returns[0].count
    guard returns.allSatisfy({ $0.count == n }) else {
      throw .degenerate(estimator: name, reason: "the series have different lengths")
    }
    var univariate: [Garch.Fit] = []
    for r in returns { univariate.append(try Garch.fit(r, standardErrors: standardErrors)) }
    let z = Standardized(univariate.map(\.standardizedResiduals))
    let qBar = z.outerMean()
    guard Matrix(rows: z.k, columns: z.k, values: qBar).inverse != nil else {
      throw .degenerate(estimator: name, reason: "the standardized residuals are collinear")
    }

    func params(_ t: [Double]) -> (Double, Double) {
      let p = Garch.logistic(t[0])
      let a = p * Garch.logistic(t[1])
      return (a, p - a)
    }
    func objective(_ t: [Double]) -> Double {
      let (a, b) = params(t)
      return -z.contributions(a: a, b: b, qBar: qBar).reduce(0, +) / Double(n)
    }
    var best: [Double] = []
    var bestValue = Double.infinity
    for (a, p) in [(0.01, 0.98), (0.03, 0.95), (0.05, 0.95), (0.05, 0.9), (0.1, 0.8)] {
      let t = [Garch.logit(p), Garch.logit(a / p)]
      let v = objective(t)
      if v < bestValue {
        best = t
        bestValue = v
      }
    }
    let result = try Minimizer.bfgs(objective, start: best, estimator: name)
    let (a, b) = params(result.x)
    var correlations = [Double](repeating: 0, count: n * z.k * z.k)
    _ = z.contributions(a: a, b: b, qBar: qBar, correlations: &correlations)
    var errors = [Double.nan, .nan]
    var secondStage = [Double.nan, .nan]
    if standardErrors {
      let cov = MLCovariance.sandwich(
        { z.contributions(a: $0[0], b: $0[1], qBar: qBar) }, at: [a, b])
      let full = twoStageCovariance(returns: returns, univariate: univariate, a: a, b: b)
      errors = MLCovariance.standardErrors(full, count: 2)
      secondStage = MLCovariance.standardErrors(cov, count: 2)
    }
    return Fit(
      univariate: univariate, a: a, b: b,
      standardErrors: errors, secondStageStandardErrors: secondStage,
      correlationLogLikelihood: -result.value * Double(n),
      qBar: Matrix(rows: z.k, columns: z.k, values: qBar),
      correlations: correlations, iterations: result.iterations)
  }
}

extension Dcc {
  /// Standardized residuals stored row-major (T × k), and the DCC recursion on them.
  struct Standardized {
    let k: Int
    let n: Int
    let z: [Double]

    init(_ columns: [[Double]]) {
      k = columns.count
      n = columns[0].count
      var z = [Double](repeating: 0, count: n * k)
      for (j, c) in columns.enumerated() { for t in 0..<n { z[t * k + j] = c[t] } }
      self.z = z
    }

    /// (1/T) Σ zₜ zₜᵀ, row-major.
    func outerMean() -> [Double] {
      var q = [Double](repeating: 0, count: k * k)
      for t in 0..<n {
        for i in 0..<k { for j in 0..<k { q[i * k + j] += z[t * k + i] * z[t * k + j] } }
      }
      return q.map { $0 / Double(n) }
    }

    func contributions(a: Double, b: Double, qBar: [Double]) -> [Double] {
      var none: [Double] = []
      return contributions(a: a, b: b, qBar: qBar, correlations: &none)
    }

    /// The per-observation correlation log-likelihood terms; fills `correlations` with Rₜ
    /// when it has room for them. A non-positive-definite Rₜ gives −∞ terms.
    func contributions(a: Double, b: Double, qBar: [Double], correlations: inout [Double])
      -> [Double]
    {
      let kk = k * k
      let keep = correlations.count == n * kk
      let k = self.k
      let c = 1 - a - b
      var out = [Double](repeating: 0, count: n)
      // Work space: Q, R, the Cholesky factor L and L⁻¹z, in one buffer.
      var work = [Double](repeating: 0, count: 3 * kk + k)
      z.withUnsafeBufferPointer { z in
        qBar.withUnsafeBufferPointer { qb in
          work.withUnsafeMutableBufferPointer { w in
            out.withUnsafeMutableBufferPointer { out in
              correlations.withUnsafeMutableBufferPointer { corr in
                let q = w.baseAddress!
                let r = q + kk
                let l = r + kk
                let y = l + kk
                for m in 0..<kk { q[m] = qb[m] }
                for t in 0..<n {
                  if t > 0 {
                    let zp = (t - 1) * k
                    for i in 0..<k {
                      let zi = z[zp + i]
                      for j in 0..<k {
                        q[i * k + j] = c * qb[i * k + j] + a * zi * z[zp + j] + b * q[i * k + j]
                      }
                    }
                  }
                  for i in 0..<k {
                    for j in 0..<k {
                      r[i * k + j] = q[i * k + j] / (q[i * k + i] * q[j * k + j]).squareRoot()
                    }
                    r[i * k + i] = 1
                  }
                  if keep { for m in 0..<kk { corr[t * kk + m] = r[m] } }
                  // Cholesky R = L Lᵀ: log|R| = 2 Σ log Lᵢᵢ, zᵀR⁻¹z = |L⁻¹z|².
                  var logDet = 0.0
                  var ok = true
                  outer: for i in 0..<k {
                    for j in 0...i {
                      var s = r[i * k + j]
                      for m in 0..<j { s -= l[i * k + m] * l[j * k + m] }
                      if i == j {
                        guard s > 0 else {
                          ok = false
                          break outer
                        }
                        l[i * k + i] = s.squareRoot()
                        logDet += log(l[i * k + i])
                      } else {
                        l[i * k + j] = s / l[j * k + j]
                      }
                    }
                  }
                  guard ok else {
                    out[t] = -.infinity
                    continue
                  }
                  var quad = 0.0
                  var zz = 0.0
                  for i in 0..<k {
                    var s = z[t * k + i]
                    for m in 0..<i { s -= l[i * k + m] * y[m] }
                    y[i] = s / l[i * k + i]
                    quad += y[i] * y[i]
                    zz += z[t * k + i] * z[t * k + i]
                  }
                  out[t] = -0.5 * (2 * logDet + quad - zz)
                }
              }
            }
          }
        }
      }
      return out
    }
  }
}
