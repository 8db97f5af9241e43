/// Rolling-window statistics over equal-length series.
///
/// Every kernel here follows the same conventions, which match pandas `Series.rolling`:
/// - the window at index `i` covers positions `i - window + 1 ... i` (trailing, by position);
/// - a position where either input is NaN is skipped (it does not count towards `minPeriods`);
/// - an output is NaN when fewer than `minPeriods` valid pairs are in the window, or when the
///   statistic is undefined there (a zero-variance window gives NaN, never ±inf);
/// - correlations are clamped to [-1, 1], so rounding can never report |r| > 1.
///
/// The kernels are O(1) per step and numerically stable: see ``RollingCoMoments``.
public enum Rolling {}

extension Rolling {
  /// Validates window arguments and returns the effective `minPeriods`.
  @inlinable
  static func checkedMinPeriods(window: Int, minPeriods: Int?, count: Int, other: Int) -> Int {
    precondition(window >= 1, "window must be at least 1")
    precondition(count == other, "series must have the same length")
    let m = minPeriods ?? window
    precondition(m >= 1 && m <= window, "minPeriods must be in 1...window")
    return m
  }
}
