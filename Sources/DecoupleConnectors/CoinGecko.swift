import DecoupleData
import Foundation

/// CoinGecko: `GET /api/v3/coins/{ethereum}/market_chart/range?vs_currency=usd&from=&to=`,
/// with the demo key in the `x-cg-demo-api-key` header when `DECOUPLE_COINGECKO_API_KEY` is set.
///
/// The answer is `{"prices": [[ms, price], …], "market_caps": […], "total_volumes": […]}`.
/// The granularity is automatic: daily (00:00 UTC) for ranges over 90 days, so a shorter
/// daily request is widened to 91 days and trimmed; the last point may be the live price (not
/// on a midnight) and is left out. The snapshot at 00:00 UTC on day D is the close of UTC day
/// D−1 and is dated D−1, as the importer dates CoinGecko's CSV export: today's 00:00 snapshot
/// is yesterday's finished close and is kept. Public and demo keys reach back only 365 days
/// (error 10012): older days are not asked for, and a note says so.
public struct CoinGecko: Connector {
  public var baseURL: URL
  public var apiKey: String?
  public init(baseURL: URL = URL(string: "https://api.coingecko.com")!, apiKey: String? = nil) {
    self.baseURL = baseURL
    self.apiKey = apiKey
  }

  public static let keyVariable = "DECOUPLE_COINGECKO_API_KEY"
  public static let historyDays: Int64 = 365

  public var info: ConnectorInfo {
    ConnectorInfo(
      id: "coingecko", name: "CoinGecko", serves: "crypto prices in US$ (00:00 UTC snapshots)",
      symbols: ["ETH", "BTC", "SOL"], intervals: [.day],
      limits: "the past 365 days only (public and demo plans); about 30 requests a minute",
      keyVariable: Self.keyVariable, licence: "CoinGecko terms: attribution required",
      baseURLVariable: "DECOUPLE_COINGECKO_URL")
  }

  /// `ETH` → `ethereum`, `BTC` → `bitcoin`, `SOL` → `solana`, `ADA` → `cardano`, `BNB` →
  /// `binancecoin`, `LTC` → `litecoin`, `XRP` → `ripple`; a `-CG` suffix (the embedded crypto
  /// universe's `BTC-CG`) is ignored; others lower-cased as a coin id.
  public static func coinID(_ symbol: String) -> String {
    var s = symbol.uppercased()
    if s.hasSuffix("-CG") { s.removeLast(3) }
    let known = [
      "ETH": "ethereum", "BTC": "bitcoin", "SOL": "solana", "ADA": "cardano",
      "BNB": "binancecoin", "LTC": "litecoin", "XRP": "ripple",
    ]
    return known[s] ?? s.lowercased()
  }

  public func fetch(_ request: FetchRequest, http: HTTPClient) async throws -> FetchResult {
    guard request.interval == .day else {
      throw FetchError.unsupportedInterval(source: info.id, interval: request.interval.rawValue)
    }
    let coin = Self.coinID(request.symbol)
    var result = FetchResult(
      symbol: request.symbol, source: info.id, instrument: coin, kind: .price, unit: "USD",
      timeZone: "UTC", calendar: .continuous, licence: info.licence ?? "")
    let now = request.now
    let day: Int64 = 86_400
    // The oldest snapshot served, and the day it closes (one day earlier).
    let earliest = now - now % day - (Self.historyDays - 1) * day
    var effective = request
    if request.from < earliest - day {
      effective.from = earliest - day
      result.notes.append(
        "CoinGecko's public and demo plans serve only the past 365 days; data before "
          + "\(ObservationCheck.label(earliest - day)) was not asked for.")
    }
    // Day D's close is the snapshot at D+1 00:00, so the snapshots asked for run one day later.
    let to = min(request.to + day, max(request.to, now))
    let from = min(effective.from + day, to - 91 * day)
    let url = baseURL.appending(
      path: "api/v3/coins/\(coin)/market_chart/range",
      query: [("vs_currency", "usd"), ("from", "\(max(from, earliest))"), ("to", "\(to)")])
    let headers = apiKey.map { ["x-cg-demo-api-key": $0] } ?? [:]
    let r = try await http.get(url, headers: headers, source: info.id)
    result.requests.append(r.url)
    let json = try JSONBody.parse(r, source: info.id) as? [String: Any]
    guard r.status == 200 else {
      let status = (json?["error"] as? [String: Any])?["status"] as? [String: Any]
      let code = JSONBody.number(status?["error_code"]).map(Int.init)
      let message = status?["error_message"] as? String ?? (json?["error"] as? String ?? "")
      if code == 10012 {
        throw FetchError.historyLimited(
          source: info.id, days: 365,
          reason: "CoinGecko serves only the past 365 days on public and demo plans (error "
            + "10012).")
      }
      if r.status == 404 {
        throw FetchError.unknownSymbol(source: info.id, symbol: coin, detail: message)
      }
      if r.status == 401 {
        throw FetchError.refused(
          source: info.id,
          reason: "CoinGecko rejected the key in \(Self.keyVariable) (HTTP 401): \(message)")
      }
      throw FetchError.httpStatus(source: info.id, url: r.url, status: r.status, detail: message)
    }
    guard let prices = json?["prices"] as? [[Any]] else {
      throw JSONBody.malformed(r, info.id, "no 'prices' list")
    }
    let volumes = json?["total_volumes"] as? [[Any]] ?? []
    var volumeAt: [Int64: Double] = [:]
    for v in volumes {
      if let t = JSONBody.number(v.first), let x = JSONBody.number(v.last) {
        volumeAt[Int64(t) / 1000] = x
      }
    }
    for (i, p) in prices.enumerated() {
      guard p.count == 2, let ms = JSONBody.number(p[0]), let price = JSONBody.number(p[1]) else {
        throw JSONBody.malformed(r, info.id, "a price that is not [ms, price]")
      }
      let t = Int64(ms) / 1000
      if t % day != 0 {
        if i == prices.count - 1 {
          result.notes.append("The live price at \(ObservationCheck.label(t)) was left out.")
          continue
        }
        // Named at the snapshot's own time (to the second), before any redating.
        throw FetchError.misaligned(
          source: info.id, time: ObservationCheck.label(t), interval: request.interval.rawValue)
      }
      result.observations.append(Observation(time: t - day, value: price, volume: volumeAt[t]))
    }
    result.notes.append(
      "CoinGecko's snapshot at 00:00 UTC on day D is the close of UTC day D−1, so each row is "
        + "dated one day earlier than its snapshot.")
    try ObservationCheck.finish(&result, request: effective, now: now)
    return result
  }
}
