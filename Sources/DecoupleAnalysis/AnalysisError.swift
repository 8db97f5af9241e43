import DecoupleData

/// Why an analysis cannot be made on the data given.
public enum AnalysisError: Error, Sendable, Equatable {
  /// The window (or `minPeriods`) needs more observations than the pair has.
  case historyTooShort(
    a: String, b: String, needed: Int, available: Int, first: Day?, last: Day?)
  /// Several series share fewer common returns than the window needs; `latest` is the series
  /// that starts last (the usual culprit).
  case commonHistoryTooShort(
    count: Int, needed: Int, available: Int, latest: String, latestStart: Day?)
}

extension AnalysisError: CustomStringConvertible {
  public var description: String {
    switch self {
    case let .historyTooShort(a, b, needed, available, first, last):
      let span = first.flatMap { f in last.map { " from \(f.iso) to \($0.iso)" } } ?? ""
      return "The window needs at least \(needed) returns, but \(a) and \(b) have only "
        + "\(available)\(span). Use a shorter --window (or --min-periods), or a longer range."
    case let .commonHistoryTooShort(count, needed, available, latest, start):
      let since = start.map { " (from \($0.iso))" } ?? ""
      return "The window needs at least \(needed) returns, but the \(count) series have only "
        + "\(available) common ones; the latest to start is \(latest)\(since). Use a shorter "
        + "--window, fewer series, or --pairwise where the command has it."
    }
  }
}
