import DecoupleData

/// Why an analysis cannot be made on the data given.
public enum AnalysisError: Error, Sendable, Equatable {
  /// The window (or `minPeriods`) needs more observations than the pair has.
  case historyTooShort(
    a: String, b: String, needed: Int, available: Int, first: Day?, last: Day?)
}

extension AnalysisError: CustomStringConvertible {
  public var description: String {
    switch self {
    case let .historyTooShort(a, b, needed, available, first, last):
      let span = first.flatMap { f in last.map { " from \(f.iso) to \($0.iso)" } } ?? ""
      return "The window needs at least \(needed) returns, but \(a) and \(b) have only "
        + "\(available)\(span). Use a shorter --window (or --min-periods), or a longer range."
    }
  }
}
