import DecoupleData
import Foundation

/// Coin Metrics community API: `GET /v4/timeseries/asset-metrics?assets=eth&metrics=PriceUSD
/// &frequency=1d&start_time=&end_time=&page_size=`.
///
/// The answer is `{"data": [{"asset": "eth", "time": "2024-01-01T00:00:00.000000000Z",
/// "PriceUSD": "2281.4"}], "next_page_token": "…", "next_page_url": "…"}`; values are decimal
/// strings. `paging_from=start` makes pages run forward in time (the API's default is to page
/// from the end). Pages continue while the answer has a `next_page_url`, which is followed as the
/// API asks (its path and query, on the configured base URL, so a mirror or test server keeps
/// answering); an answer with only a `next_page_token` continues with the token. A page that
/// names a next page already fetched is an error (`malformed`), never an endless loop.
/// Symbols: `ETH` (PriceUSD) or `ETH.METRIC` (`ETH.SplyCur`, `ETH.IssTotNtv`, `ETH.FeeTotNtv`).
/// Community data is licensed CC BY-NC 4.0: non-commercial use, with attribution.
public struct CoinMetrics: Connector {
  public var baseURL: URL
  public var pageSize: Int
  public init(
    baseURL: URL = URL(string: "https://community-api.coinmetrics.io")!, pageSize: Int = 10_000
  ) {
    self.baseURL = baseURL
    self.pageSize = pageSize
  }

  public static let licence =
    "Coin Metrics Community Data, CC BY-NC 4.0 (non-commercial use, credit Coin Metrics)"

  public var info: ConnectorInfo {
    ConnectorInfo(
      id: "coinmetrics", name: "Coin Metrics community API",
      serves: "daily price and on-chain metrics (PriceUSD, SplyCur, IssTotNtv, FeeTotNtv)",
      symbols: ["ETH", "ETH.SplyCur", "ETH.IssTotNtv", "ETH.FeeTotNtv", "BTC"], intervals: [.day],
      limits: "10 requests per 6 seconds per IP; cursor paging (next_page_url); no key",
      keyVariable: nil, licence: Self.licence, baseURLVariable: "DECOUPLE_COINMETRICS_URL")
  }

  /// The next page an answer names: its `next_page_url` moved onto ``baseURL`` (the path after
  /// the host, and the query, unchanged), else the current request with its `next_page_token`
  /// replaced; `nil` on the last page.
  func nextPage(_ json: [String: Any]?, after current: URL, response: HTTPResponse) throws -> URL? {
    if let link = json?["next_page_url"] as? String, !link.isEmpty {
      guard let c = URLComponents(string: link) else {
        throw JSONBody.malformed(response, info.id, "a next_page_url that is not a URL")
      }
      var moved = URLComponents(url: baseURL, resolvingAgainstBaseURL: false)!
      let base =
        moved.percentEncodedPath.hasSuffix("/")
        ? String(moved.percentEncodedPath.dropLast()) : moved.percentEncodedPath
      moved.percentEncodedPath = base + c.percentEncodedPath
      moved.percentEncodedQuery = c.percentEncodedQuery
      return moved.url
    }
    guard let token = json?["next_page_token"] as? String, !token.isEmpty else { return nil }
    var c = URLComponents(url: current, resolvingAgainstBaseURL: false)!
    var items = (c.queryItems ?? []).filter { $0.name != "next_page_token" }
    items.append(URLQueryItem(name: "next_page_token", value: token))
    c.queryItems = items
    c.percentEncodedQuery = c.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
    return c.url
  }

  /// `ETH` → (`eth`, `PriceUSD`); `ETH.SplyCur` → (`eth`, `SplyCur`).
  public static func split(_ symbol: String) -> (asset: String, metric: String) {
    let parts = symbol.split(separator: ".", maxSplits: 1).map(String.init)
    let known = ["PriceUSD", "SplyCur", "IssTotNtv", "FeeTotNtv"]
    let metric = parts.count == 2 ? parts[1] : "PriceUSD"
    return (
      parts[0].lowercased(),
      known.first { $0.lowercased() == metric.lowercased() } ?? metric
    )
  }

  public func fetch(_ request: FetchRequest, http: HTTPClient) async throws -> FetchResult {
    guard request.interval == .day else {
      throw FetchError.unsupportedInterval(source: info.id, interval: request.interval.rawValue)
    }
    let (asset, metric) = Self.split(request.symbol)
    let price = metric == "PriceUSD"
    let symbol = price ? asset.uppercased() : "\(asset.uppercased()).\(metric.uppercased())"
    var result = FetchResult(
      symbol: symbol, source: info.id, instrument: "\(asset) \(metric)",
      kind: price ? .price : .onChain, unit: price ? "USD" : asset.uppercased(),
      timeZone: "UTC", calendar: .published, licence: Self.licence)
    let from = Observation(time: request.from, value: 0).day
    let to = Observation(time: request.to - 1, value: 0).day
    var url: URL? = baseURL.appending(
      path: "v4/timeseries/asset-metrics",
      query: [
        ("assets", asset), ("metrics", metric), ("frequency", "1d"), ("start_time", from.iso),
        ("end_time", to.iso), ("page_size", "\(pageSize)"), ("paging_from", "start"),
      ])
    var seen: Set<String> = [url!.absoluteString]
    while let next = url {
      let r = try await http.get(next, source: info.id)
      result.requests.append(r.url)
      let json = try JSONBody.parse(r, source: info.id) as? [String: Any]
      guard r.status == 200 else {
        let error = json?["error"] as? [String: Any]
        let message = error?["message"] as? String ?? ""
        if (error?["type"] as? String) == "bad_parameter" {
          throw FetchError.unknownSymbol(source: info.id, symbol: request.symbol, detail: message)
        }
        throw FetchError.httpStatus(source: info.id, url: r.url, status: r.status, detail: message)
      }
      guard let rows = json?["data"] as? [[String: Any]] else {
        throw JSONBody.malformed(r, info.id, "no 'data' list")
      }
      for row in rows {
        guard let time = row["time"] as? String, let day = Day(iso: time.prefix(10)) else {
          throw JSONBody.malformed(r, info.id, "a row without an ISO 'time'")
        }
        guard time.dropFirst(10).hasPrefix("T00:00:00") else {
          throw FetchError.misaligned(source: info.id, time: time, interval: "1d")
        }
        guard let cell = row[metric] else { continue }  // absent: no value that day
        guard let value = JSONBody.number(cell) else {
          throw JSONBody.malformed(r, info.id, "\(metric) on \(day.iso) is not a number")
        }
        result.observations.append(Observation(time: day.startTime, value: value))
      }
      url = try nextPage(json, after: next, response: r)
      if let u = url, !seen.insert(u.absoluteString).inserted {
        throw JSONBody.malformed(r, info.id, "its next page is one already fetched")
      }
    }
    result.notes.append("Data: \(Self.licence).")
    try ObservationCheck.finish(&result, request: request, now: request.now)
    return result
  }
}
