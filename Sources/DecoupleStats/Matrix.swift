/// A dense matrix of doubles stored row-major: the one matrix representation of the kernels
/// (covariances, Hessians, correlation matrices, the systems ``Cholesky`` factors).
///
/// Entry (i, j) is `values[i * columns + j]`. Lists of series (regressor columns, panels) stay
/// `[[Double]]`, one array per series; a `Matrix` is for linear algebra.
public struct Matrix: Sendable, Equatable {
  /// Number of rows and of columns.
  public let rows: Int
  public let columns: Int
  /// The entries, row by row.
  public var values: [Double]

  /// A `rows` × `columns` matrix with every entry `value`.
  public init(rows: Int, columns: Int, repeating value: Double = 0) {
    precondition(rows >= 0 && columns >= 0, "matrix dimensions must be ≥ 0")
    self.rows = rows
    self.columns = columns
    values = [Double](repeating: value, count: rows * columns)
  }

  /// A `rows` × `columns` matrix from its entries, row by row.
  public init(rows: Int, columns: Int, values: [Double]) {
    precondition(values.count == rows * columns, "need rows × columns values")
    self.rows = rows
    self.columns = columns
    self.values = values
  }

  /// A matrix from its rows (all of the same length; no rows gives 0 × 0).
  public init(_ rowArrays: [[Double]]) {
    let c = rowArrays.first?.count ?? 0
    precondition(rowArrays.allSatisfy { $0.count == c }, "rows must have the same length")
    self.init(rows: rowArrays.count, columns: c, values: Array(rowArrays.joined()))
  }

  /// The `n` × `n` identity.
  public static func identity(_ n: Int) -> Matrix {
    var m = Matrix(rows: n, columns: n)
    for i in 0..<n { m[i, i] = 1 }
    return m
  }

  public subscript(i: Int, j: Int) -> Double {
    get { values[i * columns + j] }
    set { values[i * columns + j] = newValue }
  }

  /// Row `i`.
  public func row(_ i: Int) -> [Double] { Array(values[(i * columns)..<((i + 1) * columns)]) }

  /// Column `j`.
  public func column(_ j: Int) -> [Double] { (0..<rows).map { values[$0 * columns + j] } }

  /// The rows as arrays.
  public var rowArrays: [[Double]] { (0..<rows).map(row) }

  /// Aᵀ.
  public var transposed: Matrix {
    var t = Matrix(rows: columns, columns: rows)
    for i in 0..<rows { for j in 0..<columns { t[j, i] = self[i, j] } }
    return t
  }

  /// The product A B, each entry summed in increasing inner index.
  public static func * (a: Matrix, b: Matrix) -> Matrix {
    precondition(a.columns == b.rows, "inner dimensions must agree")
    var out = Matrix(rows: a.rows, columns: b.columns)
    for i in 0..<a.rows {
      for j in 0..<b.columns {
        var s = 0.0
        for k in 0..<a.columns { s += a[i, k] * b[k, j] }
        out[i, j] = s
      }
    }
    return out
  }

  /// The product A v.
  public static func * (a: Matrix, v: [Double]) -> [Double] {
    precondition(a.columns == v.count, "inner dimensions must agree")
    return (0..<a.rows).map { i in
      var s = 0.0
      for k in 0..<a.columns { s += a[i, k] * v[k] }
      return s
    }
  }

  /// The inverse of a square matrix by Gauss–Jordan elimination with partial pivoting.
  /// - Returns: `nil` when the matrix is singular to working precision (a pivot below
  ///   1e-14 × the largest absolute entry), is all zeros or has non-finite entries. For
  ///   symmetric positive-definite systems prefer ``Cholesky``.
  public var inverse: Matrix? {
    precondition(rows == columns, "only a square matrix has an inverse")
    let n = rows
    var a = self
    var inv = Matrix.identity(n)
    let scale = values.map(abs).max() ?? 0
    guard scale.isFinite, scale > 0 else { return nil }
    for c in 0..<n {
      var p = c
      for r in (c + 1)..<max(n, c + 1) where abs(a[r, c]) > abs(a[p, c]) { p = r }
      guard abs(a[p, c]) > 1e-14 * scale else { return nil }
      if p != c {
        for j in 0..<n {
          a.values.swapAt(p * n + j, c * n + j)
          inv.values.swapAt(p * n + j, c * n + j)
        }
      }
      let d = a[c, c]
      for j in 0..<n {
        a[c, j] /= d
        inv[c, j] /= d
      }
      for r in 0..<n where r != c {
        let f = a[r, c]
        if f == 0 { continue }
        for j in 0..<n {
          a[r, j] -= f * a[c, j]
          inv[r, j] -= f * inv[c, j]
        }
      }
    }
    return inv
  }
}

extension Matrix {
  /// The sample covariance matrix (divisor n − 1, two-pass: means first) of equal-length
  /// columns: entry (i, j) is Σₜ (xᵢₜ − x̄ᵢ)(xⱼₜ − x̄ⱼ) / (n − 1), summed in time order. NaN
  /// entries propagate; fewer than two rows give NaN or ±inf (no check).
  public static func covariance(_ columns: [[Double]]) -> Matrix {
    let d = columns.count
    let n = columns.first?.count ?? 0
    precondition(columns.allSatisfy { $0.count == n }, "columns must have the same length")
    let means = columns.map { $0.reduce(0, +) / Double(n) }
    var c = Matrix(rows: d, columns: d)
    for i in 0..<d {
      for j in i..<d {
        var s = 0.0
        for t in 0..<n { s += (columns[i][t] - means[i]) * (columns[j][t] - means[j]) }
        c[i, j] = s / Double(n - 1)
        c[j, i] = c[i, j]
      }
    }
    return c
  }
}
