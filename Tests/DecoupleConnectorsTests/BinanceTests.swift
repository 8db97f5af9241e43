import DecoupleConnectors
import DecoupleData
import FakeMarketServer
import Testing

@Suite struct BinanceTests {
  @Test func pagesThrough1000KlinesFromTheLastOpenTime() async throws {
    try await withServer { server in
      let c = Binance(baseURL: server.baseURL("binance"))
      let r = try await c.fetch(request("ETH", from: "2023-06-01", server), http: fastClient)
      let first = Day(iso: "2023-06-01")!.daysSince1970
      #expect(r.observations.map(\.day.daysSince1970) == Array(first..<today.daysSince1970))
      #expect(r.requests.count == 2)
      #expect(r.requests[1].contains("startTime=\((Int64(first) + 1_000) * 86_400_000)"))
      #expect(r.instrument == "ETHUSDT" && r.unit == "USDT")
    }
  }

  @Test func http451ExplainsTheUSBlock() async throws {
    try await withServer { server in
      let c = Binance(baseURL: server.baseURL("binance", fault: "451"))
      let e = await fetchError {
        _ = try await c.fetch(request("ETH", from: "2026-11-01", server), http: fastClient)
      }
      #expect(e?.description.contains("refuses requests from the United States (HTTP 451") == true)
      #expect(e.map { if case .regionBlocked = $0 { true } else { false } } == true)
    }
  }

  @Test func invalidSymbol() async throws {
    try await withServer { server in
      let c = Binance(baseURL: server.baseURL("binance"))
      let e = await fetchError {
        _ = try await c.fetch(request("NOPE", from: "2026-11-01", server), http: fastClient)
      }
      #expect(e == .unknownSymbol(source: "binance", symbol: "NOPEUSDT", detail: "Invalid symbol."))
    }
  }

  @Test(arguments: [
    ("ETHUSDT", "USDT"), ("ETHBTC", "BTC"), ("ETHEUR", "EUR"), ("ETHFDUSD", "FDUSD"),
    ("BTCTUSD", "TUSD"),
  ])
  func theQuoteCurrencyComesFromThePair(pair: String, quote: String) {
    #expect(Binance.quote(pair) == quote)
  }
}
