import DecoupleData

/// Why a pair cannot be turned into returns.
public enum SeriesError: Error, Sendable, Equatable {
  /// A close of zero or below, where a return is undefined.
  case nonPositivePrice(series: String, day: Day, value: Double)
  /// Fewer than two days on which both series have a close.
  case tooFewCommonDays(a: String, b: String, count: Int)
}

extension SeriesError: CustomStringConvertible {
  public var description: String {
    switch self {
    case let .nonPositivePrice(series, day, value):
      "\(series) has a non-positive close \(value) on \(day.iso); returns are undefined there. "
        + "Use --from to start after it."
    case let .tooFewCommonDays(a, b, count):
      "\(a) and \(b) have \(count) common day\(count == 1 ? "" : "s") in the chosen range; "
        + "at least two are needed. Check the date range (--from/--to) and the two calendars."
    }
  }
}
