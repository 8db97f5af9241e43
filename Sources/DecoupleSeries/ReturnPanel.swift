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
/// The series are clipped to `from…to`, inner-joined on days and sampled (``CommonCloses``:
/// weekly keeps the last common day of each ISO week). Prices give returns between
/// consecutive common days (the first day has no return); returns are
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
    let common = CommonCloses(series.map { $0.clipped(from: from, to: to) }).sampled(frequency)
    let days = common.days
    switch input {
    case .returns:
      guard days.count >= 2 else { throw .tooFewCommonDays(names: names, count: days.count) }
      self.days = days
      returns = common.closes.map { $0.map { 100 * $0 } }
    case .prices:
      guard days.count >= 3 else { throw .tooFewCommonDays(names: names, count: days.count - 1) }
      do {
        returns = try common.returns(kind: kind).map { $0.map { 100 * $0 } }
      } catch {
        guard case let .nonPositivePrice(name, day, value) = error else {
          preconditionFailure("three common days give returns")
        }
        throw .nonPositivePrice(series: name, day: day, value: value)
      }
      self.days = Array(days.dropFirst())
    }
  }
}

/// Why series cannot be turned into a return panel.
///
/// `description` states the facts (the series, the day, the value, the count); what to do about
/// it is the caller's to say (the CLI adds advice naming its options).
public enum PanelError: Error, Sendable, Equatable {
  /// Fewer than two returns on the days all `names` share (`count` may be 0).
  case tooFewCommonDays(names: [String], count: Int)
  /// A close of zero or below in price input, where a return is undefined.
  case nonPositivePrice(series: String, day: Day, value: Double)
}

extension PanelError: CustomStringConvertible {
  /// One sentence: what is wrong, where, and the numbers involved.
  public var description: String {
    switch self {
    case let .tooFewCommonDays(names, count):
      "\(names.joined(separator: ", ")) have \(count) common return\(count == 1 ? "" : "s") in "
        + "the chosen range; at least two are needed."
    case let .nonPositivePrice(series, day, value):
      "\(series) has a non-positive close \(value) on \(day.iso); returns are undefined there."
    }
  }
}
