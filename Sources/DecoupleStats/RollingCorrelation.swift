import CDecoupleShims

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
  /// - Complexity: O(n), one allocation (the result). `Double` inputs without NaN take a
  ///   dedicated loop (see `denseCorrelation`); others the generic ``scan(_:_:window:emit:)``.
  @inlinable
  public static func correlation<T: BinaryFloatingPoint>(
    _ x: [T], _ y: [T], window: Int, minPeriods: Int? = nil
  ) -> [T] {
    let m = checkedMinPeriods(
      window: window, minPeriods: minPeriods, count: x.count, other: y.count)
    return x.withUnsafeBufferPointer { xb in
      y.withUnsafeBufferPointer { yb in
        [T](unsafeUninitializedCapacity: xb.count) { out, initialized in
          if xb.count >= 1 << 19 {
            decouple_advise_huge_pages(UnsafeMutableRawPointer(out.baseAddress!), xb.count * 8)
          }
          let dense =
            T.self == Double.self
            && denseCorrelation(
              UnsafeRawBufferPointer(xb).bindMemory(to: Double.self),
              UnsafeRawBufferPointer(yb).bindMemory(to: Double.self), window: window,
              minPeriods: m,
              into: UnsafeMutableRawBufferPointer(out).bindMemory(to: Double.self))
          if !dense {
            scan(xb, yb, window: window) { i, s in
              out[i] = s.count >= m ? s.correlation : .nan
            }
          }
          initialized = xb.count
        }
      }
    }
  }
}
