import DecoupleData

/// The charts Decouple draws, by the name `decouple chart KIND` takes.
public enum ChartKind: String, Sendable, CaseIterable {
  /// Both prices rebased to 100.
  case performance
  /// Rolling correlation with its 95% confidence band and record low.
  case correlation
  /// Rolling beta of A on B.
  case beta
  /// Performance gap and residual drift.
  case gap
  /// A's returns against B's, with fitted lines for two periods.
  case scatter
  /// Correlation-matrix heatmap of a set of series.
  case matrix
}

/// Choices behind the pair charts.
public struct ChartOptions: Sendable, Equatable {
  /// The day both series are rebased to 100 on (the first day shown on or after it); `nil` for
  /// the first day of the history.
  public var rebase: Day?
  /// The performance chart's y scale; `nil` picks log when the prices span more than 4×.
  public var scale: Scale.Kind?
  /// The periods compared in the scatter chart, earlier first; empty for the history before
  /// the current window and the window itself.
  public var periods: [ClosedRange<Day>] = []
  /// Width and height in pixels.
  public var width: Double = 800
  public var height: Double = 380

  public init(
    rebase: Day? = nil, scale: Scale.Kind? = nil, periods: [ClosedRange<Day>] = [],
    width: Double = 800, height: Double = 380
  ) {
    self.rebase = rebase
    self.scale = scale
    self.periods = periods
    self.width = width
    self.height = height
  }
}
