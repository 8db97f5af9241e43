import DecoupleData

/// Why an analysis cannot be made on the data given.
///
/// `description` states the facts (the series, the counts, the days); what to do about it is the
/// caller's to say (the CLI adds advice naming its options).
public enum AnalysisError: Error, Sendable, Equatable {
  /// The window (or `minPeriods`) needs more observations than the pair has; `first`/`last` are
  /// the pair's first and last common days when it has any.
  case historyTooShort(
    a: String, b: String, needed: Int, available: Int, first: Day?, last: Day?)
  /// Several series share fewer common returns than the window needs; `latest` is the series
  /// that starts last (the usual culprit).
  case commonHistoryTooShort(
    count: Int, needed: Int, available: Int, latest: String, latestStart: Day?)
  /// The window is shorter than the statistic needs (``DecouplingAnalysis/minimumWindow``).
  case windowTooShort(window: Int, minimum: Int)
}

extension AnalysisError: CustomStringConvertible {
  /// One sentence: how many observations are needed, how many there are, and over which days.
  public var description: String {
    switch self {
    case let .historyTooShort(a, b, needed, available, first, last):
      let span = first.flatMap { f in last.map { " from \(f.iso) to \($0.iso)" } } ?? ""
      return "The window needs at least \(needed) returns, but \(a) and \(b) have only "
        + "\(available)\(span)."
    case let .commonHistoryTooShort(count, needed, available, latest, start):
      let since = start.map { " (from \($0.iso))" } ?? ""
      return "The window needs at least \(needed) returns, but the \(count) series have only "
        + "\(available) common ones; the latest to start is \(latest)\(since)."
    case let .windowTooShort(window, minimum):
      return "A window of \(window) observation\(window == 1 ? "" : "s") is too short for a "
        + "correlation or a beta to be told from noise; the decoupling measures need at least "
        + "\(minimum)."
    }
  }
}
