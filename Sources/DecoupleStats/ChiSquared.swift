import Foundation

/// The χ² distribution function, through the regularized lower incomplete gamma function
/// P(a, x) (series for x < a + 1, Lentz continued fraction otherwise; Numerical Recipes §6.2),
/// accurate to about 1e-14 relative.
public enum ChiSquared {}

extension ChiSquared {
  /// P(X ≤ x) for X ~ χ²(ν); 0 for x ≤ 0, NaN for ν ≤ 0 or a NaN input.
  public static func cdf(_ x: Double, degreesOfFreedom nu: Double) -> Double {
    guard !x.isNaN, nu > 0 else { return .nan }
    if x <= 0 { return 0 }
    if x == .infinity { return 1 }
    return regularizedGammaP(nu / 2, x / 2)
  }

  static func regularizedGammaP(_ a: Double, _ x: Double) -> Double {
    let logPrefix = a * log(x) - x - lgamma(a)
    if x < a + 1 {
      var sum = 1 / a
      var term = sum
      var ap = a
      for _ in 0..<10_000 {
        ap += 1
        term *= x / ap
        sum += term
        if abs(term) < abs(sum) * 1e-16 { break }
      }
      return min(1, sum * exp(logPrefix))
    }
    let tiny = 1e-300
    var b = x + 1 - a
    var c = 1 / tiny
    var d = 1 / b
    var h = d
    for i in 1..<10_000 {
      let an = -Double(i) * (Double(i) - a)
      b += 2
      d = an * d + b
      if abs(d) < tiny { d = tiny }
      c = b + an / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      h *= delta
      if abs(delta - 1) < 1e-16 { break }
    }
    return max(0, 1 - exp(logPrefix) * h)
  }
}
