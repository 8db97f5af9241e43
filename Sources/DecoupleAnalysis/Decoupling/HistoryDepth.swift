/// How much history a percentile rests on, counted in windows that share no observation.
///
/// A rolling measure has one value a day, but neighbouring values share all but one
/// observation: 163 values of a 90-observation window hold fewer than two independent
/// windows. The percentile of today's value means little until the history holds
/// ``minimumWindows`` of them.
public struct HistoryDepth: Sendable, Equatable {
  /// The fewest non-overlapping windows of history before a value is called unusual: 10.
  ///
  /// Justified by simulation (`tools/simulation/evidence.py`, output beside it): for pairs of
  /// independent random returns, a 90-observation correlation lands in the bottom decile of its
  /// own history 21% of the time with 2 windows of history, 16% with 4 and 12% with 10 (nominal
  /// 10%); the gap lands in an extreme decile 43%, 31% and 23% of the time (nominal 20%). From
  /// 10 windows the false-alarm rate stays within about 1.2 times the nominal one, and the
  /// extreme decile holds at least one whole independent window.
  public static let minimumWindows = 10

  /// Observations (returns) in the history.
  public var observations: Int
  /// The rolling window, in observations.
  public var window: Int

  /// Windows of `window` observations that fit in the history without overlapping
  /// (observations ÷ window, rounded down; 0 when the window is not positive).
  public var independentWindows: Int { window > 0 ? observations / window : 0 }

  /// Whether the history is long enough to call a value unusual.
  public var isEnough: Bool { independentWindows >= Self.minimumWindows }

  public init(observations: Int, window: Int) {
    self.observations = observations
    self.window = window
  }

  /// Exactly enough history for a 90-observation window: what callers that rank against a
  /// long history assume.
  public static let ample = HistoryDepth(observations: minimumWindows * 90, window: 90)
}
