import Foundation

/// Every connector, configured from the environment: base URLs from `DECOUPLE_<SOURCE>_URL`
/// (for tests and mirrors), keys from their own variables (never from the command line).
public enum Connectors {
  public static func all(environment: [String: String]) -> [any Connector] {
    func url(_ name: String, _ fallback: String) -> URL {
      environment[name].flatMap(URL.init(string:)) ?? URL(string: fallback)!
    }
    func key(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
    return [
      Coinbase(baseURL: url("DECOUPLE_COINBASE_URL", "https://api.exchange.coinbase.com")),
      Binance(baseURL: url("DECOUPLE_BINANCE_URL", "https://api.binance.com")),
      Kraken(baseURL: url("DECOUPLE_KRAKEN_URL", "https://api.kraken.com")),
      Yahoo(baseURL: url("DECOUPLE_YAHOO_URL", "https://query1.finance.yahoo.com")),
      FRED(
        baseURL: url("DECOUPLE_FRED_URL", "https://fred.stlouisfed.org"),
        apiURL: url("DECOUPLE_FRED_API_URL", "https://api.stlouisfed.org"),
        apiKey: key(FRED.keyVariable)),
      CoinMetrics(
        baseURL: url("DECOUPLE_COINMETRICS_URL", "https://community-api.coinmetrics.io"),
        pageSize: environment["DECOUPLE_COINMETRICS_PAGE_SIZE"].flatMap(Int.init) ?? 10_000),
      CoinGecko(
        baseURL: url("DECOUPLE_COINGECKO_URL", "https://api.coingecko.com"),
        apiKey: key(CoinGecko.keyVariable)),
    ]
  }

  /// The connector `id` names, or `FetchError.unknownSource`.
  public static func named(_ id: String, environment: [String: String]) throws -> any Connector {
    let all = all(environment: environment)
    guard let c = all.first(where: { $0.info.id == id.lowercased() }) else {
      throw FetchError.unknownSource(source: id, known: all.map(\.info.id))
    }
    return c
  }

  /// The default source for a symbol: Yahoo for US indices and ETFs, FRED for its series ids,
  /// Coin Metrics for `ASSET.METRIC`, Coinbase for anything else (crypto).
  public static func defaultSource(for symbol: String) -> String {
    let s = symbol.uppercased()
    if s.hasPrefix("^") || ["RUT", "IWM", "SPY", "QQQ", "GSPC", "SPX", "IXIC", "DIA"].contains(s) {
      return "yahoo"
    }
    if s.contains(".") { return "coinmetrics" }
    let fred = ["DGS", "DFF", "SOFR", "FEDFUNDS", "DFEDTAR", "OBFR", "IORB", "TGCR", "T10Y", "DTB"]
    if fred.contains(where: s.hasPrefix) { return "fred" }
    return "coinbase"
  }
}
