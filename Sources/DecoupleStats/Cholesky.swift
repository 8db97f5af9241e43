/// The Cholesky factorisation A = L Lᵀ of a symmetric positive-definite matrix (Golub & Van
/// Loan §4.2) and the triangular solves with its factor: the one implementation behind OLS
/// (rolling, in place on preallocated buffers), prediction intervals, Shapley R², Johansen and
/// the DCC simulation.
///
/// Edge behaviour: only the lower triangle of A is read. The factorisation fails (returns
/// `nil` / `false`) when a diagonal entry of A is not positive or a pivot falls to 1e-12 × its
/// diagonal entry or below (singular, indefinite or nearly collinear; NaN fails too). The
/// buffer kernels are row-major k × k, write L into the lower triangle and leave the strict
/// upper triangle as it was; the ``Matrix`` forms return L with zeros above the diagonal.
public enum Cholesky {}

extension Cholesky {
  /// The relative pivot threshold: pivot ≤ `tolerance` × diagonal entry fails.
  public static let tolerance = 1e-12

  /// Overwrites the lower triangle of the row-major `k` × `k` matrix in `a` with its lower
  /// Cholesky factor; `false` (with `a` partly overwritten) when A is not numerically positive
  /// definite. Allocates nothing.
  @inline(__always)
  static func factorInPlace(_ a: UnsafeMutableBufferPointer<Double>, order k: Int) -> Bool {
    for j in 0..<k {
      let diagonal = a[j * k + j]
      var d = diagonal
      for p in 0..<j { d -= a[j * k + p] * a[j * k + p] }
      guard diagonal > 0, d > diagonal * tolerance else { return false }
      let l = d.squareRoot()
      a[j * k + j] = l
      for i in (j + 1)..<max(j + 1, k) {
        var s = a[i * k + j]
        for p in 0..<j { s -= a[i * k + p] * a[j * k + p] }
        a[i * k + j] = s / l
      }
    }
    return true
  }

  /// Solves L y = b in place (forward substitution) with the factor in `l`'s lower triangle.
  @inline(__always)
  static func solveLowerInPlace(
    _ l: UnsafeBufferPointer<Double>, order k: Int, _ b: UnsafeMutableBufferPointer<Double>,
    step: Int = 1, offset: Int = 0
  ) {
    for i in 0..<k {
      var s = b[offset + i * step]
      for p in 0..<i { s -= l[i * k + p] * b[offset + p * step] }
      b[offset + i * step] = s / l[i * k + i]
    }
  }

  /// Solves Lᵀ x = y in place (back substitution) with the factor in `l`'s lower triangle.
  @inline(__always)
  static func solveUpperTransposedInPlace(
    _ l: UnsafeBufferPointer<Double>, order k: Int, _ b: UnsafeMutableBufferPointer<Double>,
    step: Int = 1, offset: Int = 0
  ) {
    for i in stride(from: k - 1, through: 0, by: -1) {
      var s = b[offset + i * step]
      for p in (i + 1)..<max(i + 1, k) { s -= l[p * k + i] * b[offset + p * step] }
      b[offset + i * step] = s / l[i * k + i]
    }
  }

  /// Solves L Lᵀ x = b in place.
  @inline(__always)
  static func solveInPlace(
    _ l: UnsafeBufferPointer<Double>, order k: Int, _ b: UnsafeMutableBufferPointer<Double>,
    step: Int = 1, offset: Int = 0
  ) {
    solveLowerInPlace(l, order: k, b, step: step, offset: offset)
    solveUpperTransposedInPlace(l, order: k, b, step: step, offset: offset)
  }

  /// Writes (L Lᵀ)⁻¹ (full, row-major `k` × `k`) into `inverse`, column by column.
  @inline(__always)
  static func inverseInPlace(
    _ l: UnsafeBufferPointer<Double>, order k: Int, into inverse: UnsafeMutableBufferPointer<Double>
  ) {
    for c in 0..<k {
      for i in 0..<k { inverse[i * k + c] = i == c ? 1 : 0 }
      solveInPlace(l, order: k, inverse, step: k, offset: c)
    }
  }
}

extension Cholesky {
  /// The lower-triangular L with A = L Lᵀ (zeros above the diagonal), or `nil` when A is not
  /// numerically positive definite (see the type's edge behaviour).
  public static func factor(_ a: Matrix) -> Matrix? {
    precondition(a.rows == a.columns, "Cholesky needs a square matrix")
    let k = a.rows
    var l = a
    let ok = l.values.withUnsafeMutableBufferPointer { factorInPlace($0, order: k) }
    guard ok else { return nil }
    for i in 0..<k { for j in (i + 1)..<max(i + 1, k) { l[i, j] = 0 } }
    return l
  }

  /// Solves L x = b for lower-triangular L (forward substitution).
  public static func solveLower(_ l: Matrix, _ b: [Double]) -> [Double] {
    precondition(l.rows == b.count)
    var x = b
    l.values.withUnsafeBufferPointer { lp in
      x.withUnsafeMutableBufferPointer { solveLowerInPlace(lp, order: l.rows, $0) }
    }
    return x
  }

  /// Solves Lᵀ x = b for lower-triangular L (back substitution).
  public static func solveUpperTransposed(_ l: Matrix, _ b: [Double]) -> [Double] {
    precondition(l.rows == b.count)
    var x = b
    l.values.withUnsafeBufferPointer { lp in
      x.withUnsafeMutableBufferPointer { solveUpperTransposedInPlace(lp, order: l.rows, $0) }
    }
    return x
  }

  /// Solves L Lᵀ x = b for the factor `l` of ``factor(_:)``.
  public static func solve(factor l: Matrix, _ b: [Double]) -> [Double] {
    solveUpperTransposed(l, solveLower(l, b))
  }

  /// A⁻¹ B for symmetric positive-definite A (columns of B solved one by one), or `nil` when
  /// A is not numerically positive definite.
  public static func solve(_ a: Matrix, _ b: Matrix) -> Matrix? {
    precondition(a.rows == b.rows)
    guard let l = factor(a) else { return nil }
    var x = b
    l.values.withUnsafeBufferPointer { lp in
      x.values.withUnsafeMutableBufferPointer { xp in
        for c in 0..<b.columns { solveInPlace(lp, order: a.rows, xp, step: b.columns, offset: c) }
      }
    }
    return x
  }
}
