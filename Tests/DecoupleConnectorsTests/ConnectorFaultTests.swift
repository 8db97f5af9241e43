import DecoupleConnectors
import DecoupleData
import FakeMarketServer
import Foundation
import TestSupport
import Testing

/// Every connector, against every generic fault: each gives its own clear `FetchError`, never a
/// crash and never a partial result.
@Suite struct ConnectorFaultTests {
  static let connectors = [
    "coinbase", "binance", "kraken", "yahoo", "fred", "coinmetrics", "coingecko",
  ]

  static func connector(_ id: String, _ server: FakeMarketServer, fault: String) -> any Connector {
    var env = server.environment(fault: fault)
    env["DECOUPLE_FRED_API_KEY"] = nil
    return Connectors.all(environment: env).first { $0.info.id == id }!
  }

  @Test(
    arguments: connectors,
    [
      ("html", "returned an HTML page where"),
      ("truncated", "is not in the documented format"),
      ("malformed", "is not in the documented format"),
      ("503", "server error HTTP 503 on all 3 attempts"),
      ("429long", "asked to wait 3600 s"),
    ])
  func eachFaultGivesAClearMessage(id: String, fault: (String, String)) async throws {
    try await withServer { server in
      let symbol = ["yahoo": "SPY", "fred": "DGS2"][id] ?? "ETH"
      let c = Self.connector(id, server, fault: fault.0)
      let e = await fetchError {
        _ = try await c.fetch(request(symbol, from: "2026-10-01", server), http: fastClient)
      }
      #expect(
        e?.description.contains(fault.1) == true, "\(id) \(fault.0): \(String(describing: e))")
      let wording = ErrorText.cliWording(in: e.map(\.description) ?? "")
      #expect(wording.isEmpty, "\(String(describing: e))")
      if fault.0 == "429long" { #expect(server.state.requests.count == 1) }  // no waiting an hour
    }
  }

  @Test(arguments: connectors)
  func retriesA503AndSucceeds(id: String) async throws {
    try await withServer { server in
      let symbol = ["yahoo": "SPY", "fred": "DGS2"][id] ?? "ETH"
      let c = Self.connector(id, server, fault: "503once")
      let r = try await c.fetch(request(symbol, from: "2026-10-01", server), http: fastClient)
      #expect(!r.observations.isEmpty)
      #expect(server.state.requests.count == 2 * r.requests.count)
    }
  }
}
