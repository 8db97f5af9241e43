import Foundation

/// Confidence intervals for a Pearson correlation through Fisher's z-transformation.
///
/// z = atanh(r) is approximately normal with standard error 1/√(n − 3), so the interval is
/// tanh(atanh(r) ± q/√(n − 3)) with q the normal quantile (1.96 for 95%). Reference: Fisher
/// (1921); the same formula as R's `cor.test(x, y)$conf.int` (which uses it for Pearson's r).
public enum FisherZ {}

extension FisherZ {
  /// The interval for a correlation `r` estimated from `n` pairs.
  ///
  /// ```swift
  /// let (lo, hi) = FisherZ.interval(r: 0.39, n: 90)!  // ≈ (0.20, 0.55)
  /// ```
  ///
  /// - Parameters:
  ///   - quantile: the two-sided normal quantile; 1.96 (default) gives a 95% interval.
  /// - Returns: `nil` when `r` is NaN or outside [−1, 1], or `n ≤ 3` (the standard error is
  ///   undefined); `(r, r)` when |r| = 1 (a perfect fit has no sampling spread in z's
  ///   approximation). Otherwise `lower < r < upper`, both inside (−1, 1).
  /// - Complexity: O(1).
  public static func interval(r: Double, n: Int, quantile: Double = 1.96) -> (
    lower: Double, upper: Double
  )? {
    guard !r.isNaN, abs(r) <= 1, n > 3 else { return nil }
    if abs(r) == 1 { return (r, r) }
    let z = atanh(r)
    let half = quantile / Double(n - 3).squareRoot()
    return (tanh(z - half), tanh(z + half))
  }
}
