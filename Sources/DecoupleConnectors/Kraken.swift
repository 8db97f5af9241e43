import DecoupleData
import Foundation

/// Kraken public OHLC: `GET /0/public/OHLC?pair=ETHUSD&interval=1440&since=`.
///
/// The answer is `{"error": [], "result": {"XETHZUSD": [[time, "open", "high", "low", "close",
/// "vwap", "volume", count], …], "last": time}}`. Kraken serves only the most recent 720
/// intervals whatever `since` says, and its last entry is the interval still in progress.
/// Errors come as HTTP 200 with a non-empty `error` list (`EQuery:Unknown asset pair`).
public struct Kraken: Connector {
  public var baseURL: URL
  public init(baseURL: URL = URL(string: "https://api.kraken.com")!) { self.baseURL = baseURL }

  public static let maxEntries: Int64 = 720

  public var info: ConnectorInfo {
    ConnectorInfo(
      id: "kraken", name: "Kraken", serves: "crypto prices in US$ (UTC candles)",
      symbols: ["ETH", "BTC"], intervals: [.day, .hour],
      limits: "only the most recent 720 candles (about 2 years daily, 30 days hourly); no key",
      keyVariable: nil, licence: nil, baseURLVariable: "DECOUPLE_KRAKEN_URL")
  }

  /// `ETH` → `ETHUSD`, `BTC` → `XBTUSD` (Kraken calls bitcoin XBT); a longer symbol as given.
  public static func pair(_ symbol: String) -> String {
    let s = symbol.uppercased().replacingOccurrences(of: "-", with: "")
    guard s.count <= 4 else { return s }
    return (s == "BTC" ? "XBT" : s) + "USD"
  }

  /// The quote currency of a pair as asked for (`ETHEUR` → `EUR`; Kraken's `XBT` is `BTC`);
  /// `USD` when no known quote matches.
  public static func quote(_ pair: String) -> String {
    let quotes = ["USDT", "USDC", "USD", "EUR", "GBP", "CAD", "JPY", "CHF", "AUD", "XBT", "ETH"]
    let q = quotes.first { pair.count > $0.count && pair.hasSuffix($0) } ?? "USD"
    return q == "XBT" ? "BTC" : q
  }

  public func fetch(_ request: FetchRequest, http: HTTPClient) async throws -> FetchResult {
    let query = Self.pair(request.symbol)
    let step = request.interval.seconds
    var result = FetchResult(
      symbol: request.symbol, source: info.id, instrument: query, kind: .price,
      unit: Self.quote(query),
      timeZone: "UTC", calendar: .continuous)
    let url = baseURL.appending(
      path: "0/public/OHLC",
      query: [("pair", query), ("interval", "\(step / 60)"), ("since", "\(request.from - 1)")])
    let r = try await http.get(url, source: info.id)
    result.requests.append(r.url)
    let json = try JSONBody.parse(r, source: info.id)
    guard let object = json as? [String: Any] else {
      throw JSONBody.malformed(r, info.id, "expected an object with 'error' and 'result'")
    }
    if let errors = object["error"] as? [String], !errors.isEmpty {
      let message = errors.joined(separator: "; ")
      if message.contains("Unknown asset pair") {
        throw FetchError.unknownSymbol(source: info.id, symbol: query, detail: message)
      }
      throw FetchError.refused(source: info.id, reason: "Kraken answered: \(message).")
    }
    guard r.status == 200 else {
      throw FetchError.httpStatus(source: info.id, url: r.url, status: r.status, detail: r.text)
    }
    guard let body = object["result"] as? [String: Any],
      let key = body.keys.first(where: { $0 != "last" }), let rows = body[key] as? [[Any]]
    else { throw JSONBody.malformed(r, info.id, "no candle list under 'result'") }
    result.instrument = key
    for row in rows {
      let n = row.prefix(7).map(JSONBody.number)
      guard n.count == 7, let t = n[0], let open = n[1], let high = n[2], let low = n[3],
        let close = n[4], let volume = n[6]
      else { throw JSONBody.malformed(r, info.id, "a candle without 7 numeric fields") }
      result.observations.append(
        Observation(time: Int64(t), open: open, high: high, low: low, value: close, volume: volume))
    }
    let now = request.now
    let oldest = now - now % step - (Self.maxEntries - 1) * step
    var effective = request
    if request.from < oldest {
      effective.from = max(request.from, result.observations.map(\.time).min() ?? oldest)
      result.notes.append(
        "Kraken serves only its most recent 720 candles; data before "
          + "\(ObservationCheck.label(effective.from)) is not available from it.")
    }
    try ObservationCheck.finish(&result, request: effective, now: now)
    return result
  }
}
