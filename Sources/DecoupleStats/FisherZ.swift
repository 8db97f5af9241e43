import Foundation

/// Fisher's z-transformation of a correlation coefficient, z = atanh(r), whose sampling
/// distribution is close to normal with standard error 1/√(n − 3) (Fisher 1921).
public enum FisherZ {
  /// The confidence interval of a correlation `r` estimated from `n` pairs:
  /// tanh(atanh(r) ± q / √(n − 3)), q the normal quantile for `level`.
  ///
  /// ```swift
  /// let (lo, hi) = FisherZ.interval(r: 0.39, n: 90)   // ≈ (0.20, 0.55)
  /// ```
  /// - Returns: `nil` when `n < 4`, `r` is NaN or |r| > 1; r = ±1 gives the degenerate interval
  ///   (r, r).
  public static func interval(r: Double, n: Int, level: Double = 0.95) -> (
    lower: Double, upper: Double
  )? {
    guard n >= 4, !r.isNaN, abs(r) <= 1 else { return nil }
    if abs(r) == 1 { return (r, r) }
    let z = atanh(r)
    let h = Normal.quantile(0.5 + level / 2) / Double(n - 3).squareRoot()
    return (tanh(z - h), tanh(z + h))
  }

  /// The two-sided test of H₀: ρ₁ = ρ₂ for correlations from two independent samples:
  /// z = (atanh r₁ − atanh r₂) / √(1/(n₁ − 3) + 1/(n₂ − 3)).
  /// - Returns: the statistic and its two-sided normal p-value; `nil` when either sample has
  ///   fewer than 4 pairs or a correlation is NaN or ±1.
  public static func difference(r1: Double, n1: Int, r2: Double, n2: Int) -> (
    z: Double, pValue: Double
  )? {
    guard n1 >= 4, n2 >= 4, abs(r1) < 1, abs(r2) < 1 else { return nil }
    let z = (atanh(r1) - atanh(r2)) / (1 / Double(n1 - 3) + 1 / Double(n2 - 3)).squareRoot()
    return (z, 2 * Normal.cdf(-abs(z)))
  }
}

/// The standard normal distribution.
public enum Normal {
  /// Φ(x), from `erfc` (accurate in both tails).
  public static func cdf(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }

  /// Φ⁻¹(p) for p in (0, 1): Acklam's rational approximation refined by one Halley step, which
  /// brings it to full double precision. NaN outside (0, 1).
  public static func quantile(_ p: Double) -> Double {
    guard p > 0, p < 1 else { return p == 0 ? -.infinity : (p == 1 ? .infinity : .nan) }
    // The upper half by symmetry: Φ(x) − p near 1 would cancel in the refinement step.
    if p > 0.5 { return -quantile(1 - p) }
    let a = [
      -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
      1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00,
    ]
    let b = [
      -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
      6.680131188771972e+01, -1.328068155288572e+01,
    ]
    let c = [
      -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
      -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00,
    ]
    let d = [
      7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
      3.754408661907416e+00,
    ]
    let low = 0.02425
    var x: Double
    if p < low {
      let q = (-2 * log(p)).squareRoot()
      x =
        (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
        / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    } else if p <= 1 - low {
      let q = p - 0.5
      let r = q * q
      x =
        (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
        / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    } else {
      let q = (-2 * log(1 - p)).squareRoot()
      x =
        -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
        / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    }
    // One Halley step on Φ(x) − p.
    let e = cdf(x) - p
    let u = e * (2 * Double.pi).squareRoot() * exp(x * x / 2)
    x -= u / (1 + x * u / 2)
    return x
  }
}
