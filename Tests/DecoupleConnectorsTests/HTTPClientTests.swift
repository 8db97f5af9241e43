import FakeMarketServer
import Foundation
import Testing

@testable import DecoupleConnectors

@Suite struct HTTPClientTests {
  @Test func honoursRetryAfterOn429() async throws {
    try await withServer { server in
      let url = server.baseURL("coinbase", fault: "429once")
        .appendingPathComponent("products/ETH-USD/candles")
      let start = Date()
      let r = try await fastClient.get(url, source: "coinbase")
      #expect(Date().timeIntervalSince(start) >= 1)  // Retry-After: 1, not the 0.01 s backoff
      #expect(r.status == 400)  // the retried request reached the handler (no query given)
      #expect(server.state.requests.count == 2)
    }
  }

  @Test func retries503ThenSucceeds() async throws {
    try await withServer { server in
      let c = Coinbase(baseURL: server.baseURL("coinbase", fault: "503once"))
      let r = try await c.fetch(request("ETH", from: "2026-11-01", server), http: fastClient)
      #expect(r.observations.count == 19)
      #expect(server.state.requests.count == 2)
    }
  }

  @Test func timesOut() async throws {
    try await withServer { server in
      let client = HTTPClient(policy: RetryPolicy(attempts: 2, baseDelay: 0.01, timeout: 0.3))
      let c = Kraken(baseURL: server.baseURL("kraken", fault: "slow"))
      let e = await fetchError {
        _ = try await c.fetch(request("ETH", from: "2026-11-01", server), http: client)
      }
      #expect(
        e?.description.hasPrefix("kraken: no answer within 0.3 s from http://127.0.0.1:") == true)
      #expect(e?.description.contains("(2 attempts)") == true)
    }
  }

  @Test func connectionRefused() async throws {
    let c = Coinbase(baseURL: URL(string: "http://127.0.0.1:1")!)
    let e = await fetchError {
      _ = try await c.fetch(
        FetchRequest(symbol: "ETH", interval: .day, from: 0, to: 86_400 * 3), http: fastClient)
    }
    #expect(e?.description.contains("cannot reach http://127.0.0.1:1/") == true)
  }

  @Test func retryAfterParsesSecondsAndHTTPDates() {
    let now = Date(timeIntervalSince1970: 1_700_000_000)
    #expect(RetryPolicy.retryAfter("7") == 7)
    #expect(RetryPolicy.retryAfter("Tue, 14 Nov 2023 22:13:40 GMT", now: now) == 20)
    #expect(RetryPolicy.retryAfter("soon") == nil)
    #expect(RetryPolicy.retryAfter(nil) == nil)
  }

  @Test func backoffIsExponentialWithFullJitterAndRetryAfterWins() {
    let p = RetryPolicy(attempts: 5, baseDelay: 0.5, maxDelay: 3)
    #expect(p.delay(afterAttempt: 1, retryAfter: nil, random: 1) == 0.5)
    #expect(p.delay(afterAttempt: 3, retryAfter: nil, random: 1) == 2)
    #expect(p.delay(afterAttempt: 4, retryAfter: nil, random: 1) == 3)  // capped
    #expect(p.delay(afterAttempt: 4, retryAfter: nil, random: 0.25) == 0.75)
    #expect(p.delay(afterAttempt: 1, retryAfter: 9, random: 0) == 9)
  }

  @Test func keysAreRedacted() {
    let url = URL(string: "https://api.example.org/x?series_id=DGS2&api_key=secret")!
    #expect(HTTPClient.redacted(url) == "https://api.example.org/x?series_id=DGS2&api_key=***")
  }
}

/// POST through the same retry loop, against the local webhook receiver.
@Suite struct HTTPClientPostTests {
  let body = Data(#"{"id":"a1","pair":"ETH/RUT"}"#.utf8)
  let headers = ["Idempotency-Key": "a1", "Content-Type": "application/json"]

  @Test func retries500ThenTheReceiverAcceptsTheBodyOnce() async throws {
    try await withReceiver { receiver in
      receiver.respond(.failFirst(2))
      let r = try await fastClient.post(receiver.url, body: body, headers: headers, source: "hook")
      #expect(r.status == 200)
      #expect(receiver.requests.map(\.status) == [500, 500, 200])
      #expect(receiver.requests.allSatisfy { $0.body == body })
      #expect(receiver.requests.map { $0.headers["idempotency-key"] } == ["a1", "a1", "a1"])
      #expect(receiver.accepted == [body])
    }
  }

  @Test func status400FailsAtOnceNamingTheStatus() async throws {
    try await withReceiver { receiver in
      receiver.respond(.reject(status: 400))
      let e = await fetchError {
        _ = try await fastClient.post(receiver.url, body: body, headers: headers, source: "hook")
      }
      #expect(
        e
          == .httpStatus(
            source: "hook", url: receiver.url.absoluteString, status: 400,
            detail: "this receiver refuses the alert"))
      #expect(e?.description.contains("HTTP 400") == true)
      #expect(receiver.requests.count == 1)
      #expect(receiver.accepted.isEmpty)
    }
  }

  @Test func serverErrorOnEveryAttemptCountsThemAll() async throws {
    try await withReceiver { receiver in
      receiver.respond(.failFirst(10, status: 502))
      let request = HTTPRequest(
        method: .post, url: receiver.url, headers: headers, body: body, shownURL: "hook-origin")
      let outcome = try await fastClient.send(request, source: "hook")
      #expect(outcome.attempts == 3)
      #expect(
        throws: FetchError.serverError(source: "hook", url: "hook-origin", status: 502, attempts: 3)
      ) {
        try outcome.result.get()
      }
      #expect(receiver.requests.count == 3)
    }
  }

  @Test func honoursRetryAfterOn503() async throws {
    try await withReceiver { receiver in
      receiver.respond(.failFirst(1, status: 503, retryAfter: 1))
      let start = Date()
      let r = try await fastClient.post(receiver.url, body: body, headers: headers, source: "hook")
      #expect(Date().timeIntervalSince(start) >= 1)  // Retry-After: 1, not the 0.01 s backoff
      #expect(r.status == 200)
      #expect(receiver.requests.map(\.status) == [503, 200])
    }
  }

  @Test func getStillReturnsA4xxForTheConnector() async throws {
    try await withReceiver { receiver in
      // The receiver answers POST only: GET /hook is Hummingbird's 404 (or 405), returned as is.
      let r = try await fastClient.get(receiver.url, source: "hook")
      #expect((400..<500).contains(r.status))
      #expect(receiver.requests.isEmpty)
    }
  }
}

/// Runs `body` with a fresh webhook receiver, stopped afterwards.
func withReceiver<T>(_ body: (WebhookReceiver) async throws -> T) async throws -> T {
  let receiver = try await WebhookReceiver.start()
  defer { receiver.stop() }
  return try await body(receiver)
}

@Suite struct JSONBodyTests {
  @Test func zeroAndOneAreNumbersButBooleansAreNot() throws {
    let r = HTTPResponse(
      status: 200, headers: [:], body: Data("[0, 1, 2.5, \"3.25\", true, null]".utf8), url: "x")
    let values = try #require(try JSONBody.parse(r, source: "x") as? [Any])
    #expect(values.map(JSONBody.number) == [0, 1, 2.5, 3.25, nil, nil])
  }
}
