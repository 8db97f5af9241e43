import DecoupleConnectors
import DecoupleData
import FakeMarketServer
import Foundation
import TestSupport
import Testing

/// The connectors on responses the real services gave, recorded and published by others and
/// served unchanged (`Tests/TestSupport/Fixtures/recorded/SOURCES.md` gives each one's origin
/// and licence). The expected values are read off the recordings themselves.
@Suite struct RecordedResponseTests {
  /// The body of a recording, cut out of its wrapper byte for byte.
  func body(_ fixture: String, key: String, occurrence: Int = 1) throws -> String {
    let text = try Fixture.text("recorded/" + fixture)
    return try #require(jsonValue(after: key, in: text, occurrence: occurrence))
  }

  /// Yahoo's chart API for AAPL from 2020-08-31 (the day of its 4:1 split) to 2020-11-07 (a
  /// $0.205 dividend went ex on 2020-11-06), recorded on 2025-02-20 by yahoo-finance2.
  @Test func yahooStoresTheAdjustedCloseWithOpenHighLowAdjustedAlike() async throws {
    let body = try body("yahoo/chart-AAPL-2020-08-31-to-2020-11-07.json", key: "bodyJson")
    try await withServer { server in
      server.state.serve("aapl", body: body)
      let c = Yahoo(baseURL: server.recordedURL("aapl"))
      let r = try await c.fetch(
        dailyRequest("AAPL", from: "2020-08-31", to: "2020-11-07"),
        http: fastClient)
      #expect(r.timeZone == "America/New_York" && r.calendar == .exchange)
      // 49 sessions, each on its New York day (09:30 is 13:30 UTC, 14:30 UTC after 1 November).
      #expect(r.observations.count == 49)
      #expect(r.observations.first?.day == Day(iso: "2020-08-31"))
      #expect(r.observations.last?.day == Day(iso: "2020-11-06"))
      // The value is the recorded adjclose, exactly (both are the same JSON number).
      let first = try #require(r.observations.first)
      #expect(first.value == 125.82673645019531)
      #expect(r.observations.last?.value == 115.93415069580078)
      // The recorded raw low that day is 126, above the adjusted close: stored unadjusted, the
      // value would lie below the day's low. Adjusted by adjclose ÷ close it does not.
      let factor = 125.82673645019531 / 129.0399932861328
      #expect(abs(try #require(first.low) - 126 * factor) < 1e-9)
      #expect(abs(try #require(first.high) - 131 * factor) < 1e-9)
      #expect(
        r.observations.allSatisfy { o in
          guard let low = o.low, let high = o.high else { return false }
          return low <= o.value && o.value <= high
        })
    }
  }

  /// The same Yahoo request (AAPL, 2020-08-31 to 2020-11-07) recorded by yahoo-finance2 twice:
  /// on 2021-11-22 and on 2025-02-20. The raw closes are the same; the dividends paid between
  /// the two recordings lowered every adjusted close by one factor, 0.9828 (what an update that
  /// finds its overlap rescaled so reads as a changed adjustment, and fetches the history again).
  @Test func yahooRecordedTwiceYearsApartRescalesEveryAdjustedCloseByOneFactor() async throws {
    let old = try body(
      "yahoo/chart-AAPL-2020-08-31-to-2020-11-07.recorded-2021-11-22.json", key: "bodyJson")
    let new = try body("yahoo/chart-AAPL-2020-08-31-to-2020-11-07.json", key: "bodyJson")
    try await withServer { server in
      server.state.serve("aapl-2021", body: old)
      server.state.serve("aapl-2025", body: new)
      let request = dailyRequest("AAPL", from: "2020-08-31", to: "2020-11-07")
      let a = try await Yahoo(baseURL: server.recordedURL("aapl-2021")).fetch(
        request, http: fastClient)
      let b = try await Yahoo(baseURL: server.recordedURL("aapl-2025")).fetch(
        request, http: fastClient)
      #expect(a.observations.count == 49 && b.observations.count == 49)
      #expect(a.observations.map(\.time) == b.observations.map(\.time))
      // As recorded: 2020-08-31 and 2020-11-06, in 2021 and in 2025.
      #expect(a.observations.first?.value == 128.02847290039062)
      #expect(a.observations.last?.value == 117.9627914428711)
      #expect(b.observations.first?.value == 125.82673645019531)
      #expect(b.observations.last?.value == 115.93415069580078)
      // One factor for all 49 days (the recorded values are single-precision: within 1e-6).
      let factor = 125.82673645019531 / 128.02847290039062
      #expect(abs(factor - 0.9828) < 5e-5)
      for (x, y) in zip(a.observations, b.observations) {
        #expect(abs(y.value / x.value / factor - 1) < 1e-6, "\(x.day)")
        let (xl, yl) = (try #require(x.low), try #require(y.low))
        #expect(abs(yl / xl / factor - 1) < 1e-6, "\(x.day)")
      }
    }
  }

  /// Coinbase Exchange candles for BTC-USDT, one hour (2024-03-13 11:00 UTC), from ccxt's static
  /// test responses (`fetchOHLCV`, the third `httpResponse` of the file).
  @Test func coinbaseTakesTheQuoteCurrencyFromTheProductAndKeepsHolesAsGaps() async throws {
    let body = try body("coinbase/coinbaseexchange.ccxt.json", key: "httpResponse", occurrence: 3)
    try await withServer { server in
      server.state.serve("btc-usdt", body: body)
      let c = Coinbase(baseURL: server.recordedURL("btc-usdt"))
      // 10:00 to 13:00 UTC: the recording holds only 11:00.
      let r = try await c.fetch(
        FetchRequest(symbol: "BTC-USDT", interval: .hour, from: 1_710_324_000, to: 1_710_334_800),
        http: fastClient)
      #expect(server.state.requests[0].contains("/products/BTC-USDT/candles?granularity=3600"))
      #expect(r.instrument == "BTC-USDT" && r.unit == "USDT")
      // [time, low, high, open, close, volume] as recorded.
      #expect(r.observations.count == 1)
      let o = try #require(r.observations.first)
      #expect(o.time == 1_710_327_600)
      #expect(o.value == 73370.65 && o.open == 73243.33 && o.high == 73402.47)
      #expect(o.low == 73241.5 && o.volume == 1.56794406)
      // 12:00 is finished but absent: a gap, stored as one and said, not a failed fetch.
      #expect(
        r.notes.contains {
          $0.contains("has no row for 1 hour inside the range (2024-03-13T12:00Z)")
            && $0.hasSuffix("it is stored as a gap.")
        }, "\(r.notes)")
    }
  }

  /// Kraken OHLC for XBTUSDT, hourly, from ccxt's static test responses: five hours from
  /// 2024-01-30 15:00 UTC, then nothing until 2024-02-01 15:00 UTC.
  @Test func krakenKeepsTheRowsAroundAHoleAndStoresTheHoleAsGaps() async throws {
    try await withRecording("kraken/OHLC-XBTUSDT-1h.ccxt-httpResponse.json", as: "xbtusdt") {
      server, url in
      let c = Kraken(baseURL: url)
      let r = try await c.fetch(
        FetchRequest(symbol: "BTC-USDT", interval: .hour, from: 1_706_626_800, to: 1_706_803_200),
        http: fastClient)
      #expect(server.state.requests[0].contains("/0/public/OHLC?pair=BTCUSDT&interval=60"))
      // Kraken's own name for the pair; the unit is the quote currency asked for.
      #expect(r.instrument == "XBTUSDT" && r.unit == "USDT")
      #expect(
        r.observations.map(\.time) == [
          1_706_626_800, 1_706_630_400, 1_706_634_000, 1_706_637_600, 1_706_641_200, 1_706_799_600,
        ])
      // [time, open, high, low, close, vwap, volume, count]: the close, not the vwap.
      #expect(r.observations[0].value == 43361.1 && r.observations[0].open == 43437.5)
      #expect(r.observations[0].volume == 18.7543011)
      #expect(r.observations.last?.value == 42548.5)
      // 20:00 on 30 January to 14:00 on 1 February: 43 hours the recording does not have.
      #expect(
        r.notes.contains {
          $0.contains("has no row for 43 hours inside the range (2024-01-30T20:00Z, ")
            && $0.hasSuffix("they are stored as gaps.")
        }, "\(r.notes)")
    }
  }

  /// Binance spot klines for BTCUSDT, hourly: three hours from 2024-01-30 16:00 UTC, from ccxt's
  /// static test responses (`fetchOHLCV`, the `httpResponse` of its first entry).
  @Test func binanceStoresTheCloseOfEachKlineInTheQuoteCurrency() async throws {
    try await withRecording("binance/klines-BTCUSDT-1h.ccxt-httpResponse.json", as: "btcusdt") {
      server, url in
      let c = Binance(baseURL: url)
      // 16:00 to 19:00 UTC: the three hours recorded.
      let r = try await c.fetch(
        FetchRequest(symbol: "BTC", interval: .hour, from: 1_706_630_400, to: 1_706_641_200),
        http: fastClient)
      #expect(
        server.state.requests == [
          "/recorded/btcusdt/api/v3/klines?symbol=BTCUSDT&interval=1h&startTime=1706630400000"
            + "&endTime=1706641199999&limit=1000"
        ])
      #expect(r.instrument == "BTCUSDT" && r.unit == "USDT" && r.calendar == .continuous)
      // [open time ms, "open", "high", "low", "close", "volume", close time ms, quote volume,
      // trades, taker buy base, taker buy quote, "0"]: the open time in seconds, the close as
      // the value, the base-asset volume; the last six fields are not read.
      #expect(r.observations.map(\.time) == [1_706_630_400, 1_706_634_000, 1_706_637_600])
      let o = try #require(r.observations.first)
      #expect(o.open == 43519.34 && o.high == 43936 && o.low == 43171 && o.value == 43488.71)
      #expect(o.volume == 20.55495)
      #expect(r.observations.map(\.value) == [43488.71, 43374.8, 43361.11])
      #expect(r.notes.isEmpty, "\(r.notes)")
    }
  }

  /// CoinGecko's market chart for bitcoin, five-minute prices of 2018-08-27 (the body of
  /// pycoingecko's `test_get_coin_market_chart_by_id`), asked for as daily data.
  @Test func coinGeckoNamesAnOffGridSnapshotAtItsOwnTimeToTheSecond() async throws {
    try await withRecording("coingecko/market_chart-bitcoin-usd-1.pycoingecko.json", as: "bitcoin")
    { server, url in
      let c = CoinGecko(baseURL: url)
      let e = await fetchError {
        _ = try await c.fetch(
          dailyRequest("BTC", from: "2018-08-01", to: "2018-08-28"),
          http: fastClient)
      }
      // 1535373899623 ms is 2018-08-27 12:44:59.623 UTC: the seconds are kept, and the time is
      // the snapshot's, not the day before it that a midnight snapshot would be dated.
      #expect(
        e?.description
          == "coingecko returned a row at 2018-08-27T12:44:59Z, which is not on the 1d grid.",
        "\(String(describing: e))")
    }
  }

  /// CoinGecko's own documented example of the market chart (its OpenAPI document's
  /// `CoinsMarketChart` example): the 00:00 UTC snapshots of 2024-03-31 and 2024-04-01, then the
  /// live price at 2024-04-01 15:01:22 UTC, fetched as daily data at that moment.
  @Test func coinGeckoDatesTheMidnightSnapshotOfDayDAsDMinusOneAndKeepsTodays() async throws {
    try await withRecording("coingecko/market_chart-daily.openapi-example.json", as: "btc-daily") {
      server, url in
      let c = CoinGecko(baseURL: url)
      let now: Int64 = 1_711_983_682  // 2024-04-01T15:01:22Z, the live price's time
      let r = try await c.fetch(
        FetchRequest(
          symbol: "BTC", interval: .day, from: Day(iso: "2024-03-30")!.startTime, to: now,
          now: now),
        http: fastClient)
      #expect(
        server.state.requests[0].hasPrefix(
          "/recorded/btc-daily/api/v3/coins/bitcoin/market_chart/range?vs_currency=usd"),
        "\(server.state.requests)")
      // 1711843200000 (2024-03-31 00:00 UTC) closes 2024-03-30; 1711929600000 (2024-04-01
      // 00:00 UTC, today's snapshot, finished) closes 2024-03-31 and is kept.
      #expect(r.observations.map(\.day) == [Day(iso: "2024-03-30"), Day(iso: "2024-03-31")])
      #expect(r.observations.map(\.value) == [69702.3087473573, 71246.9514406015])
      #expect(r.observations.map(\.volume) == [16408802301.8374, 19723005998.215])
      #expect(r.notes.contains("The live price at 2024-04-01T15:01:22Z was left out."))
      #expect(r.notes.contains { $0.contains("dated one day earlier than its snapshot") })
      #expect(!r.notes.contains { $0.contains("still in progress") }, "\(r.notes)")
    }
  }

  /// Coin Metrics' own documented example of `/v4/timeseries/asset-metrics` (daily metrics, a
  /// page of two with its `next_page_token` and `next_page_url`), served for every request: the
  /// page it names is asked for once, as named, and naming it again ends the fetch.
  @Test func coinMetricsFollowsNextPageURLAndStopsOnARepeatedPage() async throws {
    try await withRecording("coinmetrics/asset-metrics-daily.openapi-example.json", as: "cm-daily")
    { server, url in
      let c = CoinMetrics(baseURL: url)
      let e = await fetchError {
        _ = try await c.fetch(
          dailyRequest("BTC", from: "2020-02-29", to: "2020-03-02"),
          http: fastClient)
      }
      #expect(e?.description.contains("its next page is one already fetched") == true)
      let requests = server.state.requests
      #expect(requests.count == 2)
      // The second request is the next_page_url's own path and query, on our host.
      #expect(
        requests.last?.hasPrefix(
          "/recorded/cm-daily/v4/timeseries/asset-metrics?api_key=%3Cyour_key%3E&pretty=true"
            + "&assets=btc&metrics=SplyBMXNtv,PriceUSD&page_size=2&next_page_token=0."
            + "MjAyMC0wNi0wN1QwMDowMDowMFo,MjAyMC0wNi0wN1QwMDowMDowMFo") == true,
        "\(requests)")
    }
  }

  /// Coin Metrics' documented example of one-second reference rates, answered to a daily
  /// request: the off-grid row is named with its full timestamp, seconds and all.
  @Test func coinMetricsNamesAnOffGridRowWithItsFullTimestamp() async throws {
    try await withRecording("coinmetrics/asset-metrics-1s.openapi-example.json", as: "cm-1s") {
      server, url in
      let c = CoinMetrics(baseURL: url)
      let e = await fetchError {
        _ = try await c.fetch(
          dailyRequest("BTC", from: "2020-06-18", to: "2020-06-19"),
          http: fastClient)
      }
      #expect(
        e?.description
          == "coinmetrics returned a row at 2020-06-18T11:36:09.000000000Z, which is not on the "
          + "1d grid.", "\(String(describing: e))")
    }
  }

  /// FRED's `series/observations` for GDP (quarterly) as it went over the wire on 2024-11-03,
  /// recorded by pyfredapi's test cassettes: one page with all 315 observations, the first four
  /// (1946) marked ".".
  @Test func fredJSONStoresEveryPublishedValueAndLeavesOutTheDotRows() async throws {
    try await withRecording("fred/series-observations-GDP.pyfredapi-cassette.json", as: "gdp") {
      server, url in
      let c = FRED(
        baseURL: url, apiURL: url,
        apiKey: Self.fredKey)
      let r = try await c.fetch(
        dailyRequest("GDP", from: "1946-01-01", to: "2024-11-03"), http: fastClient)
      // "count": 315 with "limit": 100000: one request.
      #expect(server.state.requests.count == 1)
      #expect(server.state.requests[0].hasSuffix("&limit=100000&offset=0"))
      #expect(r.calendar == .published && r.timeZone == "America/Chicago")
      #expect(r.observations.count == 311)
      #expect(r.observations.first?.day == Day(iso: "1947-01-01"))
      #expect(r.observations.first?.value == 243.164)
      #expect(r.observations.last?.day == Day(iso: "2024-07-01"))
      #expect(r.observations.last?.value == 29349.924)
      #expect(r.notes == ["4 days marked '.' (missing) were left out."], "\(r.notes)")
    }
  }

  /// FRED's `series/observations` for GNPCA (annual real GNP) recorded by fredr: the first page
  /// of 20 (`"limit": 20`) of 91 observations, 1929-01-01 to 1948-01-01. Served for every
  /// request, the page asked for next (offset 20) comes back as offset 0 again.
  @Test func fredJSONPagesOnByTheCountAndRefusesAPageThatRepeatsRows() async throws {
    try await withRecording("fred/series-observations-GNPCA-limit-20.fredr.json", as: "gnpca") {
      server, url in
      let c = FRED(
        baseURL: url, apiURL: url,
        apiKey: Self.fredKey)
      let e = await fetchError {
        _ = try await c.fetch(
          dailyRequest("GNPCA", from: "1929-01-01", to: "2020-05-19"), http: fastClient)
      }
      let query =
        "/recorded/gnpca/fred/series/observations?series_id=GNPCA&api_key=\(Self.fredKey)"
        + "&file_type=json&observation_start=1929-01-01&observation_end=2020-05-18&limit=100000"
      #expect(server.state.requests == [query + "&offset=0", query + "&offset=20"])
      // Before, it went on to offsets 40, 60 and 80, got the same 20 rows each time, dropped 80
      // as repeats and stored 20 of the 91 observations as if they were all.
      #expect(
        e?.description.hasSuffix(
          "(asked for the observations from offset 20 of 91, it answered with those from offset "
            + "0 (1929-01-01 to 1948-01-01)).") == true, "\(String(describing: e))")
    }
  }

  /// fredr's recording of the same series asked from 2050-01-01: `"count": 0` and an empty
  /// `observations` list, the one published empty answer found for any of the services.
  @Test func fredJSONAnEmptyAnswerIsNoRowsAndNoError() async throws {
    try await withRecording("fred/series-observations-GNPCA-from-2050.fredr.json", as: "gnpca-2050")
    { server, url in
      let c = FRED(
        baseURL: url, apiURL: url,
        apiKey: Self.fredKey)
      let r = try await c.fetch(
        dailyRequest("GNPCA", from: "2050-01-01", to: "2050-02-01"), http: fastClient)
      #expect(r.observations.isEmpty && r.notes.isEmpty)
      #expect(server.state.requests.count == 1)
      #expect(server.state.requests[0].contains("&observation_start=2050-01-01&"))
    }
  }

  /// FRED's HTTP 400 for a series ID it cannot take (`bad_series_id`, recorded by fredr): the
  /// symbol is named as one FRED does not serve, with FRED's own message.
  @Test func fredJSONAnInvalidSeriesIDIsAnUnknownSymbol() async throws {
    let body = try Fixture.text(
      "recorded/fred/series-observations-bad_series_id-400.fredr-content.json")
    try await withServer { server in
      server.state.serve("bad-id", body: body, status: 400)
      let c = FRED(
        baseURL: server.recordedURL("bad-id"), apiURL: server.recordedURL("bad-id"),
        apiKey: Self.fredKey)
      let e = await fetchError {
        _ = try await c.fetch(
          dailyRequest("bad_series_id", from: "2020-01-01", to: "2020-05-19"), http: fastClient)
      }
      #expect(
        e?.description
          == "fred does not serve 'BAD_SERIES_ID': Bad Request.  Invalid value for variable "
          + "series_id.  Series IDs should be 25 or less alphanumeric characters.",
        "\(String(describing: e))")
    }
  }

  /// A well-formed key (32 lower-case letters and digits); the recordings do not check it.
  static let fredKey = "abcdefghijklmnopqrstuvwxyz123456"
}
