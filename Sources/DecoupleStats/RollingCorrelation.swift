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
  /// - Complexity: O(n), one allocation (the result).
  @inlinable
  public static func correlation<T: BinaryFloatingPoint>(
    _ x: [T], _ y: [T], window: Int, minPeriods: Int? = nil
  ) -> [T] {
    let m = checkedMinPeriods(
      window: window, minPeriods: minPeriods, count: x.count, other: y.count)
    return x.withUnsafeBufferPointer { xb in
      y.withUnsafeBufferPointer { yb in
        [T](unsafeUninitializedCapacity: xb.count) { out, initialized in
          scan(xb, yb, window: window) { i, s in
            out[i] = s.count >= m ? s.correlation : .nan
          }
          initialized = xb.count
        }
      }
    }
  }
}
