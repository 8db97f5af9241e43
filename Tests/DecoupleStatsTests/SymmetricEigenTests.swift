import DecoupleStats
import TestSupport
import Testing

@Suite struct SymmetricEigenTests {
  // Reference: numpy.linalg.eigh (LAPACK syevd) in tools/oracle/unitroot.py on a 4 × 4
  // symmetric matrix; Jacobi is accurate to a few ulps of ‖A‖, so 1e-13 absolute (‖A‖ ≈ 8).
  @Test func symmetricEigenMatchesNumpyEigh() throws {
    let o = try Oracle.json("linalg.json")
    let a = Matrix((o["symmetric"] as! [[Any]]).map { $0.map(Oracle.double) })
    let eig = SymmetricEigen.decompose(a)
    let expected = o.numbers("eigh").reversed() as [Double]  // numpy: ascending
    for (v, e) in zip(eig.values, expected) { #expect(abs(v - e) < 1e-13) }
    let vectors = (o["eighVectors"] as! [[Any]]).map { $0.map(Oracle.double) }
    for j in 0..<4 {
      let mine = eig.vectors.column(j)
      let theirs = vectors.map { $0[3 - j] }
      let sign = (mine[0] * theirs[0]) < 0 ? -1.0 : 1.0
      for (m, t) in zip(mine, theirs) { #expect(abs(m - sign * t) < 1e-12) }
    }
  }

  @Test func diagonalAndRepeatedEigenvalues() {
    let d = SymmetricEigen.decompose(Matrix([[1, 0, 0], [0, 3, 0], [0, 0, 2]]))
    #expect(d.values == [3, 2, 1])
    let i = SymmetricEigen.decompose(Matrix([[2, 0], [0, 2]]))
    #expect(i.values == [2, 2])
  }
}
