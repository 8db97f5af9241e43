import DecoupleData
import DecoupleStore
import Foundation

/// What one import did.
public struct ImportOutcome: Sendable {
  public var summary: WriteSummary
  /// The file as the user named it.
  public var file: String
  /// The format the file was read as.
  public var format: FileFormat
  /// Quirks handled while reading (rows dropped, the partial last day).
  public var notes: [String]
  /// The store's path.
  public var store: String
}

extension Workspace {
  /// The kind of quantity a file of `format` holds: rates for FRED, flows for Farside,
  /// on-chain amounts for Etherscan, prices otherwise.
  public static func guessedKind(_ format: FileFormat) -> DatasetKind {
    switch format {
    case .fred, .fredWide: .rate
    case .farside: .flow
    case .etherscan, .etherscanNetwork: .onChain
    default: .price
    }
  }

  /// Imports the file at `path` (read with ``importOptions``) into the store under `symbol`,
  /// in one transaction: an import that fails or is interrupted leaves the store as it was.
  /// Importing again under the same symbol records changed values as revisions. A symbol the
  /// store did not hold that names an embedded series gets a note: the stored one hides it.
  /// - Parameters:
  ///   - kind: the kind of quantity; `nil` guesses it from the format (``guessedKind(_:)``).
  ///   - progress: called inside the transaction with (rows written, rows in all).
  /// - Throws: `ImportError` for the file, `StoreError` for the store.
  public func importFile(
    _ path: String, as symbol: String, kind: DatasetKind? = nil,
    progress: ((Int, Int) -> Void)? = nil
  ) throws -> ImportOutcome {
    let expanded = NSString(string: path).expandingTildeInPath
    let imported = try Importer.read(
      contentsOf: URL(fileURLWithPath: expanded), options: importOptions)
    let series = try imported.series(column: importOptions.valueColumn)
    let observations = zip(series.days, series.values).map {
      Observation(time: $0.startTime, value: $1)
    }
    let record = SeriesRecord(
      symbol: symbol, source: "import", instrument: "\(path):\(series.source.column)",
      kind: kind ?? Self.guessedKind(imported.format), frequency: .day, unit: "",
      timeZone: "UTC", calendar: series.calendar)
    let store = try store()
    let held = try store.series(symbol) != nil
    let summary = try store.write(
      WriteBatch(series: record, observations: observations, request: "import \(expanded)"),
      progress: progress)
    return ImportOutcome(
      summary: summary, file: path, format: imported.format,
      notes: series.notes + [shadowNote(symbol, storeHeldIt: held)].compactMap { $0 },
      store: store.path)
  }
}
