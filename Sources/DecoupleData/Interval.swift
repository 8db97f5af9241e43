/// The spacing of fetched or stored observations.
public enum Interval: String, Sendable, Codable, CaseIterable {
  /// One observation a day (a UTC day for 24/7 markets, a trading day for exchanges).
  case day = "1d"
  /// One bar an hour (UTC).
  case hour = "1h"

  /// The length of one interval in seconds.
  public var seconds: Int64 { self == .day ? 86_400 : 3_600 }
}
