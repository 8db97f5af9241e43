import DecoupleData
import DecoupleStore
import Foundation

extension Workspace {
  /// Records a watch cycle in the store (created if missing), in one transaction.
  /// - Returns: the alerts newly stored.
  /// - Throws: `StoreError`.
  @discardableResult
  public func recordWatchCycle(_ cycle: WatchCycleRecord) throws -> [AlertRecord] {
    try store().record(cycle, at: Self.timestamp(now))
  }

  /// The last closed day the watch evaluated, per `pair|rule`; empty without a store.
  public func watchCursors() throws -> [String: String] {
    try existingStore()?.watchCursors() ?? [:]
  }

  /// Stored alerts, newest first (none without a store).
  public func alerts(pair: String? = nil, openOnly: Bool = false) throws -> [AlertRecord] {
    try existingStore()?.alerts(pair: pair, openOnly: openOnly) ?? []
  }

  /// The deliveries of the given alerts, or of all.
  public func alertDeliveries(of ids: [String]? = nil) throws -> [AlertDelivery] {
    try existingStore()?.deliveries(of: ids) ?? []
  }

  /// Deliveries not made yet, with their alerts.
  public func pendingDeliveries() throws -> [(AlertDelivery, AlertRecord)] {
    try existingStore()?.pendingDeliveries() ?? []
  }

  /// Records one delivery attempt.
  public func markDelivery(alertId: String, channel: String, error: String?) throws {
    try store().markDelivery(
      alertId: alertId, channel: channel, delivered: error == nil, error: error,
      at: Self.timestamp(now))
  }

  /// `seconds` since 1970 as ISO 8601 in UTC (`2026-11-29T17:05:00Z`).
  public static func timestamp(_ seconds: Int64) -> String {
    let f = ISO8601DateFormatter()
    f.timeZone = TimeZone(identifier: "UTC")
    return f.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
  }
}

extension Workspace {
  /// POSTs one alert to `webhook` (``Webhook/deliver(id:body:text:environment:http:)``), its
  /// settings read from ``environment``; `DECOUPLE_RETRY_BASE_DELAY` (seconds) shortens the
  /// waits between its retries, as for the live sources.
  /// - Throws: `DeliveryError`.
  public func deliver(_ id: String, body: Data, text: String, to webhook: Webhook) async throws {
    var hook = webhook
    if let d = environment["DECOUPLE_RETRY_BASE_DELAY"].flatMap(Double.init) {
      hook.policy.baseDelay = d
    }
    try await hook.deliver(
      id: id, body: body, text: text, environment: environment, http: httpClient { _ in })
  }
}
