import Foundation

extension Dcc {
  /// Simulates `count` observations of a DCC-GARCH(1,1) process with normal shocks, for
  /// recovery tests and benchmarks: every series has mean `mu` and GARCH parameters
  /// (`omega`, `alpha`, `beta`) started at its unconditional variance; the shocks zₜ have
  /// correlation Rₜ from the DCC recursion with parameters (`a`, `b`) around `target` (a
  /// correlation matrix), Q₁ = `target`; Rₜ is factored by ``Cholesky`` (a target that is not
  /// positive definite is a precondition failure). Draws come from `generator` (SplitMix64
  /// Box–Muller).
  /// - Returns: one array per series.
  public static func simulate(
    count: Int, target: Matrix, a: Double, b: Double, mu: Double = 0.05,
    omega: Double = 0.05, alpha: Double = 0.08, beta: Double = 0.9,
    generator: inout SplitMix64
  ) -> [[Double]] {
    let k = target.rows
    precondition(a >= 0 && b >= 0 && a + b < 1 && alpha + beta < 1)
    var q = target
    var zPrev = [Double](repeating: 0, count: k)
    var s2 = [Double](repeating: omega / (1 - alpha - beta), count: k)
    var ePrev = [Double](repeating: 0, count: k)
    var out = [[Double]](repeating: [Double](repeating: 0, count: count), count: k)
    for t in 0..<count {
      if t > 0 {
        for i in 0..<k {
          for j in 0..<k {
            q[i, j] = (1 - a - b) * target[i, j] + a * zPrev[i] * zPrev[j] + b * q[i, j]
          }
          s2[i] = omega + alpha * ePrev[i] * ePrev[i] + beta * s2[i]
        }
      }
      var r = Matrix(rows: k, columns: k)
      for i in 0..<k { for j in 0..<k { r[i, j] = q[i, j] / (q[i, i] * q[j, j]).squareRoot() } }
      guard let l = Cholesky.factor(r) else {
        preconditionFailure("the DCC correlation Rₜ lost positive definiteness")
      }
      let u = (0..<k).map { _ in generator.normal() }
      for i in 0..<k {
        var zi = 0.0
        for m in 0...i { zi += l[i, m] * u[m] }
        zPrev[i] = zi
        ePrev[i] = s2[i].squareRoot() * zi
        out[i][t] = mu + ePrev[i]
      }
    }
    return out
  }
}
