import DecoupleConnectors
import DecoupleData
import DecoupleStore
import Foundation

/// What the workspace reports while it works: a status line, or a fraction of a known total.
/// A caller shows it (the CLI on a terminal) or ignores it; the workspace never prints.
public enum ProgressEvent: Sendable, Equatable {
  /// A one-line status ("Updating ETH from coinbase…", a retry).
  case status(String)
  /// `done` of `total` steps (pages, rows) of the work `label` names.
  case fraction(done: Int, total: Int, label: String)
  /// The work is over; clear any status shown.
  case finished
}

/// A receiver of ``ProgressEvent``s.
public typealias ProgressHandler = @Sendable (ProgressEvent) -> Void

/// What one fetch did.
public struct FetchOutcome: Sendable {
  public var result: FetchResult
  public var interval: Interval
  /// `nil` when nothing was asked for (the store is up to date).
  public var summary: WriteSummary?
}

/// What `fetch` and `update` did: each series fetched, and the ones already up to date.
public struct UpdateReport: Sendable {
  /// The store's path.
  public var store: String
  public var outcomes: [FetchOutcome]
  /// Series with nothing new to fetch yet (no request was made).
  public var upToDate: [String]
  /// Set when there is no store to update (nothing was done).
  public var noStore = false
  /// Series whose fetch failed (a universe fetch goes on past them), with the error's sentence.
  public var failures: [FetchFailure] = []
}

/// A series whose fetch failed while others went on.
public struct FetchFailure: Sendable, Equatable {
  public var symbol: String
  /// The error's one sentence.
  public var message: String
}

extension Workspace {
  /// Intervals re-fetched before the last stored one, to catch revised values.
  public static let overlap: Int64 = 3

  /// The range to fetch for a series whose last stored observation is at `last`: from
  /// ``overlap`` intervals before it to `now`; `nil` when no complete interval after it can
  /// exist yet (then no request is made). A 24/7 interval after `last` is complete at
  /// `last` + 2 intervals; an exchange's next day may close before the next UTC midnight (a US
  /// session closes at 21:00 UTC), so for `.exchange` daily series a request is made once that
  /// day has begun.
  public static func incrementalStart(
    last: Int64, interval: Interval, now: Int64, calendar: MarketCalendar = .continuous
  ) -> Int64? {
    let step = interval.seconds
    let ahead: Int64 = calendar == .exchange && interval == .day ? 1 : 2
    guard last + ahead * step <= now else { return nil }
    return last - overlap * step
  }

  /// The first time fetched for a series the store does not hold yet: 2015-01-01 for daily
  /// data, 60 days before `now` for hourly.
  static func firstStart(_ interval: Interval, now: Int64) -> Int64 {
    interval == .day ? Day(iso: "2015-01-01")!.startTime : now - 60 * 86_400
  }

  /// Fetches `symbol` from `source` (default: the connectors' default source for the symbol)
  /// into the store, from `from`, else incrementally after what is stored, else from
  /// ``firstStart(_:now:)``; up to the end of day `to`, or now. The fetch is complete in memory
  /// before anything is written, then written in one transaction: a failed fetch writes
  /// nothing.
  /// - Throws: `FetchError` (unknown source, unsupported interval, the service's answer),
  ///   `StoreError`.
  public func fetch(
    _ symbol: String, source: String? = nil, from: Day? = nil, to: Day? = nil,
    interval: Interval = .day,
    progress: @escaping ProgressHandler = { _ in }
  ) async throws -> UpdateReport {
    let connector = try Connectors.named(
      source ?? Connectors.defaultSource(for: symbol), environment: environment)
    guard connector.info.intervals.contains(interval) else {
      throw FetchError.unsupportedInterval(source: connector.info.id, interval: interval.rawValue)
    }
    let store = try store()
    let report = try await fetchOne(
      symbol, with: connector, from: from, to: to, interval: interval, store: store,
      http: httpClient(progress))
    progress(.finished)
    return report
  }

  /// One symbol's fetch into `store`: the range (given, incremental or first), the request,
  /// the write. A report with no outcome and the symbol up to date when nothing can be new.
  func fetchOne(
    _ symbol: String, with connector: any Connector, from: Day?, to: Day?, interval: Interval,
    store: Store, http: HTTPClient
  ) async throws -> UpdateReport {
    let now = now
    var start: Int64
    if let from {
      start = from.startTime
    } else if let stored = try store.series(
      Self.storedSymbol(symbol, source: connector.info.id), source: connector.info.id,
      frequency: interval),
      let last = try store.lastTime(stored)
    {
      guard
        let s = Self.incrementalStart(
          last: last, interval: interval, now: now, calendar: stored.calendar)
      else {
        return UpdateReport(store: store.path, outcomes: [], upToDate: [stored.symbol])
      }
      start = s
    } else {
      start = Self.firstStart(interval, now: now)
    }
    let end = to.map { min($0.adding(days: 1).startTime, now) } ?? now
    guard end > start else {
      return UpdateReport(store: store.path, outcomes: [], upToDate: [symbol.uppercased()])
    }
    let request = FetchRequest(symbol: symbol, interval: interval, from: start, to: end)
    let outcome = try await fetch(request, with: connector, into: store, http: http)
    return UpdateReport(store: store.path, outcomes: [outcome], upToDate: [])
  }

  /// Refreshes every series fetched from a live source, incrementally (imported series are left
  /// alone). Each series is its own transaction; the first failure stops the update (earlier
  /// series stay written). Without a store, nothing is done and ``UpdateReport/noStore`` is set.
  public func update(progress: @escaping ProgressHandler = { _ in }) async throws -> UpdateReport {
    guard let store = try existingStore() else {
      return UpdateReport(store: storePath, outcomes: [], upToDate: [], noStore: true)
    }
    let now = now
    let http = httpClient(progress)
    var outcomes: [FetchOutcome] = []
    var upToDate: [String] = []
    for listing in try store.listing() where listing.series.source != "import" {
      let s = listing.series
      let connector = try Connectors.named(s.source, environment: environment)
      let start: Int64
      if let last = listing.last {
        guard
          let from = Self.incrementalStart(
            last: last, interval: s.frequency, now: now, calendar: s.calendar)
        else {
          upToDate.append(s.symbol)
          continue
        }
        start = from
      } else {
        start = Self.firstStart(.day, now: now)
      }
      progress(.status("Updating \(s.symbol) from \(s.source)…"))
      outcomes.append(
        try await fetch(
          FetchRequest(symbol: s.symbol, interval: s.frequency, from: start, to: now),
          with: connector, into: store, http: http))
    }
    progress(.finished)
    return UpdateReport(store: store.path, outcomes: outcomes, upToDate: upToDate)
  }

  /// The live sources, configured from ``environment`` (keys, base URLs).
  public var sources: [ConnectorInfo] { Connectors.all(environment: environment).map(\.info) }

  /// Whether `info`'s key variable is set (false when it needs none).
  public func keyIsSet(_ info: ConnectorInfo) -> Bool {
    info.keyVariable.map { environment[$0]?.isEmpty == false } ?? false
  }

  /// The symbol a fetch of `symbol` from `source` is stored under.
  public static func storedSymbol(_ symbol: String, source: String) -> String {
    guard source == "coinmetrics" else { return symbol.uppercased() }
    let (asset, metric) = CoinMetrics.split(symbol)
    return metric == "PriceUSD"
      ? asset.uppercased() : "\(asset.uppercased()).\(metric.uppercased())"
  }

  /// Fetches `request` with `connector` and writes it to `store` in one transaction; a fetch
  /// that returns no rows writes nothing (its outcome has no summary and a note says so).
  func fetch(
    _ request: FetchRequest, with connector: any Connector, into store: Store, http: HTTPClient
  ) async throws -> FetchOutcome {
    var result = try await connector.fetch(request, http: http)
    if let refetched = try await refetchIfAdjusted(
      result, request: request, with: connector, store: store, http: http)
    {
      result = refetched
    }
    guard !result.observations.isEmpty else {
      // An empty series would hide an embedded one of the same name: store nothing.
      result.notes.append("No rows came back for the range asked for; nothing was stored.")
      return FetchOutcome(result: result, interval: request.interval, summary: nil)
    }
    let held = try store.series(result.symbol) != nil
    let record = SeriesRecord(
      symbol: result.symbol, source: result.source, instrument: result.instrument,
      kind: result.kind, frequency: request.interval, unit: result.unit,
      timeZone: result.timeZone, calendar: result.calendar, licence: result.licence)
    let summary = try store.write(
      WriteBatch(
        series: record, observations: result.observations,
        request: result.requests.joined(separator: " ")))
    if let note = shadowNote(result.symbol, storeHeldIt: held) { result.notes.append(note) }
    return FetchOutcome(result: result, interval: request.interval, summary: summary)
  }

  /// The HTTP client: `DECOUPLE_HTTP_TIMEOUT` (seconds), `DECOUPLE_HTTP_ATTEMPTS` and
  /// `DECOUPLE_RETRY_BASE_DELAY` (seconds) in ``environment`` adjust the retry policy; requests,
  /// retries and pages are reported to `progress`.
  func httpClient(_ progress: @escaping ProgressHandler) -> HTTPClient {
    var policy = RetryPolicy()
    if let t = environment["DECOUPLE_HTTP_TIMEOUT"].flatMap(Double.init) { policy.timeout = t }
    if let n = environment["DECOUPLE_HTTP_ATTEMPTS"].flatMap(Int.init) { policy.attempts = n }
    if let d = environment["DECOUPLE_RETRY_BASE_DELAY"].flatMap(Double.init) {
      policy.baseDelay = d
    }
    return HTTPClient(
      policy: policy, log: { progress(.status($0)) },
      progress: { page, pages, label in
        progress(
          .fraction(
            done: Int(page - 1), total: Int(pages), label: "\(label): page \(page) of \(pages)"))
      })
  }
}
