/// Covariance of maximum-likelihood estimates from numerical derivatives, as in Python `arch`
/// (`ARCHModel.compute_param_cov`): with H the Hessian of the mean negative log-likelihood and
/// S the sample covariance (divisor n − 1) of the per-observation scores,
/// robust = H⁻¹ S H⁻¹ / n (the sandwich, arch's default `cov_type="robust"`), classic = H⁻¹ / n.
///
/// Hessian: central second differences with steps 1.22e-4 × max(|θᵢ|, 0.1) (statsmodels'
/// `approx_hess` step); scores: central first differences with steps 1e-6 × max(|θᵢ|, 0.1).
public enum MLCovariance {}

extension MLCovariance {
  /// The robust (sandwich) covariance at `theta`, or `nil` when the Hessian is singular.
  /// - Parameter contributions: the per-observation log-likelihood terms at a parameter vector.
  /// - Parameter logLikelihood: their sum, when a faster way to compute it exists.
  public static func sandwich(
    _ contributions: ([Double]) -> [Double], at theta: [Double],
    logLikelihood: (([Double]) -> Double)? = nil
  ) -> Matrix? {
    let k = theta.count
    let total: ([Double]) -> Double = { p in
      -(logLikelihood?(p) ?? contributions(p).reduce(0, +))
    }
    let n = Double(contributions(theta).count)
    guard var h = hessian(total, at: theta) else { return nil }
    for i in 0..<k { for j in 0..<k { h[i, j] /= n } }
    guard let hInv = h.inverse else { return nil }
    let s = scoreCovariance(contributions, at: theta)
    var cov = hInv * s * hInv
    for i in 0..<k { for j in 0..<k { cov[i, j] /= n } }
    return cov
  }

  /// Square roots of the diagonal (NaN where negative).
  public static func standardErrors(_ cov: Matrix?, count: Int) -> [Double] {
    guard let cov else { return [Double](repeating: .nan, count: count) }
    return (0..<cov.rows).map { cov[$0, $0] >= 0 ? cov[$0, $0].squareRoot() : .nan }
  }

  static func hessian(_ f: ([Double]) -> Double, at x: [Double]) -> Matrix? {
    let k = x.count
    let h = x.map { 1.220703125e-4 * max(abs($0), 0.1) }
    var out = Matrix(rows: k, columns: k)
    var p = x
    func at(_ i: Int, _ di: Double, _ j: Int, _ dj: Double) -> Double {
      p = x
      p[i] += di
      p[j] += dj
      return f(p)
    }
    for i in 0..<k {
      for j in i..<k {
        let v =
          (at(i, h[i], j, h[j]) - at(i, h[i], j, -h[j]) - at(i, -h[i], j, h[j])
            + at(i, -h[i], j, -h[j])) / (4 * h[i] * h[j])
        guard v.isFinite else { return nil }
        out[i, j] = v
        out[j, i] = v
      }
    }
    return out
  }

  static func scoreCovariance(_ c: ([Double]) -> [Double], at x: [Double]) -> Matrix {
    let k = x.count
    var scores: [[Double]] = []
    var p = x
    for i in 0..<k {
      let h = 1e-6 * max(abs(x[i]), 0.1)
      p[i] = x[i] + h
      let up = c(p)
      p[i] = x[i] - h
      let down = c(p)
      p[i] = x[i]
      scores.append(zip(up, down).map { -($0 - $1) / (2 * h) })
    }
    return Matrix.covariance(scores)
  }
}
