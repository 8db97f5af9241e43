/// One timestamped observation: a bar (open, high, low, close, volume) or a single value.
///
/// `value` is the close of a bar, or the value itself (a rate, a flow, an on-chain measure);
/// the other fields are `nil` when the source does not give them.
public struct Observation: Sendable, Equatable, Hashable {
  /// Seconds since 1970-01-01 00:00 UTC: the start of the bar, or the day (00:00 UTC) of a
  /// daily value.
  public var time: Int64
  public var open: Double?
  public var high: Double?
  public var low: Double?
  /// The close of a bar, or the value.
  public var value: Double
  public var volume: Double?

  public init(
    time: Int64, open: Double? = nil, high: Double? = nil, low: Double? = nil, value: Double,
    volume: Double? = nil
  ) {
    self.time = time
    self.open = open
    self.high = high
    self.low = low
    self.value = value
    self.volume = volume
  }

  /// The UTC day the observation belongs to.
  public var day: Day { Day(containing: time) }
}

extension Day {
  /// 00:00 UTC of the day, in seconds since 1970.
  public var startTime: Int64 { Int64(daysSince1970) * 86_400 }
}
