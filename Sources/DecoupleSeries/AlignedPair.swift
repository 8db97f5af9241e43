import DecoupleData

/// Two price series observed on the same days: the days on which both have a close.
///
/// Crypto trades every day and equities on exchange days, so the pair lives on the intersection
/// of the two calendars. Returns computed from an aligned pair run between consecutive common
/// days: a crypto weekend folds into the next session's return.
public struct AlignedPair: Sendable, Equatable {
  /// The name of the first series (A).
  public var nameA: String
  /// The name of the second series (B).
  public var nameB: String
  /// Common days, strictly increasing.
  public var days: [Day]
  /// A's closes on `days`.
  public var closesA: [Double]
  /// B's closes on `days`.
  public var closesB: [Double]

  public init(nameA: String, nameB: String, days: [Day], closesA: [Double], closesB: [Double]) {
    precondition(days.count == closesA.count && days.count == closesB.count)
    self.nameA = nameA
    self.nameB = nameB
    self.days = days
    self.closesA = closesA
    self.closesB = closesB
  }

  /// Aligns `a` and `b` on the days where both have a value (an inner join by day).
  /// - Complexity: O(a.count + b.count); both inputs are sorted by day.
  public init(_ a: DailySeries, _ b: DailySeries) {
    var days: [Day] = []
    var va: [Double] = []
    var vb: [Double] = []
    days.reserveCapacity(min(a.count, b.count))
    va.reserveCapacity(min(a.count, b.count))
    vb.reserveCapacity(min(a.count, b.count))
    var i = 0
    var j = 0
    while i < a.count && j < b.count {
      let da = a.days[i]
      let db = b.days[j]
      if da < db {
        i += 1
      } else if db < da {
        j += 1
      } else {
        days.append(da)
        va.append(a.values[i])
        vb.append(b.values[j])
        i += 1
        j += 1
      }
    }
    self.init(nameA: a.name, nameB: b.name, days: days, closesA: va, closesB: vb)
  }

  /// Number of common days.
  public var count: Int { days.count }

  /// The pair sampled at `frequency`: daily keeps every common day; weekly keeps the last
  /// common day of each ISO week (Monday–Sunday), labelled by that day.
  public func sampled(_ frequency: Frequency) -> AlignedPair {
    switch frequency {
    case .daily:
      return self
    case .weekly:
      var keep: [Int] = []
      for i in days.indices {
        let isLastOfWeek = i + 1 == days.count || days[i + 1].isoWeek != days[i].isoWeek
        if isLastOfWeek { keep.append(i) }
      }
      return AlignedPair(
        nameA: nameA, nameB: nameB, days: keep.map { days[$0] },
        closesA: keep.map { closesA[$0] }, closesB: keep.map { closesB[$0] })
    }
  }
}
