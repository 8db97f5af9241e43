extension Rolling {
  /// Rolling Spearman rank correlation (average ranks for ties), as scipy `spearmanr` on each
  /// trailing window.
  ///
  /// Each valid pair holds its doubled average rank `2·(#less) + #equal + 1` in x and in y
  /// (integers). When a pair leaves or enters, every other pair's rank moves by 0, 1 or 2
  /// halves, found by one comparison each; the correlation of the ranks then comes from
  /// integer sums, so no rounding accumulates along the series and ties are exact.
  ///
  /// Edges: pairs with a NaN are skipped; NaN before `minPeriods` (default `window`) valid pairs,
  /// with fewer than two, or when either series is constant in the window; clamped to [−1, 1].
  /// - Complexity: O(window) per step, against O(window · log window) for re-ranking each
  ///   window; two rank buffers of `n` integers and a validity mask, allocated once. `window`
  ///   is at most 20,000 (the integer sums then stay below 2⁶³).
  @inlinable
  public static func spearman<T: BinaryFloatingPoint>(
    _ x: [T], _ y: [T], window: Int, minPeriods: Int? = nil
  ) -> [T] {
    let minimum = checkedMinPeriods(
      window: window, minPeriods: minPeriods, count: x.count, other: y.count)
    precondition(window <= 20_000, "window must be at most 20,000")
    let n = x.count
    var out = [T](repeating: .nan, count: n)
    // Ranks by absolute position (no ring arithmetic in the inner loops).
    var rankX = [Int](repeating: 0, count: n)
    var rankY = [Int](repeating: 0, count: n)
    let mask = zip(x, y).map { !$0.isNaN && !$1.isNaN }
    x.withUnsafeBufferPointer { x in
      y.withUnsafeBufferPointer { y in
        mask.withUnsafeBufferPointer { mask in
          rankX.withUnsafeMutableBufferPointer { rx in
            rankY.withUnsafeMutableBufferPointer { ry in
              out.withUnsafeMutableBufferPointer { out in
                spearmanLoop(
                  x, y, valid: mask, rx, ry, window: window, minimum: minimum, into: out)
              }
            }
          }
        }
      }
    }
    return out
  }

  @inlinable
  static func spearmanLoop<T: BinaryFloatingPoint>(
    _ x: UnsafeBufferPointer<T>, _ y: UnsafeBufferPointer<T>, valid mask: UnsafeBufferPointer<Bool>,
    _ rx: UnsafeMutableBufferPointer<Int>, _ ry: UnsafeMutableBufferPointer<Int>, window: Int,
    minimum: Int, into out: UnsafeMutableBufferPointer<T>
  ) {
    let n = x.count
    var m = 0
    @inline(__always) func valid(_ j: Int) -> Bool { mask[j] }
    @inline(__always) func step(_ a: T, _ b: T) -> Int { (a > b ? 2 : 0) + (a == b ? 1 : 0) }
    for i in 0..<n {
      let first = max(0, i - window + 1)
      if i >= window, valid(i - window) {
        let o = i - window
        for j in first..<i where valid(j) {
          rx[j] -= step(x[j], x[o])
          ry[j] -= step(y[j], y[o])
        }
        m -= 1
      }
      if valid(i) {
        var lessX = 0
        var equalX = 0
        var lessY = 0
        var equalY = 0
        for j in first..<i where valid(j) {
          let cx = step(x[j], x[i])
          let cy = step(y[j], y[i])
          rx[j] += cx
          ry[j] += cy
          lessX += cx == 0 ? 1 : 0
          equalX += cx == 1 ? 1 : 0
          lessY += cy == 0 ? 1 : 0
          equalY += cy == 1 ? 1 : 0
        }
        rx[i] = 2 * lessX + equalX + 2
        ry[i] = 2 * lessY + equalY + 2
        m += 1
      }
      guard m >= minimum, m >= 2 else { continue }
      var sxx = 0
      var syy = 0
      var sxy = 0
      for j in first...i where valid(j) {
        let a = rx[j]
        let b = ry[j]
        sxx += a * a
        syy += b * b
        sxy += a * b
      }
      let s = m * (m + 1)  // Σ of doubled average ranks, ties or not
      let vx = m * sxx - s * s
      let vy = m * syy - s * s
      guard vx > 0, vy > 0 else { continue }
      let r = Double(m * sxy - s * s) / (Double(vx).squareRoot() * Double(vy).squareRoot())
      out[i] = T(min(1, max(-1, r)))
    }
  }

  /// Rolling Kendall tau-b (adjusted for ties in either series), as scipy `kendalltau` on each
  /// trailing window.
  ///
  /// The state is three integers: S = concordant − discordant pairs, and the pairs tied in x and
  /// tied in y. A pair entering or leaving changes them by a sum of signs over the other pairs,
  /// so the state is exact at every step; tau-b = S / √((n₀ − tx)(n₀ − ty)), n₀ = m(m − 1)/2.
  ///
  /// Edges: as ``spearman(_:_:window:minPeriods:)``; NaN when either series is constant.
  /// - Complexity: O(window) per step, against O(window²) for the pair count of each window
  ///   or O(window · log window) for Knight's algorithm; a validity mask and the output are the
  ///   only allocations.
  @inlinable
  public static func kendall<T: BinaryFloatingPoint>(
    _ x: [T], _ y: [T], window: Int, minPeriods: Int? = nil
  ) -> [T] {
    let minimum = checkedMinPeriods(
      window: window, minPeriods: minPeriods, count: x.count, other: y.count)
    var out = [T](repeating: .nan, count: x.count)
    let mask = zip(x, y).map { !$0.isNaN && !$1.isNaN }
    x.withUnsafeBufferPointer { x in
      y.withUnsafeBufferPointer { y in
        mask.withUnsafeBufferPointer { mask in
          out.withUnsafeMutableBufferPointer { out in
            kendallLoop(x, y, valid: mask, window: window, minimum: minimum, into: out)
          }
        }
      }
    }
    return out
  }

  @inlinable
  static func kendallLoop<T: BinaryFloatingPoint>(
    _ x: UnsafeBufferPointer<T>, _ y: UnsafeBufferPointer<T>, valid mask: UnsafeBufferPointer<Bool>,
    window: Int, minimum: Int, into out: UnsafeMutableBufferPointer<T>
  ) {
    let n = x.count
    var s = 0
    var tiedX = 0
    var tiedY = 0
    var m = 0
    @inline(__always) func valid(_ j: Int) -> Bool { mask[j] }
    @inline(__always) func sign(_ a: T, _ b: T) -> Int { (a > b ? 1 : 0) - (a < b ? 1 : 0) }
    for i in 0..<n {
      let first = max(0, i - window + 1)
      if i >= window, valid(i - window) {
        let o = i - window
        for j in first..<i where valid(j) {
          let sx = sign(x[j], x[o])
          let sy = sign(y[j], y[o])
          s -= sx * sy
          tiedX -= sx == 0 ? 1 : 0
          tiedY -= sy == 0 ? 1 : 0
        }
        m -= 1
      }
      if valid(i) {
        for j in first..<i where valid(j) {
          let sx = sign(x[i], x[j])
          let sy = sign(y[i], y[j])
          s += sx * sy
          tiedX += sx == 0 ? 1 : 0
          tiedY += sy == 0 ? 1 : 0
        }
        m += 1
      }
      guard m >= minimum, m >= 2 else { continue }
      let n0 = m * (m - 1) / 2
      let dx = n0 - tiedX
      let dy = n0 - tiedY
      guard dx > 0, dy > 0 else { continue }
      let tau = Double(s) / (Double(dx).squareRoot() * Double(dy).squareRoot())
      out[i] = T(min(1, max(-1, tau)))
    }
  }
}
