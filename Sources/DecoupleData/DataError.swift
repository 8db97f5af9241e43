/// Errors from the embedded dataset and symbol resolution.
public enum DataError: Error, Sendable, Equatable {
  /// No embedded series is called `symbol`; `known` lists the symbols that are.
  case unknownSymbol(symbol: String, known: [String])
  /// The embedded data folder is missing from the bundle (a packaging bug).
  case datasetMissing
}

extension DataError: CustomStringConvertible {
  public var description: String {
    switch self {
    case let .unknownSymbol(symbol, known):
      "Unknown symbol '\(symbol)'; known symbols: \(known.joined(separator: ", ")) "
        + "(or give a path to a CSV file)."
    case .datasetMissing:
      "The embedded dataset is missing from the bundle; reinstall decouple."
    }
  }
}
