import DecoupleData

/// A past or current stretch during which one measure of the pair stayed extreme against its
/// own history: one decoupling episode in one sense.
public struct Episode: Sendable, Equatable {
  /// Which extreme: a low (correlation, beta; A behind for gap and drift) or a high (A ahead).
  public enum Side: String, Sendable, Codable {
    case low, high
  }

  /// How the episode ended.
  public enum Ending: String, Sendable, Codable {
    /// A moved towards B: A made up at least two thirds of the closing move.
    case aMoved
    /// B moved towards A: B made up at least two thirds of it.
    case bMoved
    /// Both moved, neither by two thirds.
    case both
    /// The measure normalised because the window moved past the divergence, while the levels
    /// closed less than half of the gap: nothing converged.
    case rolledOff
    /// Correlation or beta came back from its extreme.
    case recovered
    /// Still extreme on the as-of day.
    case open
  }

  public var measure: DecouplingMeasure
  public var side: Side
  /// The first day the measure was extreme.
  public var start: Day
  /// The last day it was extreme.
  public var lastDay: Day
  /// The day it was back within bounds; `nil` while open.
  public var end: Day?
  /// Observations from `start` to `lastDay`.
  public var duration: Int
  /// The most extreme value, and its day.
  public var extreme: DatedValue
  /// Its percentile within the history up to its day.
  public var extremePercentile: Double
  public var ending: Ending
  /// Log moves of A's and B's closes from the extreme day to the end (or the as-of day while
  /// open): what closed the gap, if anything.
  public var moveA: Double
  public var moveB: Double

  public var isOpen: Bool { end == nil }

  /// Calendar days from start to end (or to the last day while open).
  public var calendarDays: Int { (end ?? lastDay).daysSince1970 - start.daysSince1970 }
}

/// The thresholds that open and close an episode, as percentiles of the measure's own history
/// up to each day (no look-ahead).
public struct EpisodeRules: Sendable, Equatable, Hashable {
  /// An episode starts when the percentile is at or below `enter` (or, for gap and residual
  /// drift, at or above 1 − `enter`). Default 0.10.
  public var enter: Double
  /// It ends when the percentile is back above `exit` (below 1 − `exit`). Default 0.25: a
  /// band between the two keeps one wobble around the threshold from counting as many
  /// episodes.
  public var exit: Double
  /// Fewest defined values of the measure before its ranks count; `nil` means the window.
  public var minimumHistory: Int?

  public init(enter: Double = 0.10, exit: Double = 0.25, minimumHistory: Int? = nil) {
    precondition(
      enter > 0 && enter < 0.5 && exit >= enter && exit < 0.5, "need 0 < enter ≤ exit < 0.5")
    self.enter = enter
    self.exit = exit
    self.minimumHistory = minimumHistory
  }
}
