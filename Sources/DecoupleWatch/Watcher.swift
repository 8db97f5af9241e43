import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import DecoupleWorkspace
import Foundation

/// Somewhere an alert is delivered: the JSON-lines log, a webhook.
public protocol AlertSink: Sendable {
  /// Delivers `alert`; throws a sentence-worthy error when it could not (then it stays
  /// pending and is tried again on the next run).
  func deliver(_ alert: AlertRecord) async throws
}

/// Runs a watchlist: one cycle refreshes the series, evaluates every rule on closed days only,
/// records new alerts once per stretch, and delivers what is pending.
///
/// All state — alerts, deliveries, and the last day evaluated per pair and rule — lives in the
/// workspace's store, so a cycle killed at any point loses no alert and repeats none: the
/// evaluation and its record are one transaction, and a delivery is marked done only after it
/// succeeded (a webhook delivered but not yet marked is sent again with the same
/// `Idempotency-Key`, the log skips an id it holds).
public final class Watcher: Sendable {
  public let workspace: Workspace
  public let watchlist: Watchlist
  /// The channels by name (``Watchlist/channels``).
  public let sinks: [String: any AlertSink]

  public init(workspace: Workspace, watchlist: Watchlist, sinks: [String: any AlertSink]) {
    self.workspace = workspace
    self.watchlist = watchlist
    self.sinks = sinks
  }

  /// The last day that has ended in UTC at `now` (seconds since 1970): a cycle evaluates
  /// nothing later, so no partial day is ever read.
  public static func lastClosedDay(now: Int64) -> Day {
    Day(containing: now - 86_400)
  }

  /// One cycle.
  /// - Parameter update: refresh the watched series first (``Workspace/refresh(_:progress:)``).
  /// - Throws: `StoreError` when the store cannot be written; a pair's own failure (a series
  ///   missing, a source down) is in its ``WatchCycle/PairResult/error`` instead.
  public func cycle(update: Bool = true, progress: @escaping ProgressHandler = { _ in })
    async throws -> WatchCycle
  {
    let asOf = Self.lastClosedDay(now: workspace.now)
    var refresh: UpdateReport?
    if update { refresh = try await workspace.refresh(watchlist.symbols, progress: progress) }
    let cursors = try workspace.watchCursors()
    let open = Dictionary(grouping: try workspace.alerts(openOnly: true)) {
      "\($0.pair)|\($0.rule)"
    }
    let firedAt = Workspace.timestamp(workspace.now)
    let evaluations = evaluateAll(asOf: asOf, cursors: cursors, open: open, firedAt: firedAt)
    let record = WatchCycleRecord(
      alerts: evaluations.flatMap(\.alerts), channels: watchlist.channels,
      ended: evaluations.flatMap(\.ended), cursors: evaluations.flatMap(\.cursors))
    let added = try workspace.recordWatchCycle(record)
    let attempts = await deliverPending()
    var result = WatchCycle(
      lastClosedDay: asOf, refresh: refresh,
      pairs: evaluations.map {
        WatchCycle.PairResult(
          pair: $0.pair, evaluatedTo: $0.evaluatedTo, error: $0.error,
          newAlerts: added.filter { [pair = $0.pair] a in a.pair == pair.key })
      }, newAlerts: added, attempts: attempts)
    result.pending = try workspace.pendingDeliveries().map(\.0)
    return result
  }

  /// Evaluates every pair, two at a time per core; each series is read once.
  func evaluateAll(
    asOf: Day, cursors: [String: String], open: [String: [AlertRecord]], firedAt: String
  ) -> [PairEvaluation] {
    let cache = SeriesCache(workspace: workspace)
    let pairs = watchlist.pairs
    let out = Locked([PairEvaluation?](repeating: nil, count: pairs.count))
    DispatchQueue.concurrentPerform(iterations: pairs.count) { i in
      let e = PairEvaluation(
        pairs[i], asOf: asOf, cache: cache, cursors: cursors, open: open, firedAt: firedAt)
      out.withLock { $0[i] = e }
    }
    return out.withLock { $0.map { $0! } }
  }

  /// Tries every pending delivery once (each channel retries within its own policy). Once a
  /// channel has failed in this cycle, its other deliveries wait for the next cycle untried:
  /// a webhook that is down costs one alert's retries, not every alert's.
  func deliverPending() async -> [WatchCycle.Attempt] {
    guard let pending = try? workspace.pendingDeliveries() else { return [] }
    var attempts: [WatchCycle.Attempt] = []
    var down = Set<String>()
    for (delivery, alert) in pending where !down.contains(delivery.channel) {
      guard let sink = sinks[delivery.channel] else {
        attempts.append(
          .init(
            alertId: alert.id, channel: delivery.channel,
            error: "the channel is no longer in the watchlist"))
        continue
      }
      var failure: String?
      do {
        try await sink.deliver(alert)
      } catch {
        failure = "\(error)"
      }
      if failure != nil { down.insert(delivery.channel) }
      try? workspace.markDelivery(alertId: alert.id, channel: delivery.channel, error: failure)
      attempts.append(.init(alertId: alert.id, channel: delivery.channel, error: failure))
    }
    return attempts
  }
}

/// A value behind a lock.
final class Locked<Value>: @unchecked Sendable {
  private var value: Value
  private let lock = NSLock()
  init(_ value: Value) { self.value = value }
  func withLock<T>(_ body: (inout Value) -> T) -> T {
    lock.lock()
    defer { lock.unlock() }
    return body(&value)
  }
}

/// Each watched series read once per cycle (pairs share them).
final class SeriesCache: @unchecked Sendable {
  let workspace: Workspace
  private let held = Locked([String: Result<DailySeries, any Error>]())
  init(workspace: Workspace) { self.workspace = workspace }

  func series(_ symbol: String) throws -> DailySeries {
    if let r = held.withLock({ $0[symbol] }) { return try r.get() }
    let r = Result { try workspace.series(symbol) }
    held.withLock { $0[symbol] = r }
    return try r.get()
  }
}
