/// Errors from the embedded dataset and symbol resolution.
///
/// `description` states the fact only (the symbol, the known ones); what to do about it is the
/// caller's to say (the CLI adds advice naming its options).
public enum DataError: Error, Sendable, Equatable {
  /// No embedded series is called `symbol`; `known` lists the symbols that are (possibly empty).
  case unknownSymbol(symbol: String, known: [String])
  /// The embedded data folder is missing from the bundle (a packaging bug).
  case datasetMissing
}

extension DataError: CustomStringConvertible {
  /// One sentence: what is wrong, and the values involved.
  public var description: String {
    switch self {
    case let .unknownSymbol(symbol, known):
      "Unknown symbol '\(symbol)'; known symbols: \(known.joined(separator: ", "))."
    case .datasetMissing:
      "The embedded dataset is missing from the bundle."
    }
  }
}
