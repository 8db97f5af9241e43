import ArgumentParser
import DecoupleData
import DecoupleRender
import DecoupleWorkspace
import Foundation

/// `decouple import FILE --as SYMBOL`: put a CSV file's series into the local store.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import", abstract: "Import a CSV file into the local store under a symbol.",
    usage: "decouple import [<options>] <file> --as <symbol>",
    discussion: """
      Reads any format the importers read (Yahoo, IBKR, FRED, CoinGecko, Farside, Etherscan, \
      generic date/value). The whole file is written in one transaction: an import that fails \
      or is interrupted leaves the store as it was. Importing again under the same symbol \
      records changed values as revisions.
      """)

  @Argument(help: "The CSV file.")
  var file: String

  @Option(name: .customLong("as"), help: "The symbol to store it under.")
  var symbol: String

  @Option(help: "Kind: price, rate, flow or on-chain (default: from the file's format).")
  var kind: DatasetKind?

  @OptionGroup var input: InputOptions

  func validate() throws {
    if symbol.isEmpty || symbol.contains("/") || symbol.lowercased().hasSuffix(".csv") {
      throw ValidationError("--as needs a symbol (no '/' and no '.csv' ending), got '\(symbol)'.")
    }
  }

  func run() throws {
    // Test hook: stop inside the open transaction at this row, so a test can kill the process.
    let pauseAt = ProcessInfo.processInfo.environment["DECOUPLE_TEST_PAUSE_IMPORT_AT_ROW"]
      .flatMap(Int.init)
    let outcome = try input.workspace.importFile(file, as: symbol, kind: kind) { done, total in
      Progress.bar(done, of: total, "importing \(done) of \(total) rows")
      if let pauseAt, done >= pauseAt, done < total {
        FileHandle.standardError.write(Data("paused inside the transaction\n".utf8))
        sleep(600)
      }
    }
    Progress.done()
    let summary = outcome.summary
    print(
      "\(summary.symbol): imported \(summary.rows) rows from \(file) (\(outcome.format.rawValue)); "
        + "\(summary.inserted) new, \(summary.revised) revised, \(summary.unchanged) unchanged.")
    for note in outcome.notes { print("- \(note)") }
    print("Store: \(outcome.store)")
  }
}

extension DatasetKind: ExpressibleByArgument {}
