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

  @Test func theSnapshotOfDayDIsTheCloseOfDMinusOneAndTodaysIsKept() async throws {
    // As the importer reads CoinGecko's CSV: 00:00 UTC on D closes D−1. Today's 00:00 snapshot
    // is finished, so yesterday (2026-11-19) is stored, with the value snapped at 2026-11-20.
    try await withServer { server in
      let c = CoinGecko(baseURL: server.baseURL("coingecko"))
      let r = try await c.fetch(request("ETH", from: "2026-10-01", server), http: fastClient)
      let last = try #require(r.observations.last)
      #expect(last.day == Day(iso: "2026-11-19"))
      #expect(last.value == FakeMarketServer.value(today.startTime, step: 86_400))
      let first = r.observations[0]
      #expect(first.value == FakeMarketServer.value(first.time + 86_400, step: 86_400))
      #expect(r.notes.contains { $0.contains("dated one day earlier than its snapshot") })
      #expect(!r.notes.contains { $0.contains("still in progress") })
    }
  }

  @Test func olderThan365DaysIsNotAskedForAndSaysWhy() async throws {
    try await withServer { server in
      let c = CoinGecko(baseURL: server.baseURL("coingecko"))
      let r = try await c.fetch(request("BTC", from: "2020-01-01", server), http: fastClient)
      // 365 snapshots, the oldest 364 days before today's 00:00 one, closing 365 days.
      #expect(r.observations.count == 365)
      #expect(r.observations.first?.day == today.adding(days: -365))
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
