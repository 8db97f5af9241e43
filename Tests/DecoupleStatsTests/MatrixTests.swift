import DecoupleStats
import TestSupport
import Testing

@Suite struct MatrixTests {
  static let a = Matrix([[4, 2, 0.4], [2, 5, 1], [0.4, 1, 3]])

  @Test func rowMajorLayoutAndShapes() {
    let m = Matrix([[1, 2, 3], [4, 5, 6]])
    #expect(m.rows == 2 && m.columns == 3 && m.values == [1, 2, 3, 4, 5, 6])
    #expect(m[1, 0] == 4 && m.row(1) == [4, 5, 6] && m.column(2) == [3, 6])
    #expect(m.transposed.rowArrays == [[1, 4], [2, 5], [3, 6]])
    #expect(m * [1, 1, 1] == [6, 15])
    #expect((m * m.transposed).rowArrays == [[14, 32], [32, 77]])
  }

  @Test func inverseTimesMatrixIsTheIdentity() throws {
    let inv = try #require(Self.a.inverse)
    let product = Self.a * inv
    for i in 0..<3 { for j in 0..<3 { #expect(abs(product[i, j] - (i == j ? 1 : 0)) < 1e-15) } }
    #expect(Matrix([[1, 2], [2, 4]]).inverse == nil)  // singular
    #expect(Matrix([[0, 0], [0, 0]]).inverse == nil)
    #expect(Matrix([[.infinity, 0], [0, 1]]).inverse == nil)
    // Partial pivoting: a zero leading entry is fine.
    #expect(Matrix([[0, 1], [1, 0]]).inverse?.rowArrays == [[0, 1], [1, 0]])
  }

  @Test func sampleCovarianceIsTwoPassWithDivisorNMinusOne() {
    // x = 1…4 has squared deviations summing to 5, y = 2x + 1 to 20, the cross terms to 10.
    let c = Matrix.covariance([[1, 2, 3, 4], [3, 5, 7, 9]])
    let expected: [Double] = [5.0 / 3, 10.0 / 3, 10.0 / 3, 20.0 / 3]
    #expect(c.values == expected)
    // Two-pass: a large offset does not cancel the variance away.
    let big: [Double] = [1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4]
    let shifted = Matrix.covariance([big])
    #expect(shifted[0, 0] == 5.0 / 3)
  }
}
