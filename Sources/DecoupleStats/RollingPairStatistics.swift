/// Every rolling statistic of a pair that the window's co-moments determine, computed in one
/// pass. Arrays are aligned with the input; a value is NaN where it is undefined.
public struct RollingPairStatistics<T: BinaryFloatingPoint> {
  /// Pearson correlation, in [-1, 1].
  public var correlation: [T]
  /// Sample covariance (divisor n − 1).
  public var covariance: [T]
  /// OLS slope of x on y: cov(x, y) / var(y). NaN when y is constant.
  public var beta: [T]
  /// OLS intercept of x on y: mean(x) − beta · mean(y).
  public var alpha: [T]
  /// Coefficient of determination of that regression, r².
  public var rSquared: [T]
  /// Sample standard deviation of x (divisor n − 1, not annualised).
  public var volatilityX: [T]
  /// Sample standard deviation of y.
  public var volatilityY: [T]
  /// Sum of x over the window's valid pairs.
  public var sumX: [T]
  /// Sum of y over the window's valid pairs.
  public var sumY: [T]
  /// Number of valid pairs in each window.
  public var count: [Int]
}

extension RollingPairStatistics: Sendable where T: Sendable {}

extension RollingPairStatistics {
  /// All statistics NaN (counts zero) for `n` positions.
  @usableFromInline
  init(undefinedCount n: Int) {
    let nan = [T](repeating: .nan, count: n)
    self.init(
      correlation: nan, covariance: nan, beta: nan, alpha: nan, rSquared: nan, volatilityX: nan,
      volatilityY: nan, sumX: nan, sumY: nan, count: [Int](repeating: 0, count: n))
  }
}

extension Rolling {
  /// Rolling correlation, covariance, regression of `x` on `y` (beta, alpha, R²), volatilities
  /// and sums in one pass, matching pandas `rolling(window, min_periods=minPeriods)` with
  /// `.corr`, `.cov`, `.var`, `.std`, `.mean` and `.sum`.
  ///
  /// Edges: every statistic is NaN before `minPeriods` valid pairs; statistics with divisor
  /// n − 1 are NaN for a single pair; beta, alpha and correlation are NaN when y is constant
  /// in the window, correlation and R² also when x is.
  /// - Complexity: O(n); see ``scan(_:_:window:emit:)``.
  @inlinable
  public static func pairStatistics<T: BinaryFloatingPoint>(
    _ x: [T], _ y: [T], window: Int, minPeriods: Int? = nil
  ) -> RollingPairStatistics<T> {
    let m = checkedMinPeriods(
      window: window, minPeriods: minPeriods, count: x.count, other: y.count)
    let n = x.count
    var out = RollingPairStatistics<T>(undefinedCount: n)
    x.withUnsafeBufferPointer { xb in
      y.withUnsafeBufferPointer { yb in
        scan(xb, yb, window: window) { i, s in
          out.count[i] = s.count
          guard s.count >= m else { return }
          let k = T(s.count)
          out.sumX[i] = s.meanX * k
          out.sumY[i] = s.meanY * k
          guard s.count >= 2 else { return }
          out.covariance[i] = s.cXY / (k - 1)
          out.volatilityX[i] = (s.m2X / (k - 1)).squareRoot()
          out.volatilityY[i] = (s.m2Y / (k - 1)).squareRoot()
          let r = s.correlation
          out.correlation[i] = r
          out.rSquared[i] = r * r
          guard s.m2Y > 0 else { return }
          let b = s.cXY / s.m2Y
          out.beta[i] = b
          out.alpha[i] = s.meanX - b * s.meanY
        }
      }
    }
    return out
  }
}
