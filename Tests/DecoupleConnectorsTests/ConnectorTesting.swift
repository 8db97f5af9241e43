import DecoupleConnectors
import DecoupleData
import FakeMarketServer
import Foundation
import TestSupport
import Testing

/// Runs `body` with a fresh fake server on 127.0.0.1, stopped afterwards.
func withServer<T>(
  now: Int64 = FakeMarketServer.defaultNow, _ body: (FakeMarketServer) async throws -> T
) async throws -> T {
  let server = try await FakeMarketServer.start(now: now)
  defer { server.stop() }
  return try await body(server)
}

/// Serves the recording `Fixtures/recorded/<path>` unchanged under the name `name` and runs
/// `body` with the server and the recording's base URL.
func withRecording<T>(
  _ path: String, as name: String, _ body: (FakeMarketServer, URL) async throws -> T
) async throws -> T {
  let text = try Fixture.text("recorded/" + path)
  return try await withServer { server in
    server.state.serve(name, body: text)
    return try await body(server, server.recordedURL(name))
  }
}

/// A client that retries quickly, so fault tests stay fast.
let fastClient = HTTPClient(policy: RetryPolicy(attempts: 3, baseDelay: 0.01, timeout: 5))

/// A request from `from` (ISO day) to the server's now.
func request(
  _ symbol: String, from: String, _ server: FakeMarketServer, interval: Interval = .day
) -> FetchRequest {
  FetchRequest(
    symbol: symbol, interval: interval, from: Day(iso: from)!.startTime, to: server.state.now)
}

/// A daily request from `from` to `to` (ISO days, each from 00:00 UTC).
func dailyRequest(_ symbol: String, from: String, to: String) -> FetchRequest {
  FetchRequest(
    symbol: symbol, interval: .day, from: Day(iso: from)!.startTime, to: Day(iso: to)!.startTime)
}

/// The fetch error `body` throws (failing the test when it throws none or another error).
func fetchError(_ body: () async throws -> Void) async -> FetchError? {
  do {
    try await body()
    Issue.record("expected a FetchError, got success")
  } catch let error as FetchError {
    return error
  } catch {
    Issue.record("expected a FetchError, got \(type(of: error)): \(error)")
  }
  return nil
}

let serverNow = FakeMarketServer.defaultNow
/// 2026-11-20, the day in progress at the server's now.
let today = Day(iso: "2026-11-20")!
