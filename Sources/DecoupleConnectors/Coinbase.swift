import DecoupleData
import Foundation

/// Coinbase Exchange public candles: `GET /products/{ETH-USD}/candles?granularity=&start=&end=`.
///
/// The response is an array of `[time, low, high, open, close, volume]`, newest first, at most
/// 300 candles a request, so a long range is fetched in pages of 300 intervals. No key.
public struct Coinbase: Connector {
  public var baseURL: URL
  public init(baseURL: URL = URL(string: "https://api.exchange.coinbase.com")!) {
    self.baseURL = baseURL
  }

  public static let pageSize: Int64 = 300

  public var info: ConnectorInfo {
    ConnectorInfo(
      id: "coinbase", name: "Coinbase Exchange", serves: "crypto prices in US$ (UTC candles)",
      symbols: ["ETH", "BTC"], intervals: [.day, .hour],
      limits: "300 candles a request (paged); about 10 requests a second per IP; no key",
      keyVariable: nil, licence: nil, baseURLVariable: "DECOUPLE_COINBASE_URL")
  }

  /// `ETH` → `ETH-USD`; a symbol with a dash is used as given (its quote currency is the unit).
  public static func product(_ symbol: String) -> String {
    symbol.contains("-") ? symbol.uppercased() : symbol.uppercased() + "-USD"
  }

  /// The quote currency of a product, the part after its dash (`ETH-EUR` → `EUR`).
  public static func quote(_ product: String) -> String {
    product.split(separator: "-").last.map(String.init) ?? "USD"
  }

  public func fetch(_ request: FetchRequest, http: HTTPClient) async throws -> FetchResult {
    let product = Self.product(request.symbol)
    let step = request.interval.seconds
    var result = FetchResult(
      symbol: request.symbol, source: info.id, instrument: product, kind: .price,
      unit: Self.quote(product),
      timeZone: "UTC", calendar: .continuous)
    var start = request.from - request.from % step
    let pages = max(1, (request.to - start + Self.pageSize * step - 1) / (Self.pageSize * step))
    var page: Int64 = 0
    while start < request.to {
      page += 1
      http.progress(page, pages, "\(info.id) \(product)")
      let end = min(start + (Self.pageSize - 1) * step, request.to - 1)
      let url = baseURL.appending(
        path: "products/\(product)/candles",
        query: [
          ("granularity", "\(step)"), ("start", ISOTime.string(start)),
          ("end", ISOTime.string(end)),
        ])
      let r = try await http.get(url, source: info.id)
      result.requests.append(r.url)
      let json = try JSONBody.parse(r, source: info.id)
      guard r.status == 200 else {
        let message = (json as? [String: Any])?["message"] as? String ?? r.text
        if r.status == 404 || message.lowercased().contains("notfound") {
          throw FetchError.unknownSymbol(source: info.id, symbol: product, detail: message)
        }
        throw FetchError.httpStatus(source: info.id, url: r.url, status: r.status, detail: message)
      }
      guard let rows = json as? [[Any]] else {
        throw JSONBody.malformed(r, info.id, "expected an array of candle arrays")
      }
      for row in rows {
        let n = row.map(JSONBody.number)
        guard n.count >= 6, let t = n[0], let low = n[1], let high = n[2], let open = n[3],
          let close = n[4], let volume = n[5]
        else { throw JSONBody.malformed(r, info.id, "a candle that is not 6 numbers") }
        result.observations.append(
          Observation(
            time: Int64(t), open: open, high: high, low: low, value: close, volume: volume))
      }
      start = end + 1
    }
    try ObservationCheck.finish(&result, request: request, now: request.now)
    return result
  }
}

/// ISO 8601 UTC timestamps for request parameters.
enum ISOTime {
  static func string(_ t: Int64) -> String {
    let day = Observation(time: t, value: 0).day
    let s = t - day.startTime
    func two(_ x: Int64) -> String { x < 10 ? "0\(x)" : "\(x)" }
    return day.iso + "T" + two(s / 3600) + ":" + two(s % 3600 / 60) + ":" + two(s % 60) + "Z"
  }

}
