import DecoupleData
import DecoupleSeries

/// The answer to "is A decoupling from B?" for one window, as of one day.
public struct DecouplingSummary: Sendable {
  /// One observation of the pair: a return day and every measure's value on it.
  public struct Row: Sendable, Equatable {
    public var date: Day
    public var closeA: Double
    public var closeB: Double
    public var returnA: Double
    public var returnB: Double
    /// NaN where undefined.
    public var correlation: Double
    public var gap: Double
    public var residualDrift: Double
    public var beta: Double
    /// Each measure's percentile within its own values up to this day (no look-ahead; NaN
    /// until the measure has `window` values): the measure's history-relative rank as a
    /// series, in ``DecouplingMeasure/allCases`` order.
    public var percentiles: [Double] = []

    /// The percentile of `measure` on this day (NaN where undefined).
    public func percentile(_ measure: DecouplingMeasure) -> Double {
      percentiles.isEmpty ? .nan : percentiles[DecouplingMeasure.allCases.firstIndex(of: measure)!]
    }

    /// The value of `measure` on this row (NaN where undefined).
    public func value(_ measure: DecouplingMeasure) -> Double {
      switch measure {
      case .correlation: correlation
      case .gap: gap
      case .residualDrift: residualDrift
      case .beta: beta
      }
    }
  }

  public var nameA: String
  public var nameB: String
  public var options: AnalysisOptions
  /// The last day of the analysis: nothing after it was seen.
  public var asOf: Day
  /// The close the first return starts from.
  public var historyStart: Day
  /// Number of returns (observations) in the history.
  public var observations: Int
  /// How many non-overlapping windows the history holds: below
  /// ``HistoryDepth/minimumWindows`` no sense is called.
  public var depth: HistoryDepth { verdict.depth }
  /// Whether A and B are the same series (then no sense is called).
  public var identity: PairIdentity { verdict.identity }
  /// The first return day of the window ending on the as-of day (the window's close before
  /// it is the base of its performance gap).
  public var windowStart: Day {
    rows[max(0, rows.count - options.window)].date
  }
  /// Each measure ranked against its own history, in ``DecouplingMeasure/allCases`` order.
  public var measures: [DecouplingMeasure: MeasureSummary]
  public var verdict: Verdict
  /// One row per return day, oldest first.
  public var rows: [Row]
  /// Where A and B came from.
  public var sources: (a: SeriesSource, b: SeriesSource)
  /// Import notes of both series (quirks handled, rows dropped), prefixed by the series name.
  public var notes: [String]

  /// The summary of `measure`.
  public subscript(measure: DecouplingMeasure) -> MeasureSummary { measures[measure]! }
}
