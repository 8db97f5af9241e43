import ArgumentParser
import DecoupleData
import DecoupleRender
import DecoupleWorkspace
import Foundation

extension Interval: ExpressibleByArgument {}

/// `decouple fetch SYMBOL`: download a series from a live source into the local store.
struct FetchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fetch", abstract: "Download a series from a live source into the local store.",
    usage: "decouple fetch [<options>] (<symbol> | --universe ndx|crypto)",
    discussion: """
      Sources: coinbase, binance, kraken, yahoo, fred, coinmetrics, coingecko (see `decouple \
      sources`). Without --source: yahoo for US indices and ETFs (RUT, SPY…), fred for FRED ids \
      (DGS2…), coinmetrics for ASSET.METRIC (ETH.SplyCur), coinbase otherwise. \
      Without --from: what is missing after the stored data (plus a small overlap), or from \
      2015-01-01 (daily) / 60 days ago (hourly) for a new series. --to (or --as-of) stops at that \
      day. Nothing is written when the \
      fetch fails. Keys come from environment variables only.
      """)

  @Argument(help: "The symbol: ETH, BTC, RUT, SPY, DGS2, ETH.SplyCur…")
  var symbol: String?

  @Option(
    help: """
      Fetch every member of an embedded universe instead of one symbol: ndx (from yahoo) or \
      crypto (from coingecko), four at a time.
      """)
  var universe: String?

  @Option(help: "The source (see `decouple sources`).")
  var source: String?

  @OptionGroup var range: RangeOptions

  @Option(help: "1d (daily) or 1h (hourly).")
  var interval: Interval = .day

  @Option(help: .format)
  var format: OutputFormat = .text

  @OptionGroup var storeOptions: StoreOptions

  func validate() throws {
    if (symbol == nil) == (universe == nil) {
      throw ValidationError("Give a symbol or --universe ndx|crypto (one of them).")
    }
    if let universe, !Workspace.isUniverse(universe) {
      let known = Workspace.universes.map(\.name).joined(separator: ", ")
      throw ValidationError("--universe must be one of \(known), got '\(universe)'.")
    }
  }

  func run() async throws {
    let ws = storeOptions.workspace
    let report =
      if let universe {
        try await ws.fetchUniverse(
          universe, source: source, from: range.from, to: range.end, interval: interval,
          progress: Progress.handler)
      } else {
        try await ws.fetch(
          symbol ?? "", source: source, from: range.from, to: range.end, interval: interval,
          progress: Progress.handler)
      }
    format.print(report)
    if !report.failures.isEmpty { throw ExitCode(1) }
  }
}
