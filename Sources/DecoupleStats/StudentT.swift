import Foundation

extension Distributions {
  /// P(T > t) for Student's t with `df` degrees of freedom (df > 0, may be fractional, as in
  /// Welch's test), from the regularized incomplete beta function:
  /// P(|T| > t) = I_{df / (df + t²)}(df / 2, 1 / 2). Reference: scipy.stats `t.sf`. NaN for NaN
  /// input or df ≤ 0.
  public static func studentTSurvival(_ t: Double, _ df: Double) -> Double {
    guard !t.isNaN, df > 0 else { return .nan }
    if t.isInfinite { return t > 0 ? 0 : 1 }
    let tail = 0.5 * regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5)
    return t >= 0 ? tail : 1 - tail
  }

  /// The t with P(T ≤ t) = p, by bisection on ``studentTSurvival(_:_:)`` to full double
  /// precision (about 1e-13 relative). Reference: scipy.stats `t.ppf`. ∓∞ at 0 and 1, NaN
  /// outside [0, 1] or for df ≤ 0.
  public static func studentTQuantile(_ p: Double, _ df: Double) -> Double {
    guard p >= 0, p <= 1, df > 0 else { return .nan }
    if p == 0 { return -.infinity }
    if p == 1 { return .infinity }
    if p == 0.5 { return 0 }
    let upper = p > 0.5
    let q = upper ? 1 - p : p  // lower-tail probability of −|t|
    var lo = 0.0
    var hi = 1.0
    while studentTSurvival(hi, df) > q { hi *= 2 }
    for _ in 0..<200 {
      let mid = (lo + hi) / 2
      if studentTSurvival(mid, df) > q { lo = mid } else { hi = mid }
      if hi - lo <= 1e-15 * hi { break }
    }
    let t = (lo + hi) / 2
    return upper ? t : -t
  }
}
