import Foundation

/// The market data embedded in the package: crypto and equity prices, FRED rates, spot ETF
/// flows and ETH on-chain supply, burn, issuance and staking (see `catalog`).
///
/// Each embedded file is parsed at most once per process and per partial-day choice; the cache
/// is thread-safe.
public enum Dataset {
  /// The entry for `symbol` (case-insensitive), or `nil`.
  public static func entry(_ symbol: String) -> DatasetEntry? {
    let wanted = symbol.uppercased()
    return catalog.first { $0.symbol == wanted }
  }

  /// The series of an embedded symbol. `SYMBOL:COLUMN` reads another column of the symbol's
  /// file, for example `ETH-ETF-FLOWS:ETHA` (one fund) or `ETH:Open`. A member of an embedded
  /// universe (`AAPL`, a column of the Nasdaq-100 file) is a symbol too. Matching is
  /// case-insensitive. Only `includePartialLastDay` of `options` applies.
  ///
  /// The series is named by the symbol as given (upper-cased); its ``DailySeries/asset`` is the
  /// catalog entry's asset (`ETH` for `ETH-CG`), or the member's symbol.
  /// - Throws: `DataError.unknownSymbol` listing the known symbols; `ImportError.missingColumn`
  ///   for an unknown column.
  public static func load(_ symbol: String, options: ImportOptions = .init()) throws
    -> DailySeries
  {
    var entry = entry(symbol)
    var column = entry?.column
    if entry == nil, let colon = symbol.lastIndex(of: ":") {
      entry = Dataset.entry(String(symbol[..<colon]))
      column = String(symbol[symbol.index(after: colon)...])
    }
    guard let entry, let column else {
      if let member = try universeMember(symbol, options: options) { return member }
      let symbols = catalog.map(\.symbol)
      let members = universes.flatMap { (try? memberSymbols(of: $0)) ?? [] }
      throw DataError.unknownSymbol(
        symbol: symbol, known: symbols + members.filter { !symbols.contains($0) })
    }
    var series = try file(entry.file, options: options).series(column: column)
    series.name = column == entry.column ? entry.symbol : entry.symbol + ":" + series.name
    series.asset = column == entry.column ? entry.asset : nil
    return series
  }

  /// The member `symbol` of an embedded universe's wide file, or `nil` when no universe has it.
  static func universeMember(_ symbol: String, options: ImportOptions) throws -> DailySeries? {
    let wanted = symbol.uppercased()
    for u in universes {
      guard let wide = u.wideFile else { continue }
      let f = try file(wide, options: options)
      guard let column = f.columns.first(where: { $0.uppercased() == wanted }) else { continue }
      var series = try f.series(column: column)
      series.name = wanted
      series.asset = wanted
      return series
    }
    return nil
  }

  /// The first day, last day and row count of every symbol in `catalog`, in catalog order.
  public static func listing() throws -> [DatasetListing] {
    try catalog.map { e in
      let s = try load(e.symbol)
      return DatasetListing(
        symbol: e.symbol, file: e.file, first: s.firstDay!, last: s.lastDay!, rows: s.count)
    }
  }

  /// The whole imported embedded file `name` (all its columns), parsed once and cached.
  /// - Throws: `ImportError.fileNotFound` when no embedded file has that name.
  public static func file(_ name: String, options: ImportOptions = .init()) throws
    -> ImportedFile
  {
    let partial = options.includePartialLastDay
    return try cache.value(for: name + (partial ? "|partial" : "")) {
      guard let folder = Bundle.module.url(forResource: "Dataset", withExtension: nil) else {
        throw DataError.datasetMissing
      }
      let url = folder.appendingPathComponent(name)
      if name.hasSuffix(".json") {
        guard let data = FileManager.default.contents(atPath: url.path) else {
          throw ImportError.fileNotFound(path: url.path)
        }
        return try StakingFile.parse(data, file: name)
      }
      return try Importer.read(
        contentsOf: url, options: ImportOptions(includePartialLastDay: partial))
    }
  }

  static let cache = ParseCache()
}
