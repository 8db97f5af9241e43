import Foundation
import Hummingbird

/// Each source's documented answer, built from `FakeMarketServer.value`.
enum Sources {
  static let ethListing: Int64 = 1_463_529_600  // 2016-05-18, Coinbase's first ETH-USD day

  /// (time, value) on the `step` grid within `[from, through]`, from `listing` on, up to `now`
  /// (the interval in progress included), with the fault applied.
  static func rows(
    _ state: FakeMarketServer.State, from: Int64, through: Int64, step: Int64,
    listing: Int64 = 0, fault: Fault, keep: (Int64) -> Bool = { _ in true }
  ) -> [(Int64, Double)] {
    var t = max(from, listing)
    t = (t + step - 1) / step * step
    var out: [(Int64, Double)] = []
    while t <= through && t <= state.now {
      if keep(t) { out.append((t, state.value(t, step: step))) }
      t += step
    }
    switch fault {
    case .short where out.count > 2: out.remove(at: out.count / 2)
    case .dup where out.count > 1: out.insert((out[0].0, out[0].1 + 1), at: 1)
    case .skew: out = out.map { ($0.0 + 10 * 86_400, $0.1) }
    default: break
    }
    return out
  }

  // MARK: - Coinbase Exchange

  static func coinbase(
    _ state: FakeMarketServer.State, product: Substring, _ q: Query, _ fault: Fault
  ) -> Reply {
    guard product == "ETH-USD" || product == "BTC-USD" else {
      return .json(["message": "NotFound"], status: 404)
    }
    guard let g = q.int("granularity"), let start = Clock.parseISO(q["start"]),
      let end = Clock.parseISO(q["end"])
    else { return .json(["message": "Invalid start/end/granularity"], status: 400) }
    if (end - start) / g + 1 > 300 {
      return .json(
        [
          "message": "granularity too small for the requested time range. Count of "
            + "aggregations requested exceeds 300"
        ], status: 400)
    }
    let candles = rows(state, from: start, through: end, step: g, listing: ethListing, fault: fault)
      .reversed().map { t, v -> [Any] in [t, v - 5, v + 5, v - 1, v, 1234.5] }
    return .json(candles)
  }

  // MARK: - Binance

  static func binance(_ state: FakeMarketServer.State, _ q: Query, _ fault: Fault) -> Reply {
    if fault == .blocked {
      return .json(
        [
          "code": 0,
          "msg": "Service unavailable from a restricted location according to 'b. Eligibility' "
            + "in https://www.binance.com/en/terms.",
        ], status: 451)
    }
    guard q["symbol"] == "ETHUSDT" || q["symbol"] == "BTCUSDT" else {
      return .json(["code": -1121, "msg": "Invalid symbol."], status: 400)
    }
    let step: Int64 = q["interval"] == "1h" ? 3_600 : 86_400
    let limit = min(Int(q.int("limit") ?? 500), 1_000)
    let start = (q.int("startTime") ?? 0) / 1000
    let end = (q.int("endTime") ?? state.now * 1000) / 1000
    let klines = rows(
      state, from: start, through: end, step: step, listing: ethListing, fault: fault
    )
    .prefix(limit).map { t, v -> [Any] in
      [
        t * 1000, Clock.number(v - 1), Clock.number(v + 5), Clock.number(v - 5), Clock.number(v),
        "1234.50000000", (t + step) * 1000 - 1, "2469000.0", 100, "600.0", "1200000.0", "0",
      ]
    }
    return .json(Array(klines))
  }

  // MARK: - Kraken

  static func kraken(_ state: FakeMarketServer.State, _ q: Query, _ fault: Fault) -> Reply {
    let keys = ["ETHUSD": "XETHZUSD", "XBTUSD": "XXBTZUSD", "BTCUSD": "XXBTZUSD"]
    guard let key = keys[q["pair"] ?? ""] else {
      return .json(["error": ["EQuery:Unknown asset pair"], "result": [String: Any]()])
    }
    let step = (q.int("interval") ?? 1) * 60
    let oldest = state.now - state.now % step - 719 * step
    let since = q.int("since") ?? 0
    let candles = rows(
      state, from: max(oldest, since + 1), through: state.now, step: step,
      fault: fault
    ).map { t, v -> [Any] in
      [
        t, Clock.number(v - 1), Clock.number(v + 5), Clock.number(v - 5), Clock.number(v),
        Clock.number(v), "12.5", 42,
      ]
    }
    return .json([
      "error": [String](),
      "result": [key: candles, "last": (candles.last?.first as? Int64) ?? since],
    ])
  }

  // MARK: - Yahoo chart

  static func yahoo(
    _ state: FakeMarketServer.State, ticker: String, _ q: Query, _ fault: Fault
  ) -> Reply {
    if fault == .crumb {
      return .json(
        [
          "finance": [
            "result": NSNull(),
            "error": ["code": "Unauthorized", "description": "Invalid Crumb"],
          ]
        ], status: 401)
    }
    guard ["^RUT", "IWM", "SPY", "QQQ", "^GSPC"].contains(ticker) else {
      return .json(
        [
          "chart": [
            "result": NSNull(),
            "error": [
              "code": "Not Found", "description": "No data found, symbol may be delisted",
            ],
          ]
        ], status: 404)
    }
    let zone = TimeZone(identifier: "America/New_York")!
    let from = q.int("period1") ?? 0
    let to = q.int("period2") ?? state.now
    let hourly = q["interval"] == "1h"
    var stamps: [Int64] = []
    var closes: [Any] = []
    var day = from - from % 86_400
    while day <= to {
      if Clock.isWeekday(day) {
        // The session opens at 09:30 New York time.
        let open =
          day + 9 * 3_600 + 1_800
          - Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(day + 43_200))))
        let bars = hourly ? (0..<7).map { open + Int64($0) * 3_600 } : [open]
        for t in bars where t >= from && t < to && t <= state.now {
          stamps.append(t)
          let v = state.value(day, step: 86_400) + (hourly ? Double(t - open) / 3_600 : 0)
          closes.append((day / 86_400) % 20 == 7 ? NSNull() : v)
        }
      }
      day += 86_400
    }
    if fault == .dup, stamps.count > 1 {
      stamps.insert(stamps[0], at: 1)
      closes.insert(1.0, at: 1)
    }
    if fault == .skew { stamps = stamps.map { $0 + 10 * 86_400 } }
    let quote: [String: Any] = [
      "open": closes, "high": closes, "low": closes, "close": closes,
      "volume": closes.map { $0 is NSNull ? NSNull() as Any : 1_000_000 },
    ]
    var indicators: [String: Any] = ["quote": [quote]]
    let factor = state.adjustment
    if !hourly {
      indicators["adjclose"] = [
        ["adjclose": closes.map { ($0 as? Double).map { $0 * factor } ?? $0 }]
      ]
    }
    let meta: [String: Any] = [
      "currency": "USD", "symbol": ticker, "exchangeName": "WCB", "instrumentType": "INDEX",
      "exchangeTimezoneName": "America/New_York", "timezone": "EST", "gmtoffset": -18_000,
      "dataGranularity": hourly ? "1h" : "1d",
    ]
    return .json([
      "chart": [
        "result": [["meta": meta, "timestamp": stamps, "indicators": indicators]],
        "error": NSNull(),
      ]
    ])
  }

  // MARK: - FRED

  static func fredRows(
    _ state: FakeMarketServer.State, from: Int64, through: Int64, fault: Fault
  ) -> [(Int64, String)] {
    // Published with a day's lag, weekdays only; every 10th weekday is "." (no value).
    rows(
      state, from: from, through: min(through, state.now - 86_400), step: 86_400, fault: fault,
      keep: Clock.isWeekday
    ).map { t, v in (t, (t / 86_400) % 10 == 3 ? "." : Clock.number(v / 400)) }
  }

  static func fredGraph(_ state: FakeMarketServer.State, _ q: Query, _ fault: Fault) -> Reply {
    let id = q["id"] ?? ""
    guard id.hasPrefix("DGS") || id == "DFF" || id.hasPrefix("SOFR") else {
      return Reply(
        status: 404, contentType: "text/html",
        body: "<!DOCTYPE html><html><body>Series not found</body></html>")
    }
    let from = Clock.parseDay(q["cosd"]) ?? 0
    let to = Clock.parseDay(q["coed"]) ?? state.now
    // FRED renamed the date column from DATE to observation_date; DFF keeps the old header here.
    var text = (id == "DFF" ? "DATE" : "observation_date") + ",\(id)\n"
    for (t, v) in fredRows(state, from: from, through: to, fault: fault) {
      text += "\(Clock.day(t)),\(v)\n"
    }
    return .csv(text)
  }

  static let fredKey = "abcdefghijklmnopqrstuvwxyz123456"

  static func fredAPI(_ state: FakeMarketServer.State, _ q: Query, _ fault: Fault) -> Reply {
    guard q["api_key"] == fredKey else {
      return .json(
        [
          "error_code": 400,
          "error_message": "Bad Request.  The value for variable api_key is not registered.  "
            + "Read https://fred.stlouisfed.org/docs/api/api_key.html for more information.",
        ], status: 400)
    }
    let id = q["series_id"] ?? ""
    guard id.hasPrefix("DGS") || id == "DFF" else {
      return .json(
        ["error_code": 400, "error_message": "Bad Request.  The series does not exist."],
        status: 400)
    }
    let all = fredRows(
      state, from: Clock.parseDay(q["observation_start"]) ?? 0,
      through: Clock.parseDay(q["observation_end"]) ?? state.now, fault: fault)
    let limit = min(Int(q.int("limit") ?? 100_000), 50)  // small pages to exercise paging
    let offset = Int(q.int("offset") ?? 0)
    let today = Clock.day(state.now)
    let page = all.dropFirst(offset).prefix(limit).map { t, v -> [String: Any] in
      ["realtime_start": today, "realtime_end": today, "date": Clock.day(t), "value": v]
    }
    return .json([
      "realtime_start": today, "realtime_end": today, "units": "lin", "output_type": 1,
      "file_type": "json", "order_by": "observation_date", "sort_order": "asc",
      "count": all.count, "offset": offset, "limit": limit, "observations": Array(page),
    ])
  }

  // MARK: - Coin Metrics

  // Documented contract followed here (docs.coinmetrics.io, "Asset metrics" and "API
  // conventions"): pages run while the answer carries `next_page_url` (with `next_page_token`),
  // and a client fetches that URL unmodified; it repeats the request's own query.

  static let coinMetricsPage = 30

  static func coinMetrics(_ state: FakeMarketServer.State, _ q: Query, _ fault: Fault) -> Reply {
    let metrics = ["PriceUSD", "SplyCur", "IssTotNtv", "FeeTotNtv"]
    guard q["assets"] == "eth" || q["assets"] == "btc" else {
      return .json(
        [
          "error": [
            "type": "bad_parameter",
            "message": "Bad parameter 'assets'. Value '\(q["assets"] ?? "")' is not supported.",
          ]
        ], status: 400)
    }
    guard let metric = q["metrics"], metrics.contains(metric) else {
      return .json(
        [
          "error": [
            "type": "bad_parameter",
            "message": "Bad parameter 'metrics'. Value '\(q["metrics"] ?? "")' is not supported.",
          ]
        ], status: 400)
    }
    var all = rows(
      state, from: Clock.parseDay(q["start_time"]) ?? 0,
      through: min(Clock.parseDay(q["end_time"]) ?? state.now, state.now - 86_400),
      step: 86_400, listing: 1_438_905_600, fault: fault)
    // The API pages from the end (newest first) unless paging_from=start.
    if q["paging_from"] != "start" { all.reverse() }
    let start = Int(
      q["next_page_token"].flatMap { Data(base64Encoded: $0) }
        .map { String(decoding: $0, as: UTF8.self) }.flatMap { Int($0) } ?? 0)
    let size = min(Int(q.int("page_size") ?? 100), coinMetricsPage)
    let page = all.dropFirst(start).prefix(size).map { t, v -> [String: Any] in
      let x = metric == "PriceUSD" ? v : metric == "SplyCur" ? 120_000_000 + v : v / 100
      return [
        "asset": q["assets"]!, "time": Clock.day(t) + "T00:00:00.000000000Z",
        metric: String(format: "%.10f", x),
      ]
    }
    var body: [String: Any] = ["data": Array(page)]
    if start + size < all.count {
      let token = Data("\(fault == .samePage ? size : start + size)".utf8).base64EncodedString()
      body["next_page_token"] = token
      // As the real API: the request's own query with the token added, on the real host.
      var c = URLComponents(string: "https://community-api.coinmetrics.io")!
      c.path = "/v4/timeseries/asset-metrics"
      c.queryItems =
        q.items.filter { $0.key != "next_page_token" }.sorted { $0.key < $1.key }
        .map { URLQueryItem(name: $0.key, value: $0.value) }
        + [URLQueryItem(name: "next_page_token", value: token)]
      body["next_page_url"] = c.url!.absoluteString
    }
    return .json(body)
  }

  // MARK: - CoinGecko

  // Documented contract followed here (docs.coingecko.com, "Coin Historical Chart Data"):
  // ranges above 90 days are daily points at 00:00 UTC; the answer runs to the latest
  // snapshot, today's included, and may end with the current price off the midnight grid.

  static func coinGecko(
    _ state: FakeMarketServer.State, coin: String, _ q: Query, _ fault: Fault
  ) -> Reply {
    let coins = ["ethereum", "bitcoin", "cardano", "binancecoin", "litecoin", "ripple"]
    guard coins.contains(coin) else {
      return .json(["error": "coin not found"], status: 404)
    }
    let from = q.int("from") ?? 0
    let to = q.int("to") ?? state.now
    if from < state.now - 365 * 86_400 - 86_400 {
      return .json(
        [
          "error": [
            "status": [
              "timestamp": "2026-11-20T12:00:00.000+00:00", "error_code": 10012,
              "error_message": "Your request exceeds the allowed time range. Public API users "
                + "are limited to querying historical data within the past 365 days. Upgrade "
                + "to a paid plan to enjoy full historical data access: "
                + "https://www.coingecko.com/en/api/pricing. ",
            ]
          ]
        ], status: 401)
    }
    let daily = to - from > 90 * 86_400
    // Daily: every 00:00 UTC snapshot up to `to`, today's included, then the live price.
    var points = rows(
      state, from: from, through: min(to, state.now), step: daily ? 86_400 : 3_600, fault: fault)
    if daily, to >= state.now { points.append((state.now, state.value(state.now, step: 86_400))) }
    func series(_ f: (Double) -> Double) -> [[Any]] { points.map { [$0.0 * 1000, f($0.1)] } }
    return .json([
      "prices": series { $0 }, "market_caps": series { $0 * 120_000_000 },
      "total_volumes": series { $0 * 10_000 },
    ])
  }
}
