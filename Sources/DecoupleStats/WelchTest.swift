/// Welch's two-sample t test of equal means without assuming equal variances, as
/// scipy.stats `ttest_ind(a, b, equal_var=False)`: t = (ā − b̄) / √(s²_a/n_a + s²_b/n_b) with
/// Welch–Satterthwaite degrees of freedom.
///
/// **Edges.** NaNs are dropped first. Fewer than 2 values in either sample, or both variances
/// zero, gives NaN t and p (the difference of means is still reported when both samples are
/// non-empty).
public enum WelchTest {}

/// The result of ``WelchTest``.
public struct WelchResult: Sendable, Equatable {
  public var meanA: Double
  public var meanB: Double
  public var countA: Int
  public var countB: Int
  /// meanA − meanB.
  public var difference: Double
  public var standardError: Double
  public var t: Double
  public var degreesOfFreedom: Double
  /// Two-sided p-value.
  public var pValue: Double
}

extension WelchTest {
  /// Tests whether `a` and `b` have the same mean.
  public static func test(_ a: [Double], _ b: [Double]) -> WelchResult {
    let x = a.filter { !$0.isNaN }
    let y = b.filter { !$0.isNaN }
    func moments(_ v: [Double]) -> (Double, Double) {
      guard !v.isEmpty else { return (.nan, .nan) }
      let m = v.reduce(0, +) / Double(v.count)
      guard v.count >= 2 else { return (m, .nan) }
      return (m, v.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(v.count - 1))
    }
    let (ma, va) = moments(x)
    let (mb, vb) = moments(y)
    let na = Double(x.count)
    let nb = Double(y.count)
    let ea = va / na
    let eb = vb / nb
    let se = (ea + eb).squareRoot()
    let df = (ea + eb) * (ea + eb) / (ea * ea / (na - 1) + eb * eb / (nb - 1))
    let ok = x.count >= 2 && y.count >= 2 && se > 0
    let t = ok ? (ma - mb) / se : .nan
    let p = ok ? 2 * Distributions.studentTSurvival(abs(t), df) : .nan
    return WelchResult(
      meanA: ma, meanB: mb, countA: x.count, countB: y.count, difference: ma - mb,
      standardError: se, t: t, degreesOfFreedom: ok ? df : .nan, pValue: p)
  }
}
