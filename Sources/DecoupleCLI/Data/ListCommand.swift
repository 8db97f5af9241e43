import ArgumentParser
import DecoupleRender
import DecoupleWorkspace

/// `decouple list`: every symbol of the local store and of the embedded dataset, with where
/// each comes from, its range and row count. A stored symbol shadows an embedded one.
struct ListCommand: ResultCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the symbols of the local store and of the embedded dataset.")

  @Flag(help: "Also list the members of the embedded universes (AAPL, NVDA… of ndx).")
  var members = false

  @Option(help: .format)
  var format: OutputFormat = .text

  @OptionGroup var storeOptions: StoreOptions

  func result() throws -> SymbolList {
    SymbolList(try storeOptions.workspace.listing(members: members))
  }
}
