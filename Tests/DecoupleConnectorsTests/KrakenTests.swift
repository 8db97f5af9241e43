import DecoupleConnectors
import DecoupleData
import FakeMarketServer
import Testing

@Suite struct KrakenTests {
  @Test func servesOnlyTheLast720CandlesAndSaysSo() async throws {
    try await withServer { server in
      let c = Kraken(baseURL: server.baseURL("kraken"))
      let r = try await c.fetch(request("ETH", from: "2020-01-01", server), http: fastClient)
      #expect(r.observations.count == 719)  // 720 with the day in progress, which is left out
      #expect(r.observations.last?.day == today.adding(days: -1))
      #expect(r.instrument == "XETHZUSD")
      #expect(r.notes.contains { $0.contains("only its most recent 720 candles") })
      #expect(r.requests.count == 1)
    }
  }

  @Test func unknownPairComesAsAnErrorListWithStatus200() async throws {
    try await withServer { server in
      let c = Kraken(baseURL: server.baseURL("kraken"))
      let e = await fetchError {
        _ = try await c.fetch(request("NOPE", from: "2026-11-01", server), http: fastClient)
      }
      #expect(
        e
          == .unknownSymbol(
            source: "kraken", symbol: "NOPEUSD", detail: "EQuery:Unknown asset pair"))
    }
  }

  @Test func bitcoinIsXBT() {
    #expect(Kraken.pair("BTC") == "XBTUSD")
    #expect(Kraken.pair("eth") == "ETHUSD")
    #expect(Kraken.pair("XETHZUSD") == "XETHZUSD")
  }

  @Test func hourly() async throws {
    try await withServer { server in
      let c = Kraken(baseURL: server.baseURL("kraken"))
      let r = try await c.fetch(
        request("ETH", from: "2026-11-20", server, interval: .hour), http: fastClient)
      #expect(r.observations.count == 12)
      #expect(r.requests[0].contains("interval=60"))
    }
  }

  @Test(arguments: [("ETHUSD", "USD"), ("ETHEUR", "EUR"), ("ETHXBT", "BTC"), ("ETHUSDT", "USDT")])
  func theQuoteCurrencyComesFromThePair(pair: String, quote: String) {
    #expect(Kraken.quote(pair) == quote)
  }
}
