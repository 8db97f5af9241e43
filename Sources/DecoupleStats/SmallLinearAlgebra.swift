/// Dense symmetric positive-definite helpers for the small (k ≤ ~12) systems of the
/// decomposition and prediction kernels. Row-major `k × k` arrays.
enum SmallLinearAlgebra {
  /// The lower Cholesky factor of `a` (row-major), or `nil` when a pivot falls below `1e-12`
  /// times the corresponding diagonal entry (singular or nearly collinear).
  static func cholesky(_ a: [Double], _ k: Int) -> [Double]? {
    var l = [Double](repeating: 0, count: k * k)
    for i in 0..<k {
      for j in 0...i {
        var s = a[i * k + j]
        for p in 0..<j { s -= l[i * k + p] * l[j * k + p] }
        if i == j {
          guard a[i * k + i] > 0, s > 1e-12 * a[i * k + i] else { return nil }
          l[i * k + i] = s.squareRoot()
        } else {
          l[i * k + j] = s / l[j * k + j]
        }
      }
    }
    return l
  }

  /// Solves `L Lᵀ x = b` for the Cholesky factor `l`.
  static func solve(_ l: [Double], _ k: Int, _ b: [Double]) -> [Double] {
    var y = b
    for i in 0..<k {
      for p in 0..<i { y[i] -= l[i * k + p] * y[p] }
      y[i] /= l[i * k + i]
    }
    for i in stride(from: k - 1, through: 0, by: -1) {
      for p in (i + 1)..<k { y[i] -= l[p * k + i] * y[p] }
      y[i] /= l[i * k + i]
    }
    return y
  }
}
