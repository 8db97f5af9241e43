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
