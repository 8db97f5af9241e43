extension Rolling {
  /// Rolling correlation of `x` and `y` and beta of `x` on `y` (cov(x, y) / var(y)) in one
  /// pass: what a universe scan needs per asset, as pandas `x.rolling(w).corr(y)` and
  /// `x.rolling(w).cov(y) / y.rolling(w).var()`.
  ///
  /// Inputs without NaN run on anchored power sums (``AnchoredPowerSums``: one addition per sum
  /// per step, with the same cancellation guard and periodic exact restarts as
  /// ``correlation(_:_:window:minPeriods:)``); inputs with NaN take ``pairStatistics(_:_:window:minPeriods:)``.
  /// Edges as ``pairStatistics(_:_:window:minPeriods:)``: NaN before `minPeriods` valid pairs,
  /// correlation NaN when either side is constant, beta NaN when y is.
  /// - Complexity: O(n); two output allocations.
  public static func correlationAndBeta(
    _ x: [Double], _ y: [Double], window: Int, minPeriods: Int? = nil
  ) -> (correlation: [Double], beta: [Double]) {
    let m = checkedMinPeriods(
      window: window, minPeriods: minPeriods, count: x.count, other: y.count)
    let n = x.count
    let dense = x.withUnsafeBufferPointer { xb in
      y.withUnsafeBufferPointer { yb in !containsNaN(xb, yb) }
    }
    guard dense, window >= 2, n > window else {
      let s = pairStatistics(x, y, window: window, minPeriods: m)
      return (s.correlation, s.beta)
    }
    var correlation = [Double](repeating: .nan, count: n)
    var beta = [Double](repeating: .nan, count: n)
    x.withUnsafeBufferPointer { x in
      y.withUnsafeBufferPointer { y in
        correlation.withUnsafeMutableBufferPointer { r in
          beta.withUnsafeMutableBufferPointer { b in
            var warm = RollingCoMoments<Double>()
            for i in 0..<window {
              warm.add(x[i], y[i])
              guard warm.count >= m else { continue }
              r[i] = warm.correlation
              b[i] = warm.count >= 2 && warm.m2Y > 0 ? warm.cXY / warm.m2Y : .nan
            }
            var s = AnchoredPowerSums(.exact(x, y, from: 0, to: window), count: window)
            // Re-anchor every min(window, 256) steps; restart exactly every 32 windows (or
            // 8,192 steps), as the dense correlation loop does.
            let anchorEvery = min(window, 256)
            let exactEvery = max(8_192, 32 * window)
            var sinceAnchor = 0
            var sinceExact = 0
            for i in window..<n {
              if sinceAnchor == anchorEvery {
                s.reanchor()
                sinceAnchor = 0
              }
              if sinceExact == exactEvery {
                s = AnchoredPowerSums(.exact(x, y, from: i &- window, to: i), count: window)
                sinceExact = 0
              }
              sinceAnchor &+= 1
              sinceExact &+= 1
              s.replace(old: SIMD2(x[i &- window], y[i &- window]), new: SIMD2(x[i], y[i]))
              var c = s.centredSquares
              if s.needsRecompute(c) {
                s = AnchoredPowerSums(
                  .exact(x, y, from: i &- window &+ 1, to: i &+ 1), count: window)
                c = s.centredSquares
              }
              let cxy = s.centredProducts
              let p = c.x * c.y
              r[i] = p > 0 ? min(1, max(-1, cxy / p.squareRoot())) : .nan
              b[i] = c.y > 0 ? cxy / c.y : .nan
            }
          }
        }
      }
    }
    return (correlation, beta)
  }
}
