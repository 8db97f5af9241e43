/// Eigenvalues and eigenvectors of a real symmetric matrix by the cyclic Jacobi method
/// (Golub & Van Loan, *Matrix Computations*, §8.5; Rutishauser's rotation formulas).
///
/// Jacobi is slower than tridiagonal QR for large matrices but accurate to a few ulps relative
/// to ‖A‖ and trivially correct; the matrices here are k × k with k ≤ 12 (Johansen systems).
///
/// - Returns: eigenvalues in descending order, with unit eigenvectors as columns
///   (`vectors[i, j]` is entry i of eigenvector j); each eigenvector's sign makes its first
///   nonzero component positive.
/// - Precondition: `a` is square and symmetric (only the upper triangle is read).
public enum SymmetricEigen {}

extension SymmetricEigen {
  public struct Decomposition: Sendable {
    public var values: [Double]
    /// n × n; column j is the eigenvector of `values[j]`.
    public var vectors: Matrix
  }

  public static func decompose(_ a: Matrix) -> Decomposition {
    let n = a.rows
    precondition(a.columns == n, "SymmetricEigen needs a square matrix")
    var m = a
    for i in 0..<n { for j in 0..<i { m[i, j] = m[j, i] } }
    var v = Matrix.identity(n)
    for _ in 0..<100 {
      var off = 0.0
      for i in 0..<n { for j in (i + 1)..<n { off += m[i, j] * m[i, j] } }
      if off == 0 { break }
      for p in 0..<n {
        for q in (p + 1)..<n where m[p, q] != 0 {
          let theta = (m[q, q] - m[p, p]) / (2 * m[p, q])
          let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
          let c = 1 / (t * t + 1).squareRoot()
          let s = t * c
          for k in 0..<n {
            let mkp = m[k, p]
            let mkq = m[k, q]
            m[k, p] = c * mkp - s * mkq
            m[k, q] = s * mkp + c * mkq
          }
          for k in 0..<n {
            let mpk = m[p, k]
            let mqk = m[q, k]
            m[p, k] = c * mpk - s * mqk
            m[q, k] = s * mpk + c * mqk
          }
          for k in 0..<n {
            let vkp = v[k, p]
            let vkq = v[k, q]
            v[k, p] = c * vkp - s * vkq
            v[k, q] = s * vkp + c * vkq
          }
        }
      }
    }
    let order = (0..<n).sorted { m[$0, $0] > m[$1, $1] }
    var vectors = Matrix(rows: n, columns: n)
    for i in 0..<n { for (j, o) in order.enumerated() { vectors[i, j] = v[i, o] } }
    for j in 0..<n {
      if let first = (0..<n).first(where: { vectors[$0, j] != 0 }), vectors[first, j] < 0 {
        for i in 0..<n { vectors[i, j] = -vectors[i, j] }
      }
    }
    return Decomposition(values: order.map { m[$0, $0] }, vectors: vectors)
  }
}
