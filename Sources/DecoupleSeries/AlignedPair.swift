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

  /// Aligns `a` and `b` on the days where both have a value (``CommonCloses``' inner join).
  /// - Complexity: O(a.count + b.count); both inputs are sorted by day.
  public init(_ a: DailySeries, _ b: DailySeries) {
    self.init(CommonCloses([a, b]))
  }

  init(_ c: CommonCloses) {
    self.init(
      nameA: c.names[0], nameB: c.names[1], days: c.days, closesA: c.closes[0],
      closesB: c.closes[1])
  }

  /// The pair as ``CommonCloses`` of two series.
  public var common: CommonCloses {
    CommonCloses(names: [nameA, nameB], days: days, closes: [closesA, closesB])
  }

  /// Number of common days.
  public var count: Int { days.count }

  /// The pair sampled at `frequency` (``CommonCloses/sampled(_:)``: weekly keeps the last
  /// common day of each ISO week, Monday–Sunday, labelled by that day).
  public func sampled(_ frequency: Frequency) -> AlignedPair {
    frequency == .daily ? self : AlignedPair(common.sampled(frequency))
  }
}
