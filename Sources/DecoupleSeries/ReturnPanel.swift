import DecoupleData
import Foundation

/// What the values of an input series are.
public enum ValueKind: String, Sendable, CaseIterable, Codable {
  /// Closes: returns are computed between consecutive common days.
  case prices
  /// Returns as fractions (0.01 = 1%), used as given.
  case returns
}

/// Several series observed on their common days, as returns in percent (×100): the input of
/// the econometric estimators (GARCH, DCC, change points), which expect values of order one.
///
/// The series are inner-joined on days (``AlignedPair``'s rule for N series), clipped to
/// `from…to`, and sampled weekly on the last common day of each ISO week when asked. Prices
/// give returns between consecutive common days (the first day has no return); returns are
/// taken as given on the common days (weekly sampling then keeps that day's return, it does not
/// compound the week).
public struct ReturnPanel: Sendable, Equatable {
  public var names: [String]
  public var kind: ReturnKind
  public var frequency: Frequency
  public var input: ValueKind
  /// The day each return ends on.
  public var days: [Day]
  /// One array of percent returns per series, aligned with `days`.
  public var returns: [[Double]]

  /// Number of returns.
  public var count: Int { days.count }

  /// - Throws: ``PanelError`` when fewer than two common observations remain or a price is
  ///   not positive.
  public init(
    _ series: [DailySeries], input: ValueKind = .prices, kind: ReturnKind = .log,
    frequency: Frequency = .daily, from: Day? = nil, to: Day? = nil
  ) throws(PanelError) {
    precondition(!series.isEmpty, "a panel needs at least one series")
    names = series.map(\.name)
    self.kind = kind
    self.frequency = frequency
    self.input = input
    let clipped = series.map { $0.clipped(from: from, to: to) }
    var common = Set(clipped[0].days)
    for s in clipped.dropFirst() { common.formIntersection(s.days) }
    var days = common.sorted()
    if frequency == .weekly {
      days = days.indices.compactMap { i in
        i + 1 == days.count || days[i + 1].isoWeek != days[i].isoWeek ? days[i] : nil
      }
    }
    let values = clipped.map { s -> [Double] in
      let index = Dictionary(uniqueKeysWithValues: zip(s.days, s.values))
      return days.map { index[$0]! }
    }
    switch input {
    case .returns:
      guard days.count >= 2 else { throw .tooFewCommonDays(names: names, count: days.count) }
      self.days = days
      returns = values.map { $0.map { 100 * $0 } }
    case .prices:
      guard days.count >= 3 else { throw .tooFewCommonDays(names: names, count: days.count - 1) }
      for (name, v) in zip(names, values) {
        if let i = v.firstIndex(where: { !($0 > 0) }) {
          throw .nonPositivePrice(series: name, day: days[i], value: v[i])
        }
      }
      self.days = Array(days.dropFirst())
      returns = values.map { Returns.compute($0, kind: kind).map { 100 * $0 } }
    }
  }
}

/// Why series cannot be turned into a return panel.
public enum PanelError: Error, Sendable, Equatable {
  case tooFewCommonDays(names: [String], count: Int)
  case nonPositivePrice(series: String, day: Day, value: Double)
}

extension PanelError: CustomStringConvertible {
  public var description: String {
    switch self {
    case let .tooFewCommonDays(names, count):
      "\(names.joined(separator: ", ")) have \(count) common return\(count == 1 ? "" : "s") in "
        + "the chosen range; at least two are needed. Check --from/--to and the calendars."
    case let .nonPositivePrice(series, day, value):
      "\(series) has a non-positive close \(value) on \(day.iso); returns are undefined there. "
        + "Use --from to start after it, or --input returns if the file holds returns."
    }
  }
}
