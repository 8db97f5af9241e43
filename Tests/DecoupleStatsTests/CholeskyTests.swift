import DecoupleStats
import TestSupport
import Testing

@Suite struct CholeskyTests {
  static let a = Matrix([[4, 2, 0.4], [2, 5, 1], [0.4, 1, 3]])

  @Test func choleskyReconstructsAndSolves() throws {
    let a = Self.a
    let l = try #require(Cholesky.factor(a))
    for i in 0..<3 {
      for j in 0..<3 {
        let s = (0..<3).reduce(0.0) { $0 + l[i, $1] * l[j, $1] }
        #expect(abs(s - a[i, j]) < 1e-14)
        if j > i { #expect(l[i, j] == 0) }
      }
    }
    let x = try #require(Cholesky.solve(a, Matrix([[1], [2], [3]])))
    for i in 0..<3 {
      let s = (0..<3).reduce(0.0) { $0 + a[i, $1] * x[$1, 0] }
      #expect(abs(s - Double(i + 1)) < 1e-13)
    }
    // One right-hand side through the factor gives the same solution to the bit.
    #expect(Cholesky.solve(factor: l, [1, 2, 3]) == x.column(0))
  }

  @Test func edges() {
    #expect(Cholesky.factor(Matrix([[1, 2], [2, 1]])) == nil)  // indefinite
    #expect(Cholesky.factor(Matrix([[0, 0], [0, 1]])) == nil)  // zero diagonal
    #expect(Cholesky.factor(Matrix([[.nan, 0], [0, 1]])) == nil)
    // Collinear: pivot 1 − (1 − 1e-14)² ≈ 2e-14 ≤ 1e-12 of the diagonal.
    #expect(Cholesky.factor(Matrix([[1, 1 - 1e-14], [1 - 1e-14, 1]])) == nil)
    // Just above the threshold it factors: pivot 1 − 0.99999² ≈ 2e-5.
    #expect(Cholesky.factor(Matrix([[1, 0.99999], [0.99999, 1]])) != nil)
    // Only the lower triangle is read.
    #expect(
      Cholesky.factor(Matrix([[4, 99], [2, 5]])) == Cholesky.factor(Matrix([[4, 2], [2, 5]])))
  }
}
