import DecoupleStats
import TestSupport
import Testing

@Suite struct LinearAlgebraTests {
  // Reference: numpy.linalg.lstsq and numpy.linalg.eigh (LAPACK) in tools/oracle/unitroot.py.
  // Well-conditioned 40 × 4 and 4 × 4 problems: backward-stable methods agree to ~1e-14.
  @Test func leastSquaresMatchesNumpyLstsq() throws {
    let o = try Oracle.json("linalg.json")
    let rows = (o["design"] as! [[Any]]).map { $0.map(Oracle.double) }
    let cols = (0..<rows[0].count).map { j in rows.map { $0[j] } }
    let fit = try LeastSquares.fit(o.numbers("response"), on: cols)
    for (b, e) in zip(fit.coefficients, o.numbers("lstsq")) {
      #expect(Oracle.relativeError(b, e) < 1e-12, "\(b) vs \(e)")
    }
  }

  @Test func symmetricEigenMatchesNumpyEigh() throws {
    let o = try Oracle.json("linalg.json")
    let a = (o["symmetric"] as! [[Any]]).map { $0.map(Oracle.double) }
    let eig = SymmetricEigen.decompose(a)
    let expected = o.numbers("eigh").reversed() as [Double]  // numpy: ascending
    for (v, e) in zip(eig.values, expected) { #expect(abs(v - e) < 1e-13) }
    let vectors = (o["eighVectors"] as! [[Any]]).map { $0.map(Oracle.double) }
    for j in 0..<4 {
      let mine = eig.vectors.map { $0[j] }
      let theirs = vectors.map { $0[3 - j] }
      let sign = (mine[0] * theirs[0]) < 0 ? -1.0 : 1.0
      for (m, t) in zip(mine, theirs) { #expect(abs(m - sign * t) < 1e-12) }
    }
  }

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

  @Test func singularDesignThrows() {
    let x = [1.0, 2, 3, 4, 5]
    #expect(throws: TimeSeriesError.self) {
      try LeastSquares.fit([1, 3, 2, 5, 4], on: [x, x.map { 2 * $0 }])
    }
  }
}
