import DecoupleData
import Foundation

/// The returns of an aligned pair between consecutive observed days (``CommonCloses``'
/// sampling and return rules).
///
/// `days[i]` is the day a return ends on; the return runs from the previous observed day, so
/// the first observed day has no return and does not appear here.
public struct PairReturns: Sendable, Equatable {
  public var nameA: String
  public var nameB: String
  public var kind: ReturnKind
  public var frequency: Frequency
  /// The day each return ends on.
  public var days: [Day]
  /// The day the whole sample starts on (the close the first return starts from).
  public var baseDay: Day
  public var closesA: [Double]
  public var closesB: [Double]
  public var returnsA: [Double]
  public var returnsB: [Double]

  /// Returns of `pair` sampled at `frequency`.
  /// - Throws: ``SeriesError/nonPositivePrice`` when a close is zero or negative (log and
  ///   simple returns are both undefined from such a price); ``SeriesError/tooFewCommonDays``
  ///   when fewer than two observations remain.
  public init(_ pair: AlignedPair, kind: ReturnKind, frequency: Frequency) throws {
    let p = pair.common.sampled(frequency)
    let r = try p.returns(kind: kind)
    nameA = pair.nameA
    nameB = pair.nameB
    self.kind = kind
    self.frequency = frequency
    days = Array(p.days.dropFirst())
    baseDay = p.days[0]
    closesA = Array(p.closes[0].dropFirst())
    closesB = Array(p.closes[1].dropFirst())
    returnsA = r[0]
    returnsB = r[1]
  }

  /// Number of returns.
  public var count: Int { days.count }
}

/// Return computations on a price array.
public enum Returns {
  /// The `prices.count - 1` returns between consecutive prices (empty for fewer than two).
  /// Prices must be positive.
  public static func compute(_ prices: [Double], kind: ReturnKind) -> [Double] {
    guard prices.count >= 2 else { return [] }
    return (1..<prices.count).map { i in
      switch kind {
      case .log: Foundation.log(prices[i] / prices[i - 1])
      case .simple: prices[i] / prices[i - 1] - 1
      }
    }
  }
}
