extension Rolling {
  /// Slides a window over `x` and `y` and hands the co-moments of every window to `emit`.
  ///
  /// This is the one stepping loop behind every moment-based rolling kernel. Pairs with a NaN
  /// are skipped. Inputs without NaN take a fast path: `window` additions, then one fixed-size
  /// replacement per step. After any step that shrinks a variance below its guard, the window
  /// is recomputed exactly, and once per window length the means are re-anchored (see
  /// ``RollingCoMoments``).
  ///
  /// - Parameter emit: called once per index `i` in order, with the state of the window ending
  ///   at `i`; `state.count` is the number of valid pairs in it.
  /// - Complexity: O(n) amortized; O(window) extra for each recomputation.
  @inlinable
  public static func scan<T: BinaryFloatingPoint>(
    _ x: UnsafeBufferPointer<T>, _ y: UnsafeBufferPointer<T>, window: Int,
    emit: (Int, RollingCoMoments<T>) -> Void
  ) {
    precondition(window >= 1, "window must be at least 1")
    precondition(x.count == y.count, "series must have the same length")
    let n = x.count
    var s = RollingCoMoments<T>()
    if !containsNaN(x, y) {
      let warm = min(window, n)
      for i in 0..<warm {
        s.add(x[i], y[i])
        emit(i, s)
      }
      let inverse = 1 / T(window)
      var i = warm
      var untilReanchor = 0
      while i < n {
        if untilReanchor == 0 {
          s.reanchor()
          untilReanchor = window
        }
        untilReanchor -= 1
        s.replace(x[i - window], y[i - window], with: x[i], y[i], inverseCount: inverse)
        if s.needsRecompute { s = .exact(x, y, from: i - window + 1, to: i + 1) }
        emit(i, s)
        i += 1
      }
      return
    }
    for i in 0..<n {
      if i >= window {
        let xo = x[i - window]
        let yo = y[i - window]
        if !xo.isNaN && !yo.isNaN { s.remove(xo, yo) }
      }
      if !x[i].isNaN && !y[i].isNaN { s.add(x[i], y[i]) }
      if i % window == 0 { s.reanchor() }
      if s.needsRecompute { s = .exact(x, y, from: max(0, i - window + 1), to: i + 1) }
      emit(i, s)
    }
  }

  /// Whether any `x[i]` or `y[i]` is NaN. Checks blocks without an early exit inside a block, so
  /// the inner loop vectorizes.
  @inlinable
  static func containsNaN<T: BinaryFloatingPoint>(
    _ x: UnsafeBufferPointer<T>, _ y: UnsafeBufferPointer<T>
  ) -> Bool {
    let n = min(x.count, y.count)
    let block = 1_024
    var start = 0
    while start < n {
      let end = min(n, start + block)
      var found: UInt8 = 0
      for i in start..<end {
        found |= UInt8(truncatingIfNeeded: (x[i] != x[i] ? 1 : 0) | (y[i] != y[i] ? 1 : 0))
      }
      if found != 0 { return true }
      start = end
    }
    return false
  }
}
