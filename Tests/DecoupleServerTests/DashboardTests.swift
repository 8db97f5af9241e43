import DecoupleRender
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DecoupleServer

/// The server in process (Hummingbird's router test client): routing, validation, the cache,
/// the limits and the security headers, with stand-in endpoints.
@Suite struct DashboardTests {
  final class Calls: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func add() { lock.withLock { n += 1 } }
    var count: Int { lock.withLock { n } }
  }

  static func dashboard(
    _ calls: Calls = Calls(), configure: (inout ServerConfiguration) -> Void = { _ in }
  ) -> Dashboard {
    var config = ServerConfiguration(
      storePath: "/nonexistent/decouple-test.sqlite", environment: [:])
    configure(&config)
    let echo = Endpoint(
      name: "echo", summary: "Echoes the query.",
      parameters: [
        Parameter(name: "a", kind: .operand, help: "A", required: true),
        Parameter(name: "symbols", kind: .operand, help: "S", repeating: true),
        Parameter(name: "window", kind: .option, help: "W", defaultValue: "90"),
      ],
      run: { q in
        calls.add()
        return .json(.object([("query", .string(q.canonical))]))
      })
    let slow = Endpoint(
      name: "slow", summary: "Takes a second.", parameters: [],
      run: { _ in
        Thread.sleep(forTimeInterval: 3)
        calls.add()
        return .json(.object([("done", .bool(true))]))
      })
    let failing = Endpoint(
      name: "failing", summary: "Fails.", parameters: [],
      run: { _ in throw APIError(status: 422, message: "The data cannot answer.") })
    let broken = Endpoint(
      name: "broken", summary: "Throws something unexpected.", parameters: [],
      run: { _ in throw CocoaError(.fileNoSuchFile) })
    return Dashboard(configuration: config, endpoints: [echo, slow, failing, broken])
  }

  static func get(
    _ client: some TestClientProtocol, _ uri: String, headers: HTTPFields = [:]
  ) async throws -> (status: Int, body: String, headers: HTTPFields) {
    try await client.execute(uri: uri, method: .get, headers: headers) { r in
      (Int(r.status.code), String(buffer: r.body), r.headers)
    }
  }

  static func error(_ body: String) -> (status: Int, message: String, parameter: String?)? {
    guard let data = body.data(using: .utf8),
      let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let e = obj["error"] as? [String: Any]
    else { return nil }
    return (e["status"] as? Int ?? 0, e["message"] as? String ?? "", e["parameter"] as? String)
  }

  @Test func answersAnEndpointAndCachesEqualQueries() async throws {
    let calls = Calls()
    let app = Application(router: Self.dashboard(calls).router())
    try await app.test(.router) { client in
      let first = try await Self.get(client, "/api/v1/echo?a=ETH&window=30")
      #expect(first.status == 200)
      #expect(first.body == #"{"query":"a=ETH&window=30"}"#)
      #expect(first.headers[.contentType] == "application/json")
      // The same query in another order is the same request: answered from the cache.
      let second = try await Self.get(client, "/api/v1/echo?window=30&a=ETH")
      #expect(second.body == first.body)
      #expect(calls.count == 1)
      _ = try await Self.get(client, "/api/v1/echo?a=BTC")
      #expect(calls.count == 2)
    }
  }

  @Test func equalRequestsArrivingTogetherComputeOnce() async throws {
    let calls = Calls()
    let app = Application(router: Self.dashboard(calls).router())
    try await app.test(.router) { client in
      let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
        for _ in 0..<6 { group.addTask { try await Self.get(client, "/api/v1/slow").status } }
        return try await group.reduce(into: []) { $0.append($1) }
      }
      #expect(statuses == Array(repeating: 200, count: 6))
      #expect(calls.count == 1)
    }
  }

  @Test func aSlowAnalysisTimesOutThenIsServedFromTheCache() async throws {
    let calls = Calls()
    let app = Application(
      router: Self.dashboard(calls) { $0.timeout = .milliseconds(500) }.router())
    try await app.test(.router) { client in
      let first = try await Self.get(client, "/api/v1/slow")
      #expect(first.status == 503)
      #expect(Self.error(first.body)?.message.contains("goes on") == true)
      try await Task.sleep(for: .seconds(4))
      let again = try await Self.get(client, "/api/v1/slow")
      #expect(again.status == 200)
      #expect(calls.count == 1)
    }
  }

  @Test func refusesUnknownEndpointsAndParametersNamingThem() async throws {
    let app = Application(router: Self.dashboard().router())
    try await app.test(.router) { client in
      let unknown = try await Self.get(client, "/api/v1/nope")
      #expect(unknown.status == 404)
      #expect(Self.error(unknown.body)?.message.contains("'nope'") == true)
      let badParam = try await Self.get(client, "/api/v1/echo?a=ETH&colour=red")
      #expect(badParam.status == 400)
      #expect(Self.error(badParam.body)?.parameter == "colour")
      #expect(Self.error(badParam.body)?.message.contains("a, symbols, window") == true)
      let twice = try await Self.get(client, "/api/v1/echo?a=ETH&a=BTC")
      #expect(twice.status == 400)
      #expect(Self.error(twice.body)?.parameter == "a")
      let repeated = try await Self.get(client, "/api/v1/echo?a=ETH&symbols=X&symbols=Y")
      #expect(repeated.status == 200)
    }
  }

  @Test func errorsBecomeJSONAndTheServerGoesOn() async throws {
    let app = Application(router: Self.dashboard().router())
    try await app.test(.router) { client in
      let failing = try await Self.get(client, "/api/v1/failing")
      #expect(failing.status == 422)
      #expect(Self.error(failing.body)?.message == "The data cannot answer.")
      let broken = try await Self.get(client, "/api/v1/broken")
      #expect(broken.status == 500)
      #expect(Self.error(broken.body) != nil)
      #expect(try await Self.get(client, "/api/v1/echo?a=ETH").status == 200)
    }
  }

  /// Hostile and malformed requests: each gets a 4xx, none crashes the server or reaches a
  /// file outside the site's folder.
  @Test func hostileRequestsAreRefused() async throws {
    let app = Application(router: Self.dashboard().router())
    try await app.test(.router) { client in
      let cases: [(String, Int)] = [
        ("/static/..%2F..%2F..%2Fetc%2Fpasswd", 404),
        ("/static/../../Package.swift", 404),
        ("/static/vendor/..%2Fpair.html", 404),
        ("/static/pair.html", 404),
        ("/api/v1/echo?a=%ZZ", 400),
        ("/api/v1/echo?a=%FF", 400),
        ("/api/v1/echo?=x", 400),
        ("/api/v1/echo?a=" + String(repeating: "A", count: 5_000), 414),
        ("/api/v1/" + String(repeating: "x", count: 300), 404),
        ("/nothing/here", 404),
      ]
      for (uri, status) in cases {
        let r = try await Self.get(client, uri)
        #expect(r.status == status, "\(uri.prefix(60)): \(r.status) \(r.body.prefix(120))")
        #expect(!r.body.contains("root:"))
      }
      let evilHost = try await Self.get(
        client, "/api/v1/echo?a=ETH", headers: [HTTPField.Name("Host")!: "evil.example"])
      #expect(evilHost.status == 421)
      let put = try await client.execute(uri: "/api/v1/echo?a=ETH", method: .put) {
        Int($0.status.code)
      }
      #expect(put == 405 || put == 404)
      #expect(try await Self.get(client, "/api/v1/echo?a=ETH").status == 200)
    }
  }

  @Test func everyResponseCarriesTheSecurityHeaders() async throws {
    let app = Application(router: Self.dashboard().router())
    try await app.test(.router) { client in
      for uri in ["/", "/static/app.css", "/api/v1/nope", "/openapi.json"] {
        let r = try await Self.get(client, uri)
        let csp = r.headers[.contentSecurityPolicy] ?? ""
        #expect(csp.contains("script-src 'self'"), "\(uri)")
        #expect(csp.contains("connect-src 'self'"), "\(uri)")
        #expect(!csp.contains("unsafe-inline"), "\(uri)")
        #expect(r.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
      }
    }
  }

  @Test func pagesCarryTheSessionTokenAndPostNeedsIt() async throws {
    let dashboard = Self.dashboard()
    let app = Application(router: dashboard.router())
    try await app.test(.router) { client in
      let page = try await Self.get(client, "/")
      #expect(page.status == 200)
      #expect(page.body.contains("content=\"\(dashboard.sessionToken)\""))
      #expect(!page.body.contains("{{SESSION_TOKEN}}"))
      for path in ["/universe", "/claims", "/data"] {
        #expect(try await Self.get(client, path).status == 200)
      }
      let noToken = try await client.execute(uri: "/api/v1/update", method: .post) {
        Int($0.status.code)
      }
      #expect(noToken == 403)
      let wrongToken = try await client.execute(
        uri: "/api/v1/update", method: .post,
        headers: [HTTPField.Name("X-Decouple-Token")!: "0000"]
      ) { Int($0.status.code) }
      #expect(wrongToken == 403)
      let crossOrigin = try await client.execute(
        uri: "/api/v1/update", method: .post,
        headers: [
          HTTPField.Name("X-Decouple-Token")!: dashboard.sessionToken,
          .origin: "http://evil.example", HTTPField.Name("Host")!: "127.0.0.1:8080",
        ]
      ) { Int($0.status.code) }
      #expect(crossOrigin == 403)
      // With the token: an update of a store that does not exist streams one `done` event.
      let events = try await client.execute(
        uri: "/api/v1/update", method: .post,
        headers: [HTTPField.Name("X-Decouple-Token")!: dashboard.sessionToken]
      ) { ($0.status.code, $0.headers[.contentType], String(buffer: $0.body)) }
      #expect(events.0 == 200)
      #expect(events.1 == "text/event-stream")
      #expect(events.2.contains("event: done\ndata: {"), "\(events.2)")
    }
  }

  @Test func aConfiguredTokenIsRequiredEverywhere() async throws {
    let token = "a-long-enough-secret"
    let app = Application(router: Self.dashboard { $0.token = token }.router())
    try await app.test(.router) { client in
      #expect(try await Self.get(client, "/api/v1/echo?a=ETH").status == 403)
      #expect(try await Self.get(client, "/").status == 403)
      let viaQuery = try await Self.get(client, "/?token=\(token)")
      #expect(viaQuery.status == 200)
      #expect(viaQuery.headers[.setCookie]?.contains("HttpOnly") == true)
      let viaCookie = try await Self.get(
        client, "/api/v1/echo?a=ETH", headers: [.cookie: "decouple_token=\(token)"])
      #expect(viaCookie.status == 200)
    }
  }

  @Test func rateLimitsAnswer429() async throws {
    // One request a second, bursts of two: of 30 requests arriving together, most are refused.
    let app = Application(
      router: Self.dashboard {
        $0.requestsPerSecond = 1
        $0.computationsPerSecond = 1000
      }.router())
    try await app.test(.router) { client in
      let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
        for i in 0..<30 {
          group.addTask { try await Self.get(client, "/api/v1/echo?a=E\(i)").status }
        }
        return try await group.reduce(into: []) { $0.append($1) }
      }
      #expect(statuses.filter { $0 == 200 }.count >= 2)
      #expect(statuses.contains(429))
      #expect(Set(statuses).isSubset(of: [200, 429]))
    }
  }

  @Test func openAPIListsEveryEndpointWithItsParameters() async throws {
    let app = Application(router: Self.dashboard().router())
    try await app.test(.router) { client in
      let r = try await Self.get(client, "/openapi.json")
      let doc = try #require(
        try JSONSerialization.jsonObject(with: Data(r.body.utf8)) as? [String: Any])
      #expect(doc["openapi"] as? String == "3.1.0")
      let paths = try #require(doc["paths"] as? [String: Any])
      for p in ["/api/v1/echo", "/api/v1/slow", "/api/v1/status", "/api/v1/update"] {
        #expect(paths[p] != nil, "\(p)")
      }
      let echo = try #require((paths["/api/v1/echo"] as? [String: Any])?["get"] as? [String: Any])
      let names = (echo["parameters"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
      #expect(names == ["a", "symbols", "window"])
    }
  }
}
