/// The Cholesky factor of a symmetric positive-definite matrix, A = L Lᵀ (Golub & Van Loan
/// §4.2), with triangular solves. Used by ``Johansen`` to reduce its generalized symmetric
/// eigenproblem to a standard one.
public enum Cholesky {}

extension Cholesky {
  /// The lower-triangular L with A = L Lᵀ (row-major), or `nil` when A is not numerically
  /// positive definite (a pivot ≤ 0).
  public static func factor(_ a: [[Double]]) -> [[Double]]? {
    let n = a.count
    var l = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
    for j in 0..<n {
      var d = a[j][j]
      for k in 0..<j { d -= l[j][k] * l[j][k] }
      guard d > 0 else { return nil }
      let ljj = d.squareRoot()
      l[j][j] = ljj
      for i in (j + 1)..<n {
        var s = a[i][j]
        for k in 0..<j { s -= l[i][k] * l[j][k] }
        l[i][j] = s / ljj
      }
    }
    return l
  }

  /// Solves L x = b for lower-triangular L (forward substitution).
  public static func solveLower(_ l: [[Double]], _ b: [Double]) -> [Double] {
    var x = b
    for i in 0..<x.count {
      for k in 0..<i { x[i] -= l[i][k] * x[k] }
      x[i] /= l[i][i]
    }
    return x
  }

  /// Solves Lᵀ x = b for lower-triangular L (back substitution).
  public static func solveUpperTransposed(_ l: [[Double]], _ b: [Double]) -> [Double] {
    var x = b
    for i in stride(from: x.count - 1, through: 0, by: -1) {
      for k in (i + 1)..<x.count { x[i] -= l[k][i] * x[k] }
      x[i] /= l[i][i]
    }
    return x
  }

  /// A⁻¹ B for symmetric positive-definite A (columns of B solved one by one), or `nil`.
  public static func solve(_ a: [[Double]], _ b: [[Double]]) -> [[Double]]? {
    guard let l = factor(a) else { return nil }
    let cols = (0..<(b.first?.count ?? 0)).map { j in
      solveUpperTransposed(l, solveLower(l, b.map { $0[j] }))
    }
    return (0..<a.count).map { i in cols.map { $0[i] } }
  }
}
