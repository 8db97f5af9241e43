/// Errors from the embedded dataset and symbol resolution.
///
/// `description` states the fact only (the symbol, the close matches); what to do about it is
/// the caller's to say (the CLI adds advice naming its options).
public enum DataError: Error, Sendable, Equatable {
  /// No series is called `symbol`; `known` lists the symbols that are (possibly empty).
  case unknownSymbol(symbol: String, known: [String])
  /// The embedded data folder is missing from the bundle (a packaging bug).
  case datasetMissing
}

extension DataError: CustomStringConvertible {
  /// One sentence: the symbol, and the known symbols closest to it (at most three), or how
  /// many are known when none is close. A list of ten or fewer is given whole.
  public var description: String {
    switch self {
    case let .unknownSymbol(symbol, known):
      if known.count <= 10 {
        "Unknown symbol '\(symbol)'; known symbols: \(known.joined(separator: ", "))."
      } else if case let close = Self.closest(to: symbol, among: known), !close.isEmpty {
        "Unknown symbol '\(symbol)'; did you mean \(close.joined(separator: ", ")) (of \(known.count) known symbols)?"
      } else {
        "Unknown symbol '\(symbol)'; none of the \(known.count) known symbols is close to it."
      }
    case .datasetMissing:
      "The embedded dataset is missing from the bundle."
    }
  }

  /// The symbols of `known` closest to `symbol`, case-insensitively, best first, at most
  /// three: those within an edit distance of a third of its length (at least 1), then those
  /// that begin with it or that it begins with (`ETH-USD` → `ETH`).
  public static func closest(to symbol: String, among known: [String]) -> [String] {
    let s = Array(symbol.uppercased())
    let limit = max(1, s.count / 3)
    var scored: [(Int, String)] = []
    for k in known {
      let u = k.uppercased()
      let d = distance(s, Array(u))
      if d <= limit {
        scored.append((d, k))
      } else if s.count >= 2, u.hasPrefix(String(s)) || String(s).hasPrefix(u) {
        scored.append((limit + 1, k))
      }
    }
    var seen: Set<String> = []
    return scored.sorted { $0.0 < $1.0 }.map(\.1).filter { seen.insert($0.uppercased()).inserted }
      .prefix(3).map { $0 }
  }

  /// Levenshtein distance (insertions, deletions, substitutions).
  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
      var row = [i + 1]
      for (j, y) in b.enumerated() {
        row.append(min(previous[j + 1] + 1, row[j] + 1, previous[j] + (x == y ? 0 : 1)))
      }
      previous = row
    }
    return previous[b.count]
  }
}
