/// Exponentially weighted statistics of a pair, aligned with the input; NaN where undefined.
public struct EWMAPairStatistics<T: BinaryFloatingPoint> {
  /// Weighted correlation, in [−1, 1].
  public var correlation: [T]
  /// Unbiased weighted covariance.
  public var covariance: [T]
  /// Unbiased weighted standard deviation of x (not annualised).
  public var volatilityX: [T]
  /// Unbiased weighted standard deviation of y.
  public var volatilityY: [T]
}

extension EWMAPairStatistics: Sendable where T: Sendable {}

extension EWMAPairStatistics {
  /// All statistics NaN for `n` positions.
  @usableFromInline
  init(undefinedCount n: Int) {
    let nan = [T](repeating: .nan, count: n)
    self.init(correlation: nan, covariance: nan, volatilityX: nan, volatilityY: nan)
  }
}

extension EWMA {
  /// Exponentially weighted correlation, covariance and volatilities of `x` and `y` in one
  /// pass, as pandas `x.ewm(alpha=alpha, adjust=adjust, min_periods=minPeriods)` with
  /// `.corr(y)`, `.cov(y)` and `.std()`.
  ///
  /// ```swift
  /// let s = EWMA.pairStatistics(eth, rut, alpha: EWMA.alpha(lambda: 0.94))
  /// ```
  ///
  /// Edges: every value is NaN before `max(minPeriods, 1)` valid pairs; covariance and
  /// volatilities are NaN with one pair; correlation is NaN while either series has been
  /// constant. At a missing position (either value NaN) the output is the state so far, as
  /// pandas does. Unlike pandas, a pair with one NaN is missing for *every* statistic: pandas
  /// computes each variance inside `.corr` from its own series' valid values, so the two
  /// differ when only one series has a gap (they agree when gaps coincide).
  /// - Complexity: O(n); four output allocations, none in the loop.
  @inlinable
  public static func pairStatistics<T: BinaryFloatingPoint>(
    _ x: [T], _ y: [T], alpha: T, adjust: Bool = true, ignoreMissing: Bool = false,
    minPeriods: Int = 0
  ) -> EWMAPairStatistics<T> {
    precondition(x.count == y.count, "series must have the same length")
    precondition(minPeriods >= 0, "minPeriods must not be negative")
    let n = x.count
    var out = EWMAPairStatistics<T>(undefinedCount: n)
    var s = EWMACoMoments<T>(alpha: alpha, adjust: adjust, ignoreMissing: ignoreMissing)
    let m = max(minPeriods, 1)
    for i in 0..<n {
      s.add(x[i], y[i])
      guard s.count >= m else { continue }
      out.correlation[i] = s.correlation
      out.covariance[i] = s.covariance
      out.volatilityX[i] = s.volatilityX
      out.volatilityY[i] = s.volatilityY
    }
    return out
  }

  /// Exponentially weighted correlation of `x` and `y` (see
  /// ``pairStatistics(_:_:alpha:adjust:ignoreMissing:minPeriods:)`` for the edges).
  @inlinable
  public static func correlation<T: BinaryFloatingPoint>(
    _ x: [T], _ y: [T], alpha: T, adjust: Bool = true, minPeriods: Int = 0
  ) -> [T] {
    pairStatistics(x, y, alpha: alpha, adjust: adjust, minPeriods: minPeriods).correlation
  }

  /// Exponentially weighted volatility (unbiased standard deviation) of `x`, as pandas
  /// `x.ewm(alpha=alpha, adjust=adjust).std()`, optionally annualised by
  /// √`periodsPerYear`. NaN before two valid values; 0 for a constant series.
  @inlinable
  public static func volatility<T: BinaryFloatingPoint>(
    _ x: [T], alpha: T, adjust: Bool = true, minPeriods: Int = 0, periodsPerYear: T? = nil
  ) -> [T] {
    let scale = periodsPerYear.map { $0.squareRoot() } ?? 1
    return pairStatistics(x, x, alpha: alpha, adjust: adjust, minPeriods: minPeriods)
      .volatilityX.map { $0 * scale }
  }
}
