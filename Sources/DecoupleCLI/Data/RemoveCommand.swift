import ArgumentParser
import DecoupleWorkspace

/// `decouple remove SYMBOL`: delete a fetched or imported series from the local store.
struct RemoveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove", abstract: "Remove a fetched or imported series from the local store.",
    discussion: """
      Removes every stored series of that symbol (all sources and intervals) with its history \
      of revisions, in one transaction. An embedded series of the same name (see `decouple \
      list`) is what the symbol names again afterwards. Embedded series cannot be removed.
      """)

  @Argument(help: "The stored symbol.")
  var symbol: String

  @OptionGroup var storeOptions: StoreOptions

  func run() throws {
    let outcome = try storeOptions.workspace.remove(symbol)
    let what = outcome.removed.map { "\($0.origin), \($0.rows) rows" }.joined(separator: "; ")
    print("Removed \(outcome.symbol) from the store (\(what)).")
    if let embedded = outcome.embedded {
      print("\(outcome.symbol) now names the embedded series: \(embedded).")
    }
    print("Store: \(outcome.store)")
  }
}
