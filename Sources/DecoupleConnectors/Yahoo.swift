import DecoupleData
import Foundation

/// Yahoo Finance chart API: `GET /v8/finance/chart/{^RUT}?period1=&period2=&interval=1d`.
///
/// The answer is `{"chart": {"result": [{"meta": {…, "exchangeTimezoneName": …},
/// "timestamp": [...], "indicators": {"quote": [{"open", "high", "low", "close", "volume"}],
/// "adjclose": [{"adjclose": [...]}]}}], "error": null}}`; `null` entries are missing rows.
/// Daily timestamps are session opens; each is mapped to its day in the exchange's time zone,
/// and a day is complete at the session close (16:00 in the exchange's zone), not at the next
/// UTC midnight.
/// The value is the adjusted close when Yahoo gives one (dividends and splits), else the close —
/// the same column the importer reads from a Yahoo CSV download (`Adj Close` when present).
/// Open, high and low are adjusted by the same factor (adjusted close ÷ close), so a stored day
/// stays inside its own range; a note states it.
/// Yahoo is unofficial: it answers 429 when busy and at times 401 "Invalid Crumb" (it wants a
/// cookie and crumb from its web pages, which decouple does not scrape).
public struct Yahoo: Connector {
  public var baseURL: URL
  public init(baseURL: URL = URL(string: "https://query1.finance.yahoo.com")!) {
    self.baseURL = baseURL
  }

  public var info: ConnectorInfo {
    ConnectorInfo(
      id: "yahoo", name: "Yahoo Finance chart API",
      serves: "US indices and ETFs (^RUT, IWM, SPY, QQQ, ^GSPC)",
      symbols: ["RUT", "IWM", "SPY", "QQQ", "GSPC"], intervals: [.day, .hour],
      limits: "unofficial; HTTP 429 when busy, sometimes a 'crumb' demand; hourly only for the "
        + "last 730 days; no key",
      keyVariable: nil, licence: "Yahoo terms of service: personal use",
      baseURLVariable: "DECOUPLE_YAHOO_URL")
  }

  /// `RUT` → `^RUT`, `GSPC`/`SPX` → `^GSPC`; others as given.
  public static func ticker(_ symbol: String) -> String {
    switch symbol.uppercased() {
    case "RUT": "^RUT"
    case "GSPC", "SPX": "^GSPC"
    case "IXIC": "^IXIC"
    default: symbol.uppercased()
    }
  }

  public func fetch(_ request: FetchRequest, http: HTTPClient) async throws -> FetchResult {
    let ticker = Self.ticker(request.symbol)
    var result = FetchResult(
      symbol: request.symbol, source: info.id, instrument: ticker, kind: .price, unit: "USD",
      timeZone: "America/New_York", calendar: .exchange, licence: info.licence ?? "")
    let url = baseURL.appending(
      path: "v8/finance/chart/\(ticker)",
      query: [
        ("period1", "\(request.from)"), ("period2", "\(request.to)"),
        ("interval", request.interval.rawValue), ("includePrePost", "false"),
        ("events", "div|split"),
      ])
    let r: HTTPResponse
    do {
      r = try await http.get(url, source: info.id)
    } catch FetchError.rateLimited(_, _, let wait, let attempts) {
      throw FetchError.unofficialAPIRefused(
        source: info.id,
        reason: "Yahoo is rate-limiting this address (HTTP 429 on all \(attempts) attempts"
          + (wait.map { "; it asked to wait \(FetchError.seconds($0))" } ?? "")
          + "); its chart API is unofficial and throttles bursts.")
    }
    result.requests.append(r.url)
    if r.status == 401 || r.status == 403 || r.text.contains("Invalid Crumb")
      || r.text.contains("Invalid Cookie")
    {
      throw FetchError.unofficialAPIRefused(
        source: info.id,
        reason: "Yahoo refused the request for want of a 'crumb' (HTTP \(r.status)): its "
          + "unofficial chart API sometimes demands a session cookie and token from its web "
          + "pages, which decouple does not scrape.")
    }
    let json = try JSONBody.parse(r, source: info.id)
    let chart = (json as? [String: Any])?["chart"] as? [String: Any]
    if let error = chart?["error"] as? [String: Any] {
      let detail = [error["code"], error["description"]].compactMap { $0 as? String }
        .joined(separator: ": ")
      if r.status == 404 || detail.contains("No data found") || detail.contains("Not Found") {
        throw FetchError.unknownSymbol(source: info.id, symbol: ticker, detail: detail)
      }
      throw FetchError.refused(source: info.id, reason: "Yahoo answered: \(detail).")
    }
    guard r.status == 200 else {
      throw FetchError.httpStatus(source: info.id, url: r.url, status: r.status, detail: "")
    }
    guard let item = (chart?["result"] as? [Any])?.first as? [String: Any],
      let meta = item["meta"] as? [String: Any]
    else { throw JSONBody.malformed(r, info.id, "no chart.result[0].meta") }
    let zoneName = meta["exchangeTimezoneName"] as? String ?? "America/New_York"
    let zone = TimeZone(identifier: zoneName) ?? TimeZone(identifier: "UTC")!
    result.timeZone = zoneName
    result.unit = meta["currency"] as? String ?? "USD"
    let times = (item["timestamp"] as? [Any] ?? []).map(JSONBody.number)
    let indicators = item["indicators"] as? [String: Any]
    guard let quote = (indicators?["quote"] as? [Any])?.first as? [String: Any] else {
      if times.isEmpty { return try finish(result, request, zone: zone) }
      throw JSONBody.malformed(r, info.id, "no indicators.quote[0]")
    }
    func column(_ name: String, in object: [String: Any]?) -> [Double?]? {
      (object?[name] as? [Any])?.map(JSONBody.number)
    }
    let adj = column(
      "adjclose", in: (indicators?["adjclose"] as? [Any])?.first as? [String: Any])
    guard let close = column("close", in: quote), close.count == times.count,
      adj == nil || adj!.count == times.count
    else { throw JSONBody.malformed(r, info.id, "timestamp and close lists of unequal length") }
    let open = column("open", in: quote)
    let high = column("high", in: quote)
    let low = column("low", in: quote)
    let volume = column("volume", in: quote)
    var skipped = 0
    for (i, t) in times.enumerated() {
      guard let t, let c = adj?[i] ?? close[i] else {
        skipped += 1
        continue
      }
      // Adjusted close ÷ close: the factor for open, high and low (1 without an adjusted close).
      let factor = close[i].map { $0 != 0 ? c / $0 : 1 } ?? 1
      func adjusted(_ x: [Double?]?) -> Double? { (x?[safe: i] ?? nil).map { $0 * factor } }
      var time = Int64(t)
      if request.interval == .day {
        let local = time + Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(t))))
        time = Observation(time: local, value: 0).day.startTime
      }
      result.observations.append(
        Observation(
          time: time, open: adjusted(open), high: adjusted(high), low: adjusted(low), value: c,
          volume: volume?[safe: i] ?? nil))
    }
    if skipped > 0 { result.notes.append("\(skipped) rows without a close were left out.") }
    if adj != nil {
      result.notes.append(
        "Values are Yahoo's adjusted close (splits and dividends), as in a Yahoo CSV's 'Adj "
          + "Close'; open, high and low are adjusted by the same factor.")
    }
    return try finish(result, request, zone: zone)
  }

  private func finish(
    _ result: FetchResult, _ request: FetchRequest,
    zone: TimeZone = TimeZone(identifier: "America/New_York")!
  ) throws -> FetchResult {
    var result = result
    let sessionEnd: ((Int64) -> Int64)? =
      request.interval == .day ? { Self.sessionClose(day: $0, zone: zone) } : nil
    try ObservationCheck.finish(
      &result, request: request, now: request.now, periodEnd: sessionEnd)
    return result
  }

  /// The close of the regular session on the day starting at `day` (a UTC midnight): 16:00 in
  /// `zone`, as a time in seconds since 1970.
  public static func sessionClose(day: Int64, zone: TimeZone) -> Int64 {
    let local = day + 16 * 3_600
    return local - Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local))))
  }
}

extension Array {
  subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
