/// The spans, in observations, that the follow-up sections of a ``DecouplingReport`` use. Each
/// defaults to a value derived from the rolling window, but they mean different things, so each
/// is named and passed on its own.
public struct ReportSpans: Sendable, Equatable {
  /// How far back from a day its gap-closure reference close lies: the close at the start of
  /// the window that ends on that day.
  public var gapReference: Int
  /// Windows ending within this many observations of the as-of day share data with the current
  /// window; the previous record is sought only before them, so the two are independent.
  public var recordExclusion: Int
  /// Observations at the end that the cointegration reference period leaves out (the current
  /// window, whose deviation is then ranked against it).
  public var longRunHoldout: Int
  /// The fewest observations in a segment between two change points.
  public var minChangePointSegment: Int
  /// A change point within this many observations of the as-of day is recent (a sense that
  /// holds).
  public var recentChangePoint: Int
  /// The closes (plus one) over which each asset's regime is read.
  public var regime: Int

  /// The spans for a rolling `window`: each span is the window, except the change-point
  /// segment, at least 10 observations and a third of the window.
  public init(window: Int) {
    gapReference = window
    recordExclusion = window
    longRunHoldout = window
    minChangePointSegment = max(10, window / 3)
    recentChangePoint = window
    regime = window
  }
}
