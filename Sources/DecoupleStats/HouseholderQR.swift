/// The thin QR factorization `X = Q R` of a tall matrix by Householder reflections (Golub &
/// Van Loan, *Matrix Computations*, §5.2), stored column by column.
///
/// The factorization of the first `k` columns is the leading block of the factorization of all
/// columns, so one factorization answers every nested regression `y ~ X[:, ..<k]`
/// (``residualSumOfSquares(prefix:)``): this is how ``UnitRoot`` searches lag orders.
///
/// - Precondition: `rows >= columns.count`, every column of length `rows`.
/// - Complexity: O(n k²) to factor; O(n k) to apply Qᵀ.
public struct HouseholderQR: Sendable {
  /// Rows n and columns k.
  public let rows: Int
  public let columns: Int
  /// The Householder vectors (below the diagonal) and R (on and above), column-major.
  var qr: [Double]
  /// The diagonal of R.
  public private(set) var rDiagonal: [Double]

  /// Factors the matrix whose columns are `columns`.
  public init(columns cols: [[Double]]) {
    let n = cols.first?.count ?? 0
    let k = cols.count
    precondition(n >= k, "HouseholderQR needs at least as many rows as columns")
    rows = n
    columns = k
    qr = Array(cols.joined())
    precondition(qr.count == n * k, "ragged columns")
    rDiagonal = Array(repeating: 0, count: k)
    for j in 0..<k {
      // LINPACK/JAMA-style reflection that zeroes qr[j+1..<n, j].
      var norm = 0.0
      for i in j..<n { norm = hypot2(norm, qr[j * n + i]) }
      if norm != 0 {
        if qr[j * n + j] < 0 { norm = -norm }
        for i in j..<n { qr[j * n + i] /= norm }
        qr[j * n + j] += 1
        for c in (j + 1)..<k {
          var s = 0.0
          for i in j..<n { s += qr[j * n + i] * qr[c * n + i] }
          s = -s / qr[j * n + j]
          for i in j..<n { qr[c * n + i] += s * qr[j * n + i] }
        }
      }
      rDiagonal[j] = -norm
    }
  }

  /// Qᵀ y (length n): the first k entries are the coordinates of the fit, the rest the residual.
  public func applyTranspose(_ y: [Double]) -> [Double] {
    precondition(y.count == rows)
    var z = y
    let n = rows
    for j in 0..<columns where qr[j * n + j] != 0 {
      var s = 0.0
      for i in j..<n { s += qr[j * n + i] * z[i] }
      s = -s / qr[j * n + j]
      for i in j..<n { z[i] += s * qr[j * n + i] }
    }
    return z
  }

  /// R[i, j] for i ≤ j.
  public func r(_ i: Int, _ j: Int) -> Double {
    i == j ? rDiagonal[i] : (i < j ? qr[j * rows + i] : 0)
  }

  /// Whether column `j` is numerically dependent on the ones before it (|R[j,j]| below
  /// n·ε·max|R[i,i]|, the rank tolerance of LAPACK-style rank decisions).
  public func isDeficient(prefix k: Int) -> Bool {
    let scale = rDiagonal.prefix(k).reduce(0) { max($0, abs($1)) }
    let tol = Double(rows) * Double.ulpOfOne * scale
    return rDiagonal.prefix(k).contains { abs($0) <= tol }
  }

  /// Solves R[..<k, ..<k] b = z[..<k] (back substitution).
  public func solve(prefix k: Int, qty z: [Double]) -> [Double] {
    var b = Array(z.prefix(k))
    for j in stride(from: k - 1, through: 0, by: -1) {
      b[j] /= rDiagonal[j]
      for i in 0..<j { b[i] -= b[j] * qr[j * rows + i] }
    }
    return b
  }

  /// The diagonal of (R[..<k, ..<k]ᵀ R[..<k, ..<k])⁻¹ = diag((XᵀX)⁻¹) for the first k columns.
  public func inverseGramDiagonal(prefix k: Int) -> [Double] {
    // Rows of R⁻¹ by back substitution on each unit vector; diag = squared row norms.
    var rinv = [Double](repeating: 0, count: k * k)  // column-major k × k
    for c in 0..<k {
      rinv[c * k + c] = 1 / rDiagonal[c]
      for i in stride(from: c - 1, through: 0, by: -1) {
        var s = 0.0
        for j in (i + 1)...c { s += qr[j * rows + i] * rinv[c * k + j] }
        rinv[c * k + i] = -s / rDiagonal[i]
      }
    }
    return (0..<k).map { i in (i..<k).reduce(0) { $0 + rinv[$1 * k + i] * rinv[$1 * k + i] } }
  }
}

/// sqrt(a² + b²) without undue overflow.
@inline(__always) func hypot2(_ a: Double, _ b: Double) -> Double {
  let x = abs(a)
  let y = abs(b)
  let m = max(x, y)
  if m == 0 { return 0 }
  let r = min(x, y) / m
  return m * (1 + r * r).squareRoot()
}
