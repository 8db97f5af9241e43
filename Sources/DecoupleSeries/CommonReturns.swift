import DecoupleData

/// The returns of several series observed on the days where all of them have a close: the
/// many-series form of ``AlignedPair`` + ``PairReturns`` (same conventions: inner join by day,
/// weekly = last common close of each ISO week, returns between consecutive observed days).
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
    precondition(series.count >= 1, "at least one series")
    var common = Set(series[0].days)
    for s in series.dropFirst() { common.formIntersection(s.days) }
    var days = common.sorted()
    if frequency == .weekly {
      days = days.indices.filter { i in
        i + 1 == days.count || days[i + 1].isoWeek != days[i].isoWeek
      }.map { days[$0] }
    }
    guard days.count >= 2 else {
      throw SeriesError.tooFewCommonDays(
        a: series[0].name, b: series.count > 1 ? series[1].name : series[0].name,
        count: days.count)
    }
    let wanted = Set(days)
    var closes: [[Double]] = []
    for s in series {
      var c: [Double] = []
      c.reserveCapacity(days.count)
      for (d, v) in zip(s.days, s.values) where wanted.contains(d) {
        guard v > 0 else { throw SeriesError.nonPositivePrice(series: s.name, day: d, value: v) }
        c.append(v)
      }
      closes.append(c)
    }
    names = series.map(\.name)
    baseDay = days[0]
    self.days = Array(days.dropFirst())
    returns = closes.map { Returns.compute($0, kind: kind) }
  }

  /// Number of returns.
  public var count: Int { days.count }
}
