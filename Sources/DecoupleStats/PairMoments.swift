/// Centred moments of two paired samples, computed in two passes (means first, then the
/// centred sums): the exact statistics of one window, where the rolling kernels update them.
public struct PairMoments: Sendable, Equatable {
  public var count: Int
  public var meanA: Double
  public var meanB: Double
  /// Σ(a − ā)².
  public var ssA: Double
  /// Σ(b − b̄)².
  public var ssB: Double
  /// Σ(a − ā)(b − b̄).
  public var cross: Double

  /// The moments of the pairs `zip(a, b)`.
  /// - Precondition: equal, non-zero counts.
  public init<C: Collection<Double>>(_ a: C, _ b: C) {
    precondition(a.count == b.count && !a.isEmpty, "need equal, non-empty samples")
    let n = Double(a.count)
    let ma = a.reduce(0, +) / n
    let mb = b.reduce(0, +) / n
    var saa = 0.0
    var sbb = 0.0
    var sab = 0.0
    for (x, y) in zip(a, b) {
      saa += (x - ma) * (x - ma)
      sbb += (y - mb) * (y - mb)
      sab += (x - ma) * (y - mb)
    }
    (count, meanA, meanB, ssA, ssB, cross) = (a.count, ma, mb, saa, sbb, sab)
  }

  /// OLS slope of a on b; NaN when b is constant.
  public var beta: Double { ssB > 0 ? cross / ssB : .nan }

  /// Pearson correlation, clamped to [-1, 1]; NaN when either sample is constant.
  public var correlation: Double {
    ssA > 0 && ssB > 0 ? max(-1, min(1, cross / (ssA * ssB).squareRoot())) : .nan
  }
}
