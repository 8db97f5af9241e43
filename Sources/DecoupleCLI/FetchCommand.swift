import ArgumentParser
import DecoupleConnectors
import DecoupleData
import DecoupleRender
import DecoupleStore
import Foundation

extension Interval: ExpressibleByArgument {}

/// `decouple fetch SYMBOL`: download a series from a live source into the local store.
struct FetchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fetch", abstract: "Download a series from a live source into the local store.",
    discussion: """
      Sources: coinbase, binance, kraken, yahoo, fred, coinmetrics, coingecko (see `decouple \
      sources`). Without --source: yahoo for US indices and ETFs (RUT, SPY…), fred for FRED ids \
      (DGS2…), coinmetrics for ASSET.METRIC (ETH.SplyCur), coinbase otherwise. \
      Without --from: what is missing after the stored data (plus a small overlap), or from \
      2015-01-01 (daily) / 60 days ago (hourly) for a new series. Nothing is written when the \
      fetch fails. Keys come from environment variables only.
      """)

  @Argument(help: "The symbol: ETH, BTC, RUT, SPY, DGS2, ETH.SplyCur…")
  var symbol: String

  @Option(help: "The source (see `decouple sources`).")
  var source: String?

  @Option(name: .customLong("from"), help: "First day to fetch (YYYY-MM-DD).")
  var from: Day?

  @Option(help: "1d (daily) or 1h (hourly).")
  var interval: Interval = .day

  @Option(help: "Output: text or json.")
  var format: OutputFormat = .text

  @OptionGroup var storeOptions: StoreOptions

  func validate() throws {
    if format == .csv { throw ValidationError("fetch writes text or json, not csv.") }
  }

  func run() async throws {
    let env = ProcessInfo.processInfo.environment
    let connector = try Connectors.named(
      source ?? Connectors.defaultSource(for: symbol), environment: env)
    guard connector.info.intervals.contains(interval) else {
      throw FetchError.unsupportedInterval(source: connector.info.id, interval: interval.rawValue)
    }
    let store = try storeOptions.location.open()
    let now = Refresh.now(environment: env)
    var start: Int64
    if let from {
      start = from.startTime
    } else if let stored = try store.series(
      Connectors.storedSymbol(symbol, source: connector.info.id), source: connector.info.id,
      frequency: interval),
      let last = try store.lastTime(stored)
    {
      guard
        let s = Refresh.incrementalStart(
          last: last, interval: interval, now: now)
      else {
        try UpdateReport(store: store.path, outcomes: [], upToDate: [stored.symbol])
          .print(format)
        return
      }
      start = s
    } else {
      start = interval == .day ? Day(iso: "2015-01-01")!.startTime : now - 60 * 86_400
    }
    let request = FetchRequest(symbol: symbol, interval: interval, from: start, to: now)
    let outcome = try await Refresh.fetch(
      request, with: connector, into: store, http: Refresh.httpClient(environment: env))
    Progress.done()
    try UpdateReport(store: store.path, outcomes: [outcome], upToDate: []).print(format)
  }
}

extension Connectors {
  /// The symbol a fetch of `symbol` from `source` is stored under.
  static func storedSymbol(_ symbol: String, source: String) -> String {
    guard source == "coinmetrics" else { return symbol.uppercased() }
    let (asset, metric) = CoinMetrics.split(symbol)
    return metric == "PriceUSD"
      ? asset.uppercased() : "\(asset.uppercased()).\(metric.uppercased())"
  }
}
