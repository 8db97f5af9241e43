import DecoupleStats
import TestSupport
import Testing

@Suite struct CholeskyTests {
  @Test func choleskyReconstructsAndSolves() throws {
    let a: [[Double]] = [[4, 2, 0.4], [2, 5, 1], [0.4, 1, 3]]
    let l = try #require(Cholesky.factor(a))
    for i in 0..<3 {
      for j in 0..<3 {
        let s = (0..<3).reduce(0.0) { $0 + l[i][$1] * l[j][$1] }
        #expect(abs(s - a[i][j]) < 1e-14)
      }
    }
    let x = try #require(Cholesky.solve(a, [[1], [2], [3]]))
    for i in 0..<3 {
      let s = (0..<3).reduce(0.0) { $0 + a[i][$1] * x[$1][0] }
      #expect(abs(s - Double(i + 1)) < 1e-13)
    }
    #expect(Cholesky.factor([[1, 2], [2, 1]]) == nil)  // indefinite
  }
}
