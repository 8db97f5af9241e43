import DecoupleData

/// Several series observed on the days where all of them have a close: the one aligner behind
/// ``AlignedPair``, ``PairReturns``, ``CommonReturns`` and ``ReturnPanel``.
///
/// Conventions, the same for every caller: an inner join by day (crypto trades every day and
/// equities on exchange days, so a mixed set lives on the intersection of the calendars);
/// ``Frequency/weekly`` keeps the last common close of each ISO week (Monday–Sunday), labelled
/// by that day (``Frequency/sampledIndices(_:)``); returns run between consecutive kept days,
/// so a crypto weekend folds into the next session's return and the first kept day has none.
public struct CommonCloses: Sendable, Equatable {
  /// Series names, in input order.
  public var names: [String]
  /// Common days, strictly increasing.
  public var days: [Day]
  /// `closes[s][t]`: series `s`'s close on `days[t]`.
  public var closes: [[Double]]

  public init(names: [String], days: [Day], closes: [[Double]]) {
    precondition(names.count == closes.count, "one name per series")
    precondition(closes.allSatisfy { $0.count == days.count }, "one close per day")
    self.names = names
    self.days = days
    self.closes = closes
  }

  /// Aligns `series` on the days where every one of them has a value.
  /// - Complexity: O(Σ counts); the inputs are sorted by day.
  public init(_ series: [DailySeries]) {
    precondition(!series.isEmpty, "at least one series")
    let k = series.count
    var days: [Day] = []
    var closes = [[Double]](repeating: [], count: k)
    var next = [Int](repeating: 0, count: k)
    merge: while true {
      // The latest head is the only candidate: every other series must reach it.
      var target = Day(daysSince1970: .min)
      for s in 0..<k {
        guard next[s] < series[s].count else { break merge }
        target = max(target, series[s].days[next[s]])
      }
      var everyone = true
      for s in 0..<k {
        while next[s] < series[s].count && series[s].days[next[s]] < target { next[s] += 1 }
        guard next[s] < series[s].count else { break merge }
        if series[s].days[next[s]] != target { everyone = false }
      }
      guard everyone else { continue }
      days.append(target)
      for s in 0..<k {
        closes[s].append(series[s].values[next[s]])
        next[s] += 1
      }
    }
    self.init(names: series.map(\.name), days: days, closes: closes)
  }

  /// Number of common days.
  public var count: Int { days.count }

  /// The closes sampled at `frequency` (``Frequency/sampledIndices(_:)``).
  public func sampled(_ frequency: Frequency) -> CommonCloses {
    guard frequency != .daily else { return self }
    let keep = frequency.sampledIndices(days)
    return CommonCloses(
      names: names, days: keep.map { days[$0] }, closes: closes.map { c in keep.map { c[$0] } })
  }

  /// The returns between consecutive days, one array per series (`count − 1` each; the return
  /// ending on `days[t + 1]` is at `t`).
  /// - Throws: ``SeriesError/tooFewCommonDays`` (naming the first two series) when fewer than
  ///   two days remain; then ``SeriesError/nonPositivePrice`` for the first close ≤ 0 (or NaN)
  ///   of the first series that has one: log and simple returns are both undefined there.
  public func returns(kind: ReturnKind) throws(SeriesError) -> [[Double]] {
    guard count >= 2 else {
      throw .tooFewCommonDays(a: names[0], b: names.count > 1 ? names[1] : names[0], count: count)
    }
    for (name, c) in zip(names, closes) {
      if let i = c.firstIndex(where: { !($0 > 0) }) {
        throw .nonPositivePrice(series: name, day: days[i], value: c[i])
      }
    }
    return closes.map { Returns.compute($0, kind: kind) }
  }
}

extension Frequency {
  /// The one sampling rule: the indices of `days` (strictly increasing) that are kept. Daily
  /// keeps every day; weekly keeps the last day of each ISO week present (a week with one day
  /// keeps it; the last day is always kept, even mid-week).
  public func sampledIndices(_ days: [Day]) -> [Int] {
    switch self {
    case .daily:
      return Array(days.indices)
    case .weekly:
      return days.indices.filter { i in
        i + 1 == days.count || days[i + 1].isoWeek != days[i].isoWeek
      }
    }
  }
}
