import DecoupleConnectors
import DecoupleData
import DecoupleStore
import Foundation

/// Fetching into the store, as `decouple fetch` and `decouple update` do it: a library call.
///
/// A fetch is complete in memory before anything is written, then written in one transaction,
/// so a failed fetch writes nothing.
public enum Refresh {
  /// Intervals re-fetched before the last stored one, to catch revised values.
  public static let overlap: Int64 = 3

  /// What one fetch did.
  public struct Outcome: Sendable {
    public var result: FetchResult
    public var interval: Interval
    /// `nil` when nothing was asked for (the store is up to date).
    public var summary: WriteSummary?
  }

  /// The range to fetch for a series whose last stored observation is at `last`: from `overlap`
  /// intervals before it to `now`; `nil` when no complete interval after it can exist yet
  /// (then no request is made).
  public static func incrementalStart(last: Int64, interval: Interval, now: Int64) -> Int64? {
    let step = interval.seconds
    // The next interval after `last` is complete at last + 2 steps.
    guard last + 2 * step <= now else { return nil }
    return last - overlap * step
  }

  /// Fetches `request` with `connector` and writes it to `store` in one transaction.
  public static func fetch(
    _ request: FetchRequest, with connector: any Connector, into store: Store, http: HTTPClient
  ) async throws -> Outcome {
    let result = try await connector.fetch(request, http: http)
    let record = SeriesRecord(
      symbol: result.symbol, source: result.source, instrument: result.instrument,
      kind: result.kind, frequency: request.interval, unit: result.unit,
      timeZone: result.timeZone, calendar: result.calendar, licence: result.licence)
    let summary = try store.write(
      WriteBatch(
        series: record, observations: result.observations,
        request: result.requests.joined(separator: " ")))
    return Outcome(result: result, interval: request.interval, summary: summary)
  }

  /// The HTTP client the commands use: `DECOUPLE_HTTP_TIMEOUT` (seconds),
  /// `DECOUPLE_HTTP_ATTEMPTS` and `DECOUPLE_RETRY_BASE_DELAY` (seconds) adjust the policy.
  public static func httpClient(environment: [String: String]) -> HTTPClient {
    var policy = RetryPolicy()
    if let t = environment["DECOUPLE_HTTP_TIMEOUT"].flatMap(Double.init) { policy.timeout = t }
    if let n = environment["DECOUPLE_HTTP_ATTEMPTS"].flatMap(Int.init) { policy.attempts = n }
    if let d = environment["DECOUPLE_RETRY_BASE_DELAY"].flatMap(Double.init) {
      policy.baseDelay = d
    }
    return HTTPClient(
      policy: policy, log: { Progress.line($0) },
      progress: { page, pages, label in
        Progress.bar(Int(page - 1), of: Int(pages), "\(label): page \(page) of \(pages)")
      })
  }

  /// Now, seconds since 1970 (`DECOUPLE_NOW` overrides it, for tests).
  public static func now(environment: [String: String]) -> Int64 {
    environment["DECOUPLE_NOW"].flatMap(Int64.init) ?? Int64(Date().timeIntervalSince1970)
  }
}
