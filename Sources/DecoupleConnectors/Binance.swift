import DecoupleData
import Foundation

/// Binance spot klines: `GET /api/v3/klines?symbol=ETHUSDT&interval=1d&startTime=&endTime=&limit=`.
///
/// Each kline is `[openTime ms, "open", "high", "low", "close", "volume", closeTime ms, …]`,
/// oldest first, at most 1,000 a request; the next page starts one interval after the last
/// open time. Binance answers HTTP 451 to requests from the United States.
public struct Binance: Connector {
  public var baseURL: URL
  public init(baseURL: URL = URL(string: "https://api.binance.com")!) { self.baseURL = baseURL }

  public static let pageSize = 1_000

  public var info: ConnectorInfo {
    ConnectorInfo(
      id: "binance", name: "Binance spot", serves: "crypto prices in USDT (UTC klines)",
      symbols: ["ETH", "BTC"], intervals: [.day, .hour],
      limits: "1,000 klines a request (paged); HTTP 451 from US addresses; no key",
      keyVariable: nil, licence: nil, baseURLVariable: "DECOUPLE_BINANCE_URL")
  }

  /// `ETH` → `ETHUSDT`; a longer symbol is used as given.
  public static func pair(_ symbol: String) -> String {
    let s = symbol.uppercased().replacingOccurrences(of: "-", with: "")
    return s.count <= 5 ? s + "USDT" : s
  }

  /// The quote currency of a pair: the longest known quote asset it ends with (`ETHBTC` →
  /// `BTC`, `ETHFDUSD` → `FDUSD`); `USDT` when none matches.
  public static func quote(_ pair: String) -> String {
    let quotes = [
      "FDUSD", "USDT", "USDC", "TUSD", "BUSD", "EUR", "TRY", "BRL", "JPY", "GBP", "BTC", "ETH",
      "BNB", "DAI",
    ]
    return quotes.first { pair.count > $0.count && pair.hasSuffix($0) } ?? "USDT"
  }

  public func fetch(_ request: FetchRequest, http: HTTPClient) async throws -> FetchResult {
    let pair = Self.pair(request.symbol)
    let step = request.interval.seconds
    var result = FetchResult(
      symbol: request.symbol, source: info.id, instrument: pair, kind: .price,
      unit: Self.quote(pair),
      timeZone: "UTC", calendar: .continuous)
    var start = request.from - request.from % step
    let pages = max(1, (request.to - start) / (Int64(Self.pageSize) * step) + 1)
    var page: Int64 = 0
    while start < request.to {
      page += 1
      http.progress(min(page, pages), pages, "\(info.id) \(pair)")
      let url = baseURL.appending(
        path: "api/v3/klines",
        query: [
          ("symbol", pair), ("interval", request.interval.rawValue),
          ("startTime", "\(start * 1000)"), ("endTime", "\(request.to * 1000 - 1)"),
          ("limit", "\(Self.pageSize)"),
        ])
      let r = try await http.get(url, source: info.id)
      result.requests.append(r.url)
      if r.status == 451 {
        throw FetchError.regionBlocked(
          source: info.id,
          reason: "Binance refuses requests from the United States (HTTP 451, unavailable for "
            + "legal reasons).")
      }
      let json = try JSONBody.parse(r, source: info.id)
      guard r.status == 200 else {
        let message = (json as? [String: Any])?["msg"] as? String ?? r.text
        if message.lowercased().contains("invalid symbol") {
          throw FetchError.unknownSymbol(source: info.id, symbol: pair, detail: message)
        }
        throw FetchError.httpStatus(source: info.id, url: r.url, status: r.status, detail: message)
      }
      guard let rows = json as? [[Any]] else {
        throw JSONBody.malformed(r, info.id, "expected an array of kline arrays")
      }
      for row in rows {
        let n = row.prefix(6).map(JSONBody.number)
        guard n.count == 6, let t = n[0], let open = n[1], let high = n[2], let low = n[3],
          let close = n[4], let volume = n[5]
        else { throw JSONBody.malformed(r, info.id, "a kline without 6 numeric fields") }
        result.observations.append(
          Observation(
            time: Int64(t) / 1000, open: open, high: high, low: low, value: close, volume: volume))
      }
      guard rows.count == Self.pageSize, let last = result.observations.last else { break }
      start = last.time + step
    }
    try ObservationCheck.finish(&result, request: request, now: request.now)
    return result
  }
}
