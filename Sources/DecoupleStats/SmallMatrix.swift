import Foundation

/// Dense linear algebra on small square matrices (parameter covariances, DCC correlation
/// matrices), stored as arrays of rows.
public enum SmallMatrix {}

extension SmallMatrix {
  /// The inverse by Gauss–Jordan elimination with partial pivoting.
  /// - Returns: `nil` when the matrix is singular to working precision (a pivot below
  ///   1e-14 × the largest absolute entry) or has non-finite entries.
  public static func inverse(_ m: [[Double]]) -> [[Double]]? {
    let n = m.count
    var a = m
    var inv = Minimizer.identity(n)
    let scale = m.joined().map(abs).max() ?? 0
    guard scale.isFinite, scale > 0 else { return nil }
    for c in 0..<n {
      var p = c
      for r in c + 1..<max(n, c + 1) where abs(a[r][c]) > abs(a[p][c]) { p = r }
      guard abs(a[p][c]) > 1e-14 * scale else { return nil }
      a.swapAt(p, c)
      inv.swapAt(p, c)
      let d = a[c][c]
      for j in 0..<n {
        a[c][j] /= d
        inv[c][j] /= d
      }
      for r in 0..<n where r != c {
        let f = a[r][c]
        if f == 0 { continue }
        for j in 0..<n {
          a[r][j] -= f * a[c][j]
          inv[r][j] -= f * inv[c][j]
        }
      }
    }
    return inv
  }

  /// The product `a · b`.
  public static func multiply(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] {
    let n = a.count
    let m = b.first?.count ?? 0
    return (0..<n).map { i in
      (0..<m).map { j in
        var s = 0.0
        for k in b.indices { s += a[i][k] * b[k][j] }
        return s
      }
    }
  }
}

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
  ) -> [[Double]]? {
    let k = theta.count
    let total: ([Double]) -> Double = { p in
      -(logLikelihood?(p) ?? contributions(p).reduce(0, +))
    }
    let n = Double(contributions(theta).count)
    guard var h = hessian(total, at: theta) else { return nil }
    for i in 0..<k { for j in 0..<k { h[i][j] /= n } }
    guard let hInv = SmallMatrix.inverse(h) else { return nil }
    let s = scoreCovariance(contributions, at: theta)
    var cov = SmallMatrix.multiply(SmallMatrix.multiply(hInv, s), hInv)
    for i in 0..<k { for j in 0..<k { cov[i][j] /= n } }
    return cov
  }

  /// Square roots of the diagonal (NaN where negative).
  public static func standardErrors(_ cov: [[Double]]?, count: Int) -> [Double] {
    guard let cov else { return [Double](repeating: .nan, count: count) }
    return cov.indices.map { cov[$0][$0] >= 0 ? cov[$0][$0].squareRoot() : .nan }
  }

  static func hessian(_ f: ([Double]) -> Double, at x: [Double]) -> [[Double]]? {
    let k = x.count
    let h = x.map { 1.220703125e-4 * max(abs($0), 0.1) }
    var out = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
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
        out[i][j] = v
        out[j][i] = v
      }
    }
    return out
  }

  static func scoreCovariance(_ c: ([Double]) -> [Double], at x: [Double]) -> [[Double]] {
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
    let n = scores[0].count
    let means = scores.map { $0.reduce(0, +) / Double(n) }
    var s = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
    for i in 0..<k {
      for j in i..<k {
        var acc = 0.0
        for t in 0..<n { acc += (scores[i][t] - means[i]) * (scores[j][t] - means[j]) }
        s[i][j] = acc / Double(n - 1)
        s[j][i] = s[i][j]
      }
    }
    return s
  }
}
