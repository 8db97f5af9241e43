import DecoupleConnectors
import DecoupleData
import DecoupleStore

/// What removing a stored symbol did.
public struct RemoveOutcome: Sendable, Equatable {
  /// The symbol, upper case.
  public var symbol: String
  /// Each stored series removed: `SOURCE INTERVAL` and its row count.
  public var removed: [(origin: String, rows: Int)]
  /// The embedded series that the symbol names again now, described in a few words; `nil`
  /// when no embedded series has the name.
  public var embedded: String?
  /// The store's path.
  public var store: String

  public static func == (a: Self, b: Self) -> Bool {
    a.symbol == b.symbol && a.removed.map(\.origin) == b.removed.map(\.origin)
      && a.removed.map(\.rows) == b.removed.map(\.rows) && a.embedded == b.embedded
      && a.store == b.store
  }
}

extension Workspace {
  /// Removes every stored series named `symbol` (all sources and intervals) in one transaction;
  /// an embedded series of the same name is what the symbol names afterwards.
  /// - Throws: ``WorkspaceError/notStored(symbol:stored:)`` when the store (or no store) holds
  ///   no series of that name; `StoreError`.
  public func remove(_ symbol: String) throws -> RemoveOutcome {
    let stored = try existingStore()
    let removed = try stored?.remove(symbol) ?? []
    guard let store = stored, !removed.isEmpty else {
      throw WorkspaceError.notStored(
        symbol: symbol.uppercased(), stored: try stored?.symbols() ?? [])
    }
    return RemoveOutcome(
      symbol: symbol.uppercased(),
      removed: removed.map { ("\($0.series.source) \($0.series.frequency.rawValue)", $0.rows) },
      embedded: Self.embeddedDescription(symbol), store: store.path)
  }

  /// What the embedded dataset holds under `symbol`: its catalog description, or the universe
  /// it is a member of; `nil` when it holds nothing by that name.
  public static func embeddedDescription(_ symbol: String) -> String? {
    if let e = Dataset.entry(symbol) { return e.description }
    let wanted = symbol.uppercased()
    for u in Dataset.universes {
      if (try? Dataset.memberSymbols(of: u))?.contains(wanted) == true {
        return "a member of the \(u.name) universe"
      }
    }
    return nil
  }

  /// A note for a write under `symbol` that the store did not hold before: the embedded series
  /// of that name, which the stored one now hides wherever the symbol is named; `nil` when
  /// there is none or the store already held the symbol.
  func shadowNote(_ symbol: String, storeHeldIt: Bool) -> String? {
    guard !storeHeldIt, let what = Self.embeddedDescription(symbol) else { return nil }
    let s = symbol.uppercased()
    return "\(s) is also an embedded series (\(what)); the stored \(s) now takes its place "
      + "wherever \(s) is named, until it is removed from the store."
  }
}
