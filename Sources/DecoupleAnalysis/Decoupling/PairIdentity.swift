import DecoupleStats

/// Whether A and B are, in effect, the same series: then there is nothing to decouple, and
/// every measure moves by rounding noise or tracking error alone.
public enum PairIdentity: Sendable, Equatable {
  /// Two different series.
  case distinct
  /// The same returns on every observed day (within 1e-12).
  case identical
  /// Returns correlated at or above ``nearlyIdenticalCorrelation`` over the whole history:
  /// two quotes of one asset (an index and its ETF, two sources of one coin).
  case nearlyIdentical(correlation: Double)

  /// The correlation of returns over the whole history at or above which two series are the
  /// same asset for this analysis: 0.99. SPY and SPX (0.999) and QQQ and IXIC (0.991) reach
  /// it; ETH and BTC (0.91) do not.
  public static let nearlyIdenticalCorrelation = 0.99

  /// Classifies two equally long return series.
  /// - Returns: ``distinct`` when there are fewer than 3 returns or either is constant.
  public init(_ a: [Double], _ b: [Double]) {
    precondition(a.count == b.count)
    guard a.count >= 3 else {
      self = .distinct
      return
    }
    if zip(a, b).allSatisfy({ abs($0 - $1) <= 1e-12 }) {
      self = .identical
      return
    }
    let r = PairMoments(a[...], b[...]).correlation
    if r.isFinite, r >= Self.nearlyIdenticalCorrelation {
      self = .nearlyIdentical(correlation: r)
    } else {
      self = .distinct
    }
  }

  /// Whether the series are the same, exactly or nearly.
  public var isSameAsset: Bool { self != .distinct }
}
