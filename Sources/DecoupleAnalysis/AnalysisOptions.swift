import DecoupleData
import DecoupleSeries

/// The choices behind a decoupling analysis. Defaults follow CONVENTIONS.md.
public struct AnalysisOptions: Sendable, Equatable {
  /// Rolling window in observations (default 90).
  public var window: Int = 90
  /// Fewest observations for a value; `nil` means the window.
  public var minPeriods: Int?
  /// First day of data used (inclusive); `nil` for all history.
  public var from: Day?
  /// Last day of data used, the as-of day (inclusive); `nil` for the last common day. Nothing
  /// after it is seen: percentiles and records are over history up to it.
  public var to: Day?
  /// Log (default) or simple returns.
  public var returns: ReturnKind = .log
  /// Daily (default) or weekly sampling.
  public var frequency: Frequency = .daily
  /// A measure is "extreme" when its percentile is at or below this fraction (or, for two-sided
  /// measures, at or above 1 − it). Default 0.10: the bottom or top decile of its own history.
  public var extremeFraction: Double = 0.10

  public init(
    window: Int = 90, minPeriods: Int? = nil, from: Day? = nil, to: Day? = nil,
    returns: ReturnKind = .log, frequency: Frequency = .daily, extremeFraction: Double = 0.10
  ) {
    self.window = window
    self.minPeriods = minPeriods
    self.from = from
    self.to = to
    self.returns = returns
    self.frequency = frequency
    self.extremeFraction = extremeFraction
  }
}
