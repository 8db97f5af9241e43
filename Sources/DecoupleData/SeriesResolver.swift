import Foundation

/// Turns what a user typed into a daily series, the same way for every command.
public enum SeriesResolver {
  /// Whether `spec` names a file rather than a symbol: it contains `/`, or ends in `.csv`
  /// (case-insensitive), optionally followed by `:COLUMN`.
  public static func isPath(_ spec: String) -> Bool {
    spec.contains("/") || split(spec).path.lowercased().hasSuffix(".csv")
  }

  /// The series `spec` names.
  ///
  /// - A path (`data/eth.csv`, `~/x.csv:Close`) is imported with `options`; a `:COLUMN` suffix
  ///   picks the value column (it overrides `options.valueColumn`); otherwise the file's primary
  ///   column is used. The series is named by `options.name`, or else by the file's stem
  ///   (`data/eth.csv` → `eth`, `data/eth.csv:Open` → `eth:Open`: prose never shows a path),
  ///   and its source file is the path as given.
  /// - Anything else is a symbol, case-insensitive: from `store` first (when given and it holds
  ///   the symbol), then the embedded dataset, optionally `SYMBOL:COLUMN`.
  /// - Throws: `ImportError` for files (`.ambiguousColumn` when the file has several value
  ///   columns and none was picked), `DataError.unknownSymbol` listing the known symbols.
  public static func resolve(
    _ spec: String, options: ImportOptions = .init(), store: (any SeriesProvider)? = nil
  ) throws -> DailySeries {
    guard isPath(spec) else {
      guard let store else { return try Dataset.load(spec, options: options) }
      if let stored = try store.dailySeries(spec) { return stored }
      do {
        return try Dataset.load(spec, options: options)
      } catch DataError.unknownSymbol(let symbol, let known) {
        let all = known + (try store.symbols()).filter { !known.contains($0) }
        throw DataError.unknownSymbol(symbol: symbol, known: all)
      }
    }
    let (path, column) = split(spec)
    var opts = options
    if let column { opts.valueColumn = column }
    let expanded = NSString(string: path).expandingTildeInPath
    let file = try Importer.read(contentsOf: URL(fileURLWithPath: expanded), options: opts)
    var series = try file.series(column: opts.valueColumn)
    series.name = options.name ?? stem(path) + (column.map { ":" + $0 } ?? "")
    series.source.file = path
    return series
  }

  /// The file name of `path` without its folders and its last extension (`~/x/eth.csv` →
  /// `eth`); the whole name when that would leave nothing (`.csv`).
  public static func stem(_ path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }

  /// Splits `path.csv:COLUMN` into the path and the column; other text is all path.
  static func split(_ spec: String) -> (path: String, column: String?) {
    guard let colon = spec.lastIndex(of: ":") else { return (spec, nil) }
    let head = String(spec[..<colon])
    let tail = String(spec[spec.index(after: colon)...])
    guard head.lowercased().hasSuffix(".csv"), !tail.isEmpty, !tail.contains("/") else {
      return (spec, nil)
    }
    return (head, tail)
  }
}
