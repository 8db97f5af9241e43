import DecoupleData

/// The returns of several series observed on the days where all of them have a close: the
/// many-series form of ``AlignedPair`` + ``PairReturns``, through the same ``CommonCloses``
/// (inner join by day, weekly = last common close of each ISO week, returns between
/// consecutive observed days).
public struct CommonReturns: Sendable, Equatable {
  /// Series names, in input order.
  public var names: [String]
  /// The day each return ends on.
  public var days: [Day]
  /// The first observed day (the close the first return starts from).
  public var baseDay: Day
  /// `returns[s][t]`: series `s`'s return ending on `days[t]`.
  public var returns: [[Double]]

  /// Aligns `series` on their common days, samples at `frequency`, takes returns.
  /// - Throws: ``SeriesError/tooFewCommonDays`` (naming the first two series) when fewer than
  ///   two common days remain; ``SeriesError/nonPositivePrice`` for a close ≤ 0.
  public init(_ series: [DailySeries], kind: ReturnKind, frequency: Frequency) throws {
    let c = CommonCloses(series).sampled(frequency)
    returns = try c.returns(kind: kind)
    names = c.names
    baseDay = c.days[0]
    days = Array(c.days.dropFirst())
  }

  /// Number of returns.
  public var count: Int { days.count }
}
