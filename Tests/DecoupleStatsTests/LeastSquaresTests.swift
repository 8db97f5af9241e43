import DecoupleStats
import TestSupport
import Testing

@Suite struct LeastSquaresTests {
  // Reference: numpy.linalg.lstsq (LAPACK gelsd) in tools/oracle/unitroot.py. A
  // well-conditioned 40 × 4 problem: backward-stable methods agree to ~1e-14.
  @Test func leastSquaresMatchesNumpyLstsq() throws {
    let o = try Oracle.json("linalg.json")
    let rows = (o["design"] as! [[Any]]).map { $0.map(Oracle.double) }
    let cols = (0..<rows[0].count).map { j in rows.map { $0[j] } }
    let fit = try LeastSquares.fit(o.numbers("response"), on: cols)
    for (b, e) in zip(fit.coefficients, o.numbers("lstsq")) {
      #expect(Oracle.relativeError(b, e) < 1e-12, "\(b) vs \(e)")
    }
  }

  @Test func singularDesignThrows() {
    let x = [1.0, 2, 3, 4, 5]
    #expect(throws: TimeSeriesError.self) {
      try LeastSquares.fit([1, 3, 2, 5, 4], on: [x, x.map { 2 * $0 }])
    }
  }

  /// The lag search's shortcut: the SSR of y on the first k columns is the squared tail of Qᵀy
  /// from k on, for every k, from one factorization.
  @Test func nestedRegressionsFromOneFactorization() throws {
    var rng = SplitMix64(seed: 5)
    let n = 60
    let cols = (0..<5).map { _ in (0..<n).map { _ in rng.normal() } }
    let y = (0..<n).map { i in cols[0][i] - 0.5 * cols[3][i] + rng.normal() }
    let qr = HouseholderQR(columns: cols)
    let z = qr.applyTranspose(y)
    for k in 1...5 {
      let tail = z[k...].reduce(0) { $0 + $1 * $1 }
      let fit = try LeastSquares.fit(y, on: Array(cols.prefix(k)))
      #expect(abs(tail - fit.ssr) <= 1e-12 * fit.ssr)
      // and the last t-value is Qᵀy[k−1] over the residual scale, up to sign
      let scale = (fit.ssr / Double(n - k)).squareRoot()
      #expect(abs(abs(fit.tValues[k - 1]) - abs(z[k - 1]) / scale) < 1e-10)
    }
  }
}
