import DecoupleConnectors
import DecoupleData
import FakeMarketServer
import Testing

@Suite struct FREDTests {
  @Test(arguments: ["DGS2", "DFF"])  // observation_date and the older DATE header
  func graphCSVWithoutAKey(id: String) async throws {
    try await withServer { server in
      let c = FRED(baseURL: server.baseURL("fred"))
      let r = try await c.fetch(request(id, from: "2026-09-01", server), http: fastClient)
      #expect(r.kind == .rate && r.calendar == .published)
      #expect(r.observations.first?.day == Day(iso: "2026-09-01"))
      #expect(r.observations.last?.day == Day(iso: "2026-11-19"))
      // "." days are missing values, left out.
      #expect(r.observations.allSatisfy { $0.day.daysSince1970 % 10 != 3 })
      #expect(r.requests[0].contains("/graph/fredgraph.csv?id=\(id)&cosd=2026-09-01"))
    }
  }

  @Test func jsonAPIWithAKeyPagesByOffset() async throws {
    try await withServer { server in
      let c = FRED(
        baseURL: server.baseURL("fred"), apiURL: server.baseURL("fredapi"),
        apiKey: "abcdefghijklmnopqrstuvwxyz123456")
      let r = try await c.fetch(request("DGS10", from: "2026-01-01", server), http: fastClient)
      let csv = try await FRED(baseURL: server.baseURL("fred")).fetch(
        request("DGS10", from: "2026-01-01", server), http: fastClient)
      #expect(r.observations == csv.observations)
      #expect(r.requests.count == 5)  // 227 weekdays (with '.' days) in pages of 50
      #expect(r.requests[4].contains("offset=200"))
      #expect(r.requests.allSatisfy { $0.contains("api_key=***") })  // never shown
      #expect(r.notes.contains { $0.contains("marked '.'") })
    }
  }

  @Test func badKeyIsExplained() async throws {
    try await withServer { server in
      let c = FRED(apiURL: server.baseURL("fredapi"), apiKey: "wrong")
      let e = await fetchError {
        _ = try await c.fetch(request("DGS2", from: "2026-11-01", server), http: fastClient)
      }
      #expect(e?.description.contains("rejected the API key in DECOUPLE_FRED_API_KEY") == true)
    }
  }

  @Test func htmlWhereCSVWasExpected() async throws {
    try await withServer { server in
      for (id, fault) in [("NOSUCH", "ok"), ("DGS2", "html")] {
        let c = FRED(baseURL: server.baseURL("fred", fault: fault))
        let e = await fetchError {
          _ = try await c.fetch(request(id, from: "2026-11-01", server), http: fastClient)
        }
        #expect(e?.description.contains("returned an HTML page where CSV was expected") == true)
      }
    }
  }

  @Test(arguments: ["truncated", "malformed"])
  func badCSV(fault: String) async throws {
    try await withServer { server in
      let c = FRED(baseURL: server.baseURL("fred", fault: fault))
      let e = await fetchError {
        _ = try await c.fetch(request("DGS2", from: "2026-10-01", server), http: fastClient)
      }
      #expect(e?.description.contains("is not in the documented format") == true, "\(e!)")
    }
  }
}
