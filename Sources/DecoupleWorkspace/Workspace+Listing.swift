import DecoupleConnectors
import DecoupleData
import DecoupleStore

/// One symbol a user can name: where it comes from, its span and what it is.
public struct SymbolListing: Sendable, Equatable {
  public var symbol: String
  /// price, rate, flow or on-chain.
  public var kind: String
  /// `embedded`, `embedded (ndx universe)`, or `store:SOURCE INTERVAL`.
  public var origin: String
  /// The embedded file, or the stored series' instrument.
  public var file: String
  /// The embedded column, or the stored series' unit.
  public var column: String
  /// First and last observation (days, or hours for hourly series).
  public var first: String
  public var last: String
  public var rows: Int
  /// One line on what it is: the catalog's description (embedded); the instrument, source,
  /// unit, the embedded series it hides and the licence (stored).
  public var description: String
}

extension Workspace {
  /// Every symbol: the store's first (they shadow embedded ones of the same name), then the
  /// embedded catalog in listing order; with `members`, also each embedded universe's members.
  /// - Throws: `StoreError` when the store exists but cannot be read; `ImportError` when an
  ///   embedded file cannot be read.
  public func listing(members: Bool = false) throws -> [SymbolListing] {
    var out: [SymbolListing] = []
    for s in try existingStore()?.listing() ?? [] {
      let r = s.series
      out.append(
        SymbolListing(
          symbol: r.symbol, kind: r.kind.rawValue,
          origin: "store:\(r.source) \(r.frequency.rawValue)", file: r.instrument, column: r.unit,
          first: s.first.map(ObservationCheck.label) ?? "",
          last: s.last.map(ObservationCheck.label) ?? "", rows: s.rows,
          description: Self.storedDescription(r)))
    }
    let entries = Dictionary(uniqueKeysWithValues: Dataset.catalog.map { ($0.symbol, $0) })
    for e in try Dataset.listing() {
      let entry = entries[e.symbol]
      out.append(
        SymbolListing(
          symbol: e.symbol, kind: entry?.kind.rawValue ?? "", origin: "embedded", file: e.file,
          column: entry?.column ?? "", first: e.first.iso, last: e.last.iso, rows: e.rows,
          description: entry?.description ?? ""))
    }
    guard members else { return out }
    for u in Dataset.universes where u.wideFile != nil {
      for symbol in try Dataset.memberSymbols(of: u) {
        let s = try Dataset.load(symbol, options: importOptions)
        guard let first = s.firstDay, let last = s.lastDay else { continue }
        out.append(
          SymbolListing(
            symbol: symbol, kind: DatasetKind.price.rawValue,
            origin: "embedded (\(u.name) universe)", file: u.wideFile!, column: symbol,
            first: first.iso, last: last.iso, rows: s.count,
            description: "Member of the \(u.name) universe"))
      }
    }
    return out
  }
}

extension Workspace {
  /// `hides the embedded ETH; ETH-USD from coinbase in USD; licence: …` (the first part only
  /// when an embedded series has the symbol).
  static func storedDescription(_ r: SeriesRecord) -> String {
    let origin =
      r.source == "import" ? "imported from \(r.instrument)" : "\(r.instrument) from \(r.source)"
    var parts = [origin + (r.unit.isEmpty ? "" : " in \(r.unit)")]
    if embeddedDescription(r.symbol) != nil {
      parts.insert("hides the embedded \(r.symbol)", at: 0)
    }
    if !r.licence.isEmpty { parts.append("licence: \(r.licence)") }
    return parts.joined(separator: "; ")
  }
}
