extension Rolling {
  /// Rolling Pearson correlation of `x` and `y`, as pandas `x.rolling(window,
  /// min_periods=minPeriods).corr(y)` computes it, without its failure modes.
  ///
  /// ```swift
  /// let r = Rolling.correlation(ethReturns, rutReturns, window: 90)
  /// ```
  ///
  /// - Parameters:
  ///   - window: the window length in observations, at least 1.
  ///   - minPeriods: fewest valid pairs for a value, in `1...window`; defaults to `window`.
  /// - Returns: one value per input position: NaN before `minPeriods` valid pairs, when a
  ///   window has fewer than two pairs or either series is constant in it; otherwise a value in
  ///   [-1, 1].
  /// - Complexity: O(n), one allocation (the result). Inputs without NaN take a dedicated loop:
  ///   the co-moment updates are serial, and the square root, division and clamp of each block
  ///   of outputs are done afterwards in a loop the compiler vectorizes.
  @inlinable
  public static func correlation<T: BinaryFloatingPoint>(
    _ x: [T], _ y: [T], window: Int, minPeriods: Int? = nil
  ) -> [T] {
    let m = checkedMinPeriods(window: window, minPeriods: minPeriods, count: x.count, other: y.count)
    return x.withUnsafeBufferPointer { xb in
      y.withUnsafeBufferPointer { yb in
        [T](unsafeUninitializedCapacity: xb.count) { out, initialized in
          if containsNaN(xb, yb) {
            scan(xb, yb, window: window) { i, s in
              out[i] = s.count >= m ? s.correlation : .nan
            }
          } else {
            denseCorrelation(xb, yb, window: window, minPeriods: m, into: out)
          }
          initialized = xb.count
        }
      }
    }
  }

  /// The correlation loop for inputs without NaN: the same updates, guard and re-anchoring as
  /// ``scan(_:_:window:emit:)``, with the state kept in registers and the finishing arithmetic
  /// batched.
  @inlinable
  static func denseCorrelation<T: BinaryFloatingPoint>(
    _ x: UnsafeBufferPointer<T>, _ y: UnsafeBufferPointer<T>, window: Int, minPeriods: Int,
    into out: UnsafeMutableBufferPointer<T>
  ) {
    let n = x.count
    var s = RollingCoMoments<T>()
    let warm = min(window, n)
    for i in 0..<warm {
      s.add(x[i], y[i])
      out[i] = s.count >= minPeriods ? s.correlation : .nan
    }
    guard warm < n else { return }
    guard window >= 2 else {
      for i in warm..<n { out[i] = .nan }
      return
    }
    let inverse = 1 / T(window)
    let blockSize = 256
    withUnsafeTemporaryAllocation(of: T.self, capacity: blockSize) { product in
      var start = warm
      var untilReanchor = 0
      while start < n {
        let end = min(n, start + blockSize)
        // Serial part: the co-moments; covariance into `out`, variance product aside.
        for i in start..<end {
          if untilReanchor == 0 {
            s.reanchor()
            untilReanchor = window
          }
          untilReanchor &-= 1
          s.replace(x[i &- window], y[i &- window], with: x[i], y[i], inverseCount: inverse)
          if s.needsRecompute { s = .exact(x, y, from: i &- window &+ 1, to: i &+ 1) }
          out[i] = s.cXY
          product[i &- start] = s.m2X * s.m2Y
        }
        // Batched part: r = c / √(m2X·m2Y), NaN for a zero variance, clamped to [-1, 1].
        for i in start..<end {
          let d = product[i &- start]
          let r = out[i] / d.squareRoot()
          let clamped = r < -1 ? -1 : (r > 1 ? 1 : r)
          out[i] = d > 0 ? clamped : .nan
        }
        start = end
      }
    }
  }
}
