/// A named group of embedded series to scan or correlate together (`--universe ndx|crypto`).
public struct DatasetUniverse: Sendable, Equatable {
  /// Lower-case name (`ndx`, `crypto`).
  public var name: String
  /// One line on what it holds.
  public var description: String
  /// Embedded symbols, for a universe made of catalog entries.
  public var symbols: [String]
  /// An embedded wide file whose every value column is a member (named by its column).
  public var wideFile: String?
}

extension Dataset {
  /// The embedded universes.
  public static let universes: [DatasetUniverse] = [
    DatasetUniverse(
      name: "ndx",
      description: "About 100 Nasdaq-100 members, daily closes 2024-08-22 … 2026-08-21 "
        + "(heliar-k/market-base); late listings are empty before they start",
      symbols: [], wideFile: "NDX-constituents.closes.wide.csv"),
    DatasetUniverse(
      name: "crypto",
      description: "Six large crypto assets, CoinGecko 00:00 UTC snapshots (close of the day "
        + "before)",
      symbols: ["BTC-CG", "ETH-CG", "ADA-CG", "BNB-CG", "LTC-CG", "XRP-CG"], wideFile: nil),
  ]

  /// The universe named `name` (case-insensitive), or `nil`.
  public static func universe(_ name: String) -> DatasetUniverse? {
    universes.first { $0.name == name.lowercased() }
  }

  /// The member symbols of `universe`, in file or listing order (upper case).
  /// - Throws: `ImportError` when an embedded file cannot be read.
  public static func memberSymbols(of universe: DatasetUniverse) throws -> [String] {
    if let wide = universe.wideFile { return try file(wide).columns.map { $0.uppercased() } }
    return universe.symbols
  }
}
