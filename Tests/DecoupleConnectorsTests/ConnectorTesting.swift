import DecoupleConnectors
import DecoupleData
import FakeMarketServer
import Foundation
import Testing

/// Runs `body` with a fresh fake server on 127.0.0.1, stopped afterwards.
func withServer<T>(
  now: Int64 = FakeMarketServer.defaultNow, _ body: (FakeMarketServer) async throws -> T
) async throws -> T {
  let server = try await FakeMarketServer.start(now: now)
  defer { server.stop() }
  return try await body(server)
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

/// The JSON value of the first `"key":` in `text`, cut out byte for byte (a recorded body inside
/// a recording's wrapper, such as yahoo-finance2's `bodyJson` or ccxt's `httpResponse`).
func jsonValue(after key: String, in text: String, occurrence: Int = 1) -> String? {
  let bytes = Array(text.utf8)
  let marker = Array("\"\(key)\":".utf8)
  var found = 0
  var i = 0
  while i + marker.count <= bytes.count {
    if bytes[i..<(i + marker.count)].elementsEqual(marker) {
      found += 1
      if found == occurrence { break }
    }
    i += 1
  }
  guard found == occurrence else { return nil }
  i += marker.count
  while i < bytes.count, bytes[i] == 32 || bytes[i] == 10 || bytes[i] == 13 { i += 1 }
  let start = i
  var depth = 0
  var inString = false
  while i < bytes.count {
    let c = bytes[i]
    if inString {
      if c == UInt8(ascii: "\\") { i += 1 } else if c == UInt8(ascii: "\"") { inString = false }
    } else if c == UInt8(ascii: "\"") {
      inString = true
    } else if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") {
      depth += 1
    } else if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") {
      depth -= 1
      if depth == 0 { return String(decoding: bytes[start...i], as: UTF8.self) }
    }
    i += 1
  }
  return nil
}
