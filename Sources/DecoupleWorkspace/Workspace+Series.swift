import DecoupleData
import Foundation

/// Why the workspace could not give what was asked for.
public enum WorkspaceError: Error, Sendable, Equatable {
  /// `name` is neither an embedded universe nor a path to a file.
  case unknownUniverse(name: String, known: [String])
  /// The store holds no series named `symbol`; `stored` lists the symbols it holds.
  case notStored(symbol: String, stored: [String])
}

extension WorkspaceError: CustomStringConvertible {
  public var description: String {
    switch self {
    case let .unknownUniverse(name, known):
      "'\(name)' is neither a universe (\(known.joined(separator: ", "))) nor a CSV file."
    case let .notStored(symbol, stored):
      "The store holds no series named \(symbol)"
        + (stored.isEmpty ? "." : "; it holds \(stored.joined(separator: ", ")).")
    }
  }
}

extension Workspace {
  /// The series `spec` names: a path (`data/eth.csv`, `x.csv:Close`) read with
  /// ``importOptions``; otherwise a symbol, case-insensitive, from the store first, then the
  /// embedded catalog (`ETH`, `DGS2`, `ETH-ETF-FLOWS:ETHA`), then the members of the embedded
  /// universes (`AAPL`). A file's series represents ``fileAsset`` when one was given.
  /// - Throws: `ImportError` for files, `DataError.unknownSymbol` listing the known symbols,
  ///   `StoreError` when the store exists but cannot be read.
  public func series(_ spec: String) throws -> DailySeries {
    var s = try SeriesResolver.resolve(spec, options: importOptions, store: existingStore())
    if SeriesResolver.isPath(spec) { s.asset = fileAsset }
    return s
  }

  /// The series of a pair, A and B, each resolved by ``series(_:)``.
  public func pair(_ a: String, _ b: String) throws -> (DailySeries, DailySeries) {
    (try series(a), try series(b))
  }

  /// Every series `spec` names: one for a symbol; for a file without an obvious value column,
  /// one per value column (a returns matrix gives them all). A series picked as
  /// `path.csv:COLUMN` is named `COLUMN`.
  public func allSeries(_ spec: String) throws -> [DailySeries] {
    try SeriesResolver.resolveAll(spec, options: importOptions, store: existingStore()).map {
      var s = $0
      if SeriesResolver.isPath(spec) {
        s.asset = fileAsset
        if let colon = spec.lastIndex(of: ":"), spec[..<colon].lowercased().hasSuffix(".csv") {
          s.name = String(spec[spec.index(after: colon)...])
        }
      }
      return s
    }
  }

  /// Whether `spec` names a file rather than a symbol: it contains `/`, or ends in `.csv`
  /// (case-insensitive), optionally followed by `:COLUMN`.
  public static func isPath(_ spec: String) -> Bool { SeriesResolver.isPath(spec) }

  /// The embedded universes (`ndx`, `crypto`).
  public static var universes: [DatasetUniverse] { Dataset.universes }

  /// Whether `spec` names an embedded universe.
  public static func isUniverse(_ spec: String) -> Bool { Dataset.universe(spec) != nil }

  /// The members of a universe: an embedded universe's member symbols, each resolved like any
  /// symbol (so a member held in the store is the stored one), or every value column of a wide
  /// CSV file (one column per asset).
  /// - Throws: ``WorkspaceError/unknownUniverse(name:known:)`` for a name that is neither.
  public func universe(_ spec: String) throws -> [DailySeries] {
    if let u = Dataset.universe(spec) {
      return try Dataset.memberSymbols(of: u).map { try series($0) }
    }
    guard SeriesResolver.isPath(spec) else {
      throw WorkspaceError.unknownUniverse(name: spec, known: Dataset.universes.map(\.name))
    }
    let path = NSString(string: spec).expandingTildeInPath
    return try Importer.read(contentsOf: URL(fileURLWithPath: path), options: importOptions)
      .series
  }
}
