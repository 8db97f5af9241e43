import DecoupleData

/// Why a pair cannot be turned into returns.
///
/// `description` states the facts (the series, the day, the value, the count); what to do about
/// it is the caller's to say (the CLI adds advice naming its options).
public enum SeriesError: Error, Sendable, Equatable {
  /// A close of zero or below, where a return is undefined.
  case nonPositivePrice(series: String, day: Day, value: Double)
  /// Fewer than two days on which both series have a close (`count` may be 0).
  case tooFewCommonDays(a: String, b: String, count: Int)
}

extension SeriesError: CustomStringConvertible {
  /// One sentence: what is wrong, where, and the numbers involved.
  public var description: String {
    switch self {
    case let .nonPositivePrice(series, day, value):
      "\(series) has a non-positive close \(value) on \(day.iso); returns are undefined there."
    case let .tooFewCommonDays(a, b, count):
      "\(a) and \(b) have \(count) common day\(count == 1 ? "" : "s") in the chosen range; "
        + "at least two are needed."
    }
  }
}
