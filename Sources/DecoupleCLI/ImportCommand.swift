import ArgumentParser
import DecoupleData
import DecoupleStore
import Foundation

/// `decouple import FILE --as SYMBOL`: put a CSV file's series into the local store.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import", abstract: "Import a CSV file into the local store under a symbol.",
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
    let path = NSString(string: file).expandingTildeInPath
    let imported = try Importer.read(
      contentsOf: URL(fileURLWithPath: path), options: input.importOptions)
    let series = try imported.series(column: input.valueColumn)
    let observations = zip(series.days, series.values).map {
      Observation(time: $0.startTime, value: $1)
    }
    let guessed: DatasetKind =
      switch imported.format {
      case .fred, .fredWide: .rate
      case .farside: .flow
      case .etherscan, .etherscanNetwork: .onChain
      default: .price
      }
    let record = SeriesRecord(
      symbol: symbol, source: "import", instrument: "\(file):\(series.source.column)",
      kind: kind ?? guessed, frequency: .day, unit: "", timeZone: "UTC",
      calendar: series.calendar)
    let store = try input.storeOptions.location.open()
    let pauseAt = ProcessInfo.processInfo.environment["DECOUPLE_TEST_PAUSE_IMPORT_AT_ROW"]
      .flatMap(Int.init)
    let summary = try store.write(
      WriteBatch(series: record, observations: observations, request: "import \(path)")
    ) { done, total in
      Progress.bar(done, of: total, "importing \(done) of \(total) rows")
      if let pauseAt, done >= pauseAt, done < total {
        // Test hook: stop inside the open transaction so a test can kill the process here.
        FileHandle.standardError.write(Data("paused inside the transaction\n".utf8))
        sleep(600)
      }
    }
    Progress.done()
    print(
      "\(summary.symbol): imported \(summary.rows) rows from \(file) (\(imported.format.rawValue)); "
        + "\(summary.inserted) new, \(summary.revised) revised, \(summary.unchanged) unchanged.")
    for note in series.notes { print("- \(note)") }
    print("Store: \(store.path)")
  }
}

extension DatasetKind: ExpressibleByArgument {}
