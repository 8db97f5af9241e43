import Foundation

extension Dcc {
  /// Two-stage standard errors of (a, b) (Engle & Sheppard 2001; Newey & McFadden 1994, §6):
  /// with ψ = (θ, φ), θ the GARCH parameters of every series and φ = (a, b),
  ///
  ///     V = A⁻¹ B A⁻ᵀ / T,   A = [[A₁₁, 0], [A₂₁, A₂₂]],
  ///
  /// A₁₁ the (block-diagonal) mean Hessian of the negative GARCH log-likelihoods, A₂₂ and A₂₁
  /// the mean Hessian of the negative DCC log-likelihood in φ and its cross-derivatives with θ
  /// (the standardized residuals and Q̄ recomputed from θ), and B the sample covariance
  /// (divisor T − 1) of the stacked per-observation scores. Q̄ is treated as a function of θ,
  /// not as a separately estimated moment. Numerical derivatives as in
  /// ``MLCovariance``. The φ block of V is returned; `nil` when A is singular.
  static func twoStageCovariance(
    returns: [[Double]], univariate: [Garch.Fit], a: Double, b: Double
  ) -> Matrix? {
    let k = returns.count
    let n = returns[0].count
    let p1 = 4
    let m = k * p1 + 2
    let theta = univariate.map { Array($0.parameters.prefix(p1)) }

    func column(_ i: Int, _ th: [Double]) -> [Double] {
      let s2 = Garch.variances(
        returns[i], mu: th[0], omega: th[1], alpha: th[2], beta: th[3],
        backcast: univariate[i].backcast)
      return zip(returns[i], s2).map { ($0 - th[0]) / $1.squareRoot() }
    }
    let base = (0..<k).map { column($0, theta[$0]) }
    /// Standardized residuals with series `i`'s GARCH parameters replaced by `th` (all at the
    /// estimates when `i` is nil); Q̄ is recomputed from them.
    func standardized(_ i: Int?, _ th: [Double]) -> (Standardized, [Double]) {
      var cols = base
      if let i { cols[i] = column(i, th) }
      let z = Standardized(cols)
      return (z, z.outerMean())
    }
    let (z0, q0) = standardized(nil, [])
    func dccTerms(_ phi: [Double], _ zq: (Standardized, [Double]) = (z0, q0)) -> [Double] {
      zq.0.contributions(a: phi[0], b: phi[1], qBar: zq.1)
    }
    func step(_ x: Double, _ scale: Double) -> Double { scale * max(abs(x), 0.1) }

    // Per-observation scores (of the log-likelihood terms), columns θ…, a, b.
    var scores = [[Double]](repeating: [], count: m)
    for i in 0..<k {
      for j in 0..<p1 {
        let h = step(theta[i][j], 1e-6)
        var up = theta[i]
        var down = theta[i]
        up[j] += h
        down[j] -= h
        let cu = Garch.contributions(
          returns[i], up, backcast: univariate[i].backcast, distribution: .normal)
        let cd = Garch.contributions(
          returns[i], down, backcast: univariate[i].backcast, distribution: .normal)
        scores[i * p1 + j] = zip(cu, cd).map { ($0 - $1) / (2 * h) }
      }
    }
    let phi = [a, b]
    for j in 0..<2 {
      let h = step(phi[j], 1e-6)
      var up = phi
      var down = phi
      up[j] += h
      down[j] -= h
      scores[k * p1 + j] = zip(dccTerms(up), dccTerms(down)).map {
        ($0 - $1) / (2 * h)
      }
    }
    guard scores.allSatisfy({ $0.allSatisfy(\.isFinite) }) else { return nil }

    // A: mean negative Hessian, lower block-triangular.
    var am = Matrix(rows: m, columns: m)
    for i in 0..<k {
      let f: ([Double]) -> Double = {
        -Garch.logLikelihood(
          returns[i], $0, backcast: univariate[i].backcast, distribution: .normal)
      }
      guard let h = MLCovariance.hessian(f, at: theta[i]) else { return nil }
      for r in 0..<p1 { for c in 0..<p1 { am[i * p1 + r, i * p1 + c] = h[r, c] / Double(n) } }
    }
    guard let h22 = MLCovariance.hessian({ -dccTerms($0).reduce(0, +) }, at: phi) else {
      return nil
    }
    for r in 0..<2 { for c in 0..<2 { am[k * p1 + r, k * p1 + c] = h22[r, c] / Double(n) } }
    // A₂₁: derivative in θ of the φ-gradient of the negative DCC log-likelihood.
    func phiGradient(_ zq: (Standardized, [Double])) -> [Double] {
      (0..<2).map { j in
        let h = step(phi[j], 1e-5)
        var up = phi
        var down = phi
        up[j] += h
        down[j] -= h
        return -(dccTerms(up, zq).reduce(0, +) - dccTerms(down, zq).reduce(0, +)) / (2 * h)
      }
    }
    for i in 0..<k {
      for j in 0..<p1 {
        let h = step(theta[i][j], 1e-5)
        var up = theta[i]
        var down = theta[i]
        up[j] += h
        down[j] -= h
        let gu = phiGradient(standardized(i, up))
        let gd = phiGradient(standardized(i, down))
        for r in 0..<2 { am[k * p1 + r, i * p1 + j] = (gu[r] - gd[r]) / (2 * h) / Double(n) }
      }
    }
    // B: covariance of the stacked scores.
    let bm = Matrix.covariance(scores)
    guard let aInv = am.inverse else { return nil }
    let v = aInv * bm * aInv.transposed
    var phiBlock = Matrix(rows: 2, columns: 2)
    for r in 0..<2 { for c in 0..<2 { phiBlock[r, c] = v[k * p1 + r, k * p1 + c] / Double(n) } }
    return phiBlock
  }
}
