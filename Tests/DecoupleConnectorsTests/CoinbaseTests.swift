import DecoupleConnectors
import DecoupleData
import FakeMarketServer
import Testing

@Suite struct CoinbaseTests {
  @Test func pagesThroughThe300CandleLimitAndDropsTheDayInProgress() async throws {
    try await withServer { server in
      let c = Coinbase(baseURL: server.baseURL("coinbase"))
      let r = try await c.fetch(request("ETH", from: "2025-01-01", server), http: fastClient)
      let days = Day(iso: "2025-01-01")!.daysSince1970..<today.daysSince1970
      #expect(r.observations.map(\.day.daysSince1970) == Array(days))
      #expect(r.requests.count == 3)  // 688 days in pages of 300
      #expect(server.state.requests.count == 3)
      let first = r.observations[0]
      #expect(first.value == FakeMarketServer.value(first.time, step: 86_400))
      #expect(first.open == first.value - 1 && first.low == first.value - 5)
      #expect(r.instrument == "ETH-USD" && r.calendar == .continuous)
      #expect(r.notes.contains { $0.contains("still in progress") })
    }
  }

  @Test func hourlyCandles() async throws {
    try await withServer { server in
      let c = Coinbase(baseURL: server.baseURL("coinbase"))
      let r = try await c.fetch(
        request("BTC", from: "2026-11-19", server, interval: .hour), http: fastClient)
      #expect(r.observations.count == 36)  // 24 + 12 complete hours; the 12:00 bar is open
      #expect(r.observations.last!.time == serverNow - 3_600)
    }
  }

  @Test func aRangeBeforeTheListingGivesANote() async throws {
    try await withServer { server in
      let c = Coinbase(baseURL: server.baseURL("coinbase"))
      let r = try await c.fetch(request("ETH", from: "2016-01-01", server), http: fastClient)
      #expect(r.observations.first?.day == Day(iso: "2016-05-18"))
      #expect(r.notes.contains { $0.contains("no rows before 2016-05-18") })
    }
  }

  @Test func unknownProduct() async throws {
    try await withServer { server in
      let c = Coinbase(baseURL: server.baseURL("coinbase"))
      let e = await fetchError {
        _ = try await c.fetch(request("DOGE", from: "2026-11-01", server), http: fastClient)
      }
      #expect(e?.description == "coinbase does not serve 'DOGE-USD': NotFound.")
    }
  }

  @Test func aMissingCandleIsAGapAndANote() async throws {
    try await withServer { server in
      let c = Coinbase(baseURL: server.baseURL("coinbase", fault: "short"))
      let r = try await c.fetch(request("ETH", from: "2026-11-01", server), http: fastClient)
      #expect(r.observations.count == 18)
      #expect(!r.observations.contains { $0.day == Day(iso: "2026-11-11") })
      #expect(
        r.notes.contains(
          "coinbase has no row for 1 day inside the range (2026-11-11); it is stored as a gap."))
    }
  }

  @Test func theQuoteCurrencyComesFromTheProduct() {
    #expect(Coinbase.quote("ETH-EUR") == "EUR" && Coinbase.quote("BTC-USDT") == "USDT")
    #expect(Coinbase.quote(Coinbase.product("ETH")) == "USD")
  }

  @Test(arguments: [
    ("dup", "returned two different rows for 2026-11-01"),
    ("skew", "later than now"),
    ("html", "returned an HTML page where JSON was expected"),
    ("truncated", "invalid or truncated JSON"),
    ("malformed", "expected an array of candle arrays"),
    ("503", "server error HTTP 503 on all 3 attempts"),
  ])
  func faultsGiveAClearMessage(fault: String, message: String) async throws {
    try await withServer { server in
      let c = Coinbase(baseURL: server.baseURL("coinbase", fault: fault))
      let e = await fetchError {
        _ = try await c.fetch(request("ETH", from: "2026-11-01", server), http: fastClient)
      }
      #expect(e?.description.contains(message) == true, "\(String(describing: e))")
    }
  }
}
