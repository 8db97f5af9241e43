import Foundation

/// Inference on Pearson correlations through Fisher's z = atanh(r), approximately normal with
/// standard error 1/√(n − 3) for bivariate-normal data (Fisher 1921). References: scipy
/// `pearsonr(x, y).confidence_interval()` for the interval; the textbook two-sample z test
/// (Cohen et al. 2003, §2.8) for a difference.
///
/// Returns are not normal and not independent, so the nominal level is approximate; the
/// stationary bootstrap (``StationaryBootstrap``) is the check that does not assume either.
public enum FisherZ {}

/// A test of whether two correlations from independent samples differ.
public struct CorrelationDifference: Sendable, Equatable {
  /// (atanh r₁ − atanh r₂) / √(1/(n₁ − 3) + 1/(n₂ − 3)).
  public var z: Double
  /// Two-sided p-value, 2 · P(Z > |z|).
  public var pValue: Double
}

extension FisherZ {
  /// The confidence interval for a correlation `r` estimated from `count` pairs:
  /// tanh(atanh r ± q / √(count − 3)), q the normal quantile of (1 + confidence) / 2.
  /// - Returns: NaN bounds when `r` is NaN or `count < 4`; (r, r) when |r| = 1.
  public static func interval(
    r: Double, count: Int, confidence: Double = 0.95
  ) -> (lower: Double, upper: Double) {
    precondition(confidence > 0 && confidence < 1, "confidence must be in (0, 1)")
    guard !r.isNaN, count >= 4 else { return (.nan, .nan) }
    let z = atanh(r)
    let half = Distributions.normalQuantile((1 + confidence) / 2) / Double(count - 3).squareRoot()
    return (tanh(z - half), tanh(z + half))
  }

  /// ``interval(r:count:confidence:)`` for every value of a rolling correlation, whose window
  /// `i` held `count[i]` pairs: the band drawn around a rolling correlation. For rank
  /// correlations pass `kind` (see ``rankInterval(r:count:confidence:kind:)``).
  public static func intervals(
    _ r: [Double], count: [Int], confidence: Double = 0.95, kind: RankKind? = nil
  ) -> (lower: [Double], upper: [Double]) {
    precondition(r.count == count.count, "series must have the same length")
    var lower = [Double](repeating: .nan, count: r.count)
    var upper = lower
    for i in r.indices {
      (lower[i], upper[i]) =
        kind.map { rankInterval(r: r[i], count: count[i], confidence: confidence, kind: $0) }
        ?? interval(r: r[i], count: count[i], confidence: confidence)
    }
    return (lower, upper)
  }

  /// Which rank correlation an interval is for.
  public enum RankKind: String, Sendable, CaseIterable {
    case spearman, kendall
  }

  /// The confidence interval of a rank correlation through Fisher's z with the variances of
  /// Fieller, Hartley & Pearson (1957): 1.06 / (n − 3) for Spearman's ρ, 0.437 / (n − 4) for
  /// Kendall's τ. Approximate (derived for bivariate normal data, |ρ| not near 1).
  /// - Returns: NaN bounds when `r` is NaN or `count` is below 4 (Spearman) or 5 (Kendall);
  ///   (r, r) when |r| = 1.
  public static func rankInterval(
    r: Double, count: Int, confidence: Double = 0.95, kind: RankKind
  ) -> (lower: Double, upper: Double) {
    precondition(confidence > 0 && confidence < 1, "confidence must be in (0, 1)")
    let variance: Double
    switch kind {
    case .spearman:
      guard count >= 4 else { return (.nan, .nan) }
      variance = 1.06 / Double(count - 3)
    case .kendall:
      guard count >= 5 else { return (.nan, .nan) }
      variance = 0.437 / Double(count - 4)
    }
    guard !r.isNaN else { return (.nan, .nan) }
    let z = atanh(r)
    let half = Distributions.normalQuantile((1 + confidence) / 2) * variance.squareRoot()
    return (tanh(z - half), tanh(z + half))
  }

  /// Tests H₀: ρ₁ = ρ₂ for correlations from two independent samples (two periods).
  /// - Returns: NaN z and p when either r is NaN or either count is below 4; an infinite z
  ///   (p = 0) when exactly one |r| is 1.
  public static func compare(r1: Double, count1: Int, r2: Double, count2: Int)
    -> CorrelationDifference
  {
    guard !r1.isNaN, !r2.isNaN, count1 >= 4, count2 >= 4 else {
      return CorrelationDifference(z: .nan, pValue: .nan)
    }
    let se = (1 / Double(count1 - 3) + 1 / Double(count2 - 3)).squareRoot()
    let z = (atanh(r1) - atanh(r2)) / se
    return CorrelationDifference(z: z, pValue: 2 * Distributions.normalCDF(-abs(z)))
  }
}
