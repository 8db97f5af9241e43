import DecoupleConnectors
import DecoupleData
import FakeMarketServer
import Testing

@Suite struct CoinMetricsTests {
  @Test func followsNextPageURLsOnTheConfiguredHost() async throws {
    try await withServer { server in
      let c = CoinMetrics(baseURL: server.baseURL("coinmetrics"))
      let r = try await c.fetch(request("ETH", from: "2026-08-01", server), http: fastClient)
      let first = Day(iso: "2026-08-01")!.daysSince1970
      #expect(r.observations.map(\.day.daysSince1970) == Array(first..<today.daysSince1970))
      #expect(r.requests.count == 4)  // 111 days in pages of 30
      #expect(server.state.requests.count == 4)
      // The next_page_url names the real host; its path and query are followed on the fake one.
      #expect(r.requests[1].contains("next_page_token="))
      #expect(r.requests.allSatisfy { $0.hasPrefix(server.baseURL("coinmetrics").absoluteString) })
      #expect(r.requests.allSatisfy { $0.contains("paging_from=start") })
      #expect(r.kind == .price && r.licence.contains("CC BY-NC 4.0"))
      #expect(r.notes.contains { $0.contains("CC BY-NC 4.0") })
    }
  }

  @Test func onChainMetric() async throws {
    try await withServer { server in
      let c = CoinMetrics(baseURL: server.baseURL("coinmetrics"))
      let r = try await c.fetch(
        request("ETH.SplyCur", from: "2026-11-01", server), http: fastClient)
      #expect(r.symbol == "ETH.SPLYCUR" && r.kind == .onChain && r.unit == "ETH")
      #expect(r.observations.first!.value > 120_000_000)
      #expect(r.requests[0].contains("metrics=SplyCur"))
    }
  }

  @Test func badParameter() async throws {
    try await withServer { server in
      let c = CoinMetrics(baseURL: server.baseURL("coinmetrics"))
      let e = await fetchError {
        _ = try await c.fetch(request("XYZ", from: "2026-11-01", server), http: fastClient)
      }
      #expect(e?.description.contains("Bad parameter 'assets'") == true)
    }
  }

  @Test func aNextPageAlreadyFetchedStopsTheFetch() async throws {
    try await withServer { server in
      let c = CoinMetrics(baseURL: server.baseURL("coinmetrics", fault: "samepage"))
      let e = await fetchError {
        _ = try await c.fetch(request("ETH", from: "2026-08-01", server), http: fastClient)
      }
      #expect(e?.description.contains("its next page is one already fetched") == true)
      #expect(server.state.requests.count == 2)
    }
  }
}
