extension Rolling {
  /// Rolling sample standard deviation of `x` (divisor n − 1), as pandas
  /// `x.rolling(window, min_periods=minPeriods).std()`, optionally annualised.
  ///
  /// ```swift
  /// let vol = Rolling.volatility(returns, window: 30, periodsPerYear: 365)
  /// ```
  ///
  /// - Parameter periodsPerYear: when given, each value is multiplied by its square root
  ///   (252 for exchange days, 365 for 24/7 markets, 52 for weeks).
  /// - Returns: NaN before `minPeriods` valid values and for a window with one value; 0 for a
  ///   constant window (exactly, never a tiny negative variance's NaN).
  /// - Complexity: O(n); the same stable updates as ``correlation(_:_:window:minPeriods:)``.
  @inlinable
  public static func volatility<T: BinaryFloatingPoint>(
    _ x: [T], window: Int, minPeriods: Int? = nil, periodsPerYear: T? = nil
  ) -> [T] {
    let m = checkedMinPeriods(
      window: window, minPeriods: minPeriods, count: x.count, other: x.count)
    let scale = periodsPerYear.map { $0.squareRoot() } ?? 1
    return x.withUnsafeBufferPointer { xb in
      [T](unsafeUninitializedCapacity: xb.count) { out, initialized in
        scan(xb, xb, window: window) { i, s in
          out[i] =
            s.count >= m && s.count >= 2 ? (s.m2X / T(s.count - 1)).squareRoot() * scale : .nan
        }
        initialized = xb.count
      }
    }
  }
}
