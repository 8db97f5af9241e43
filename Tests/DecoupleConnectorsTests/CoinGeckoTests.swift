import DecoupleConnectors
import DecoupleData
import FakeMarketServer
import Testing

@Suite struct CoinGeckoTests {
  @Test func dailySnapshotsWithTheDemoKeyHeader() async throws {
    try await withServer { server in
      let c = CoinGecko(baseURL: server.baseURL("coingecko"), apiKey: "CG-demo")
      let r = try await c.fetch(request("ETH", from: "2026-10-01", server), http: fastClient)
      let first = Day(iso: "2026-10-01")!.daysSince1970
      #expect(r.observations.map(\.day.daysSince1970) == Array(first..<today.daysSince1970))
      // A range under 91 days is widened so that CoinGecko answers daily, then trimmed.
      #expect(server.state.requests[0].contains("from=\(serverNow - 91 * 86_400)"))
      #expect(server.state.requests[0].hasSuffix("[x-cg-demo-api-key: CG-demo]"))
      #expect(r.notes.contains { $0.contains("live price") })
    }
  }

  @Test func olderThan365DaysIsNotAskedForAndSaysWhy() async throws {
    try await withServer { server in
      let c = CoinGecko(baseURL: server.baseURL("coingecko"))
      let r = try await c.fetch(request("BTC", from: "2020-01-01", server), http: fastClient)
      #expect(r.observations.count == 364)  // the 365th day is today, in progress
      #expect(r.notes.contains { $0.contains("only the past 365 days") })
      #expect(!server.state.requests[0].contains("x-cg-demo-api-key"))
    }
  }

  @Test func error10012IsExplained() async throws {
    // The client's clock is 10 days behind the server's: its 365 days reach too far back.
    try await withServer { server in
      let c = CoinGecko(baseURL: server.baseURL("coingecko"))
      var req = request("ETH", from: "2020-01-01", server)
      req.now -= 10 * 86_400
      req.to = req.now
      let e = await fetchError { _ = try await c.fetch(req, http: fastClient) }
      #expect(e?.description.contains("only the past 365 days on public and demo plans") == true)
      #expect(e.map { if case .historyLimited(_, 365, _) = $0 { true } else { false } } == true)
    }
  }
}
