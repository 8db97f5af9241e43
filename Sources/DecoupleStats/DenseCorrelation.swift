import CDecoupleShims

extension Rolling {
  /// The rolling correlation of inputs without NaN, for `Double`: the fast path of
  /// ``correlation(_:_:window:minPeriods:)``.
  ///
  /// Steps are serial on ``AnchoredPowerSums`` and write each window's covariance and variance
  /// product; every block of outputs is then finished (square root, division, clamp, NaN for
  /// zero variance) with packed instructions by `decouple_finish_correlation`. The first
  /// `window` outputs come from exact Welford additions. Values agree with the generic path
  /// to a few ulps.
  ///
  /// Each block is checked for NaN just before it is stepped (while it is in cache), so the
  /// inputs are read once.
  /// - Returns: `false`, with `out` partly written, as soon as a NaN is seen; the caller then
  ///   takes the generic path.
  @usableFromInline
  static func denseCorrelation(
    _ x: UnsafeBufferPointer<Double>, _ y: UnsafeBufferPointer<Double>, window: Int,
    minPeriods: Int, into out: UnsafeMutableBufferPointer<Double>
  ) -> Bool {
    let n = x.count
    var warmup = RollingCoMoments<Double>()
    let warm = min(window, n)
    if containsNaN(
      UnsafeBufferPointer(rebasing: x[0..<warm]), UnsafeBufferPointer(rebasing: y[0..<warm]))
    {
      return false
    }
    for i in 0..<warm {
      warmup.add(x[i], y[i])
      out[i] = warmup.count >= minPeriods ? warmup.correlation : .nan
    }
    guard warm < n else { return true }
    guard window >= 2 else {
      if containsNaN(x, y) { return false }
      for i in warm..<n { out[i] = .nan }
      return true
    }
    let blockSize = min(256, window)
    // Blocks between exact restarts: at least 32 windows of steps, so a restart (2 passes over
    // one window) costs at most about 6% more reads, and rounding accumulates over at most
    // 32 windows (a relative error of a few ulps times 32).
    let exactEvery = max(64, 32 * window / blockSize)
    return withUnsafeTemporaryAllocation(of: Double.self, capacity: blockSize) { product in
      // The state is declared inside the closure so that it lives in registers, not in a box.
      var s = AnchoredPowerSums(.exact(x, y, from: 0, to: window), count: window)
      var start = warm
      var blocks = 0
      while start < n {
        let end = min(n, start + blockSize)
        let xs = UnsafeBufferPointer(rebasing: x[start..<end])
        if containsNaN(xs, UnsafeBufferPointer(rebasing: y[start..<end])) { return false }
        s.reanchor()
        for i in start..<end {
          s.replace(old: SIMD2(x[i &- window], y[i &- window]), new: SIMD2(x[i], y[i]))
          var centred = s.centredSquares
          if s.needsRecompute(centred) {
            s = AnchoredPowerSums(.exact(x, y, from: i &- window &+ 1, to: i &+ 1), count: window)
            centred = s.centredSquares
          }
          out[i] = s.centredProducts
          product[i &- start] = centred.x * centred.y
        }
        decouple_finish_correlation(
          out.baseAddress! + start, product.baseAddress!, end &- start)
        start = end
        blocks &+= 1
        if blocks % exactEvery == 0 && start < n {
          s = AnchoredPowerSums(.exact(x, y, from: start &- window, to: start), count: window)
        }
      }
      return true
    }
  }
}
