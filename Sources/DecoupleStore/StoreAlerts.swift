import DecoupleData
import Foundation
import GRDB

extension AlertRecord: FetchableRecord, PersistableRecord {
  public static let databaseTableName = "watchAlert"
}

extension AlertDelivery: FetchableRecord, PersistableRecord {
  public static let databaseTableName = "watchDelivery"
}

extension Store {
  /// Records a cycle in one transaction: the new alerts with a pending delivery on every
  /// channel, the ends of stretches, the cursors. Killed midway, nothing of it is written.
  /// - Returns: the alerts newly stored (those whose id was not stored yet), in order.
  /// - Throws: `StoreError.database`; nothing is written then.
  @discardableResult
  public func record(_ cycle: WatchCycleRecord, at now: String) throws -> [AlertRecord] {
    try guarded {
      try queue.write { db in
        var added: [AlertRecord] = []
        for alert in cycle.alerts where try AlertRecord.fetchOne(db, key: alert.id) == nil {
          try alert.insert(db)
          for channel in cycle.channels {
            try AlertDelivery(alertId: alert.id, channel: channel, updatedAt: now).insert(db)
          }
          added.append(alert)
        }
        for (id, day) in cycle.ended {
          try db.execute(
            sql: "UPDATE watchAlert SET endedOn = ? WHERE id = ? AND endedOn IS NULL",
            arguments: [day, id])
        }
        for c in cycle.cursors {
          try db.execute(
            sql: "INSERT OR REPLACE INTO watchCursor (pair, rule, lastDay) VALUES (?, ?, ?)",
            arguments: [c.pair, c.rule, c.lastDay])
        }
        return added
      }
    }
  }

  /// The last closed day evaluated for each pair and rule key (`pair|rule`).
  public func watchCursors() throws -> [String: String] {
    try guarded {
      try queue.read { db in
        var out: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT pair, rule, lastDay FROM watchCursor") {
          out["\(row["pair"] as String)|\(row["rule"] as String)"] = row["lastDay"]
        }
        return out
      }
    }
  }

  /// Stored alerts, newest first: all of them, or those of `pair`, or the open ones only.
  public func alerts(pair: String? = nil, openOnly: Bool = false) throws -> [AlertRecord] {
    try guarded {
      try queue.read { db in
        var request = AlertRecord.all()
        if let pair { request = request.filter(Column("pair") == pair) }
        if openOnly { request = request.filter(Column("endedOn") == nil) }
        return try request.order(Column("day").desc, Column("firedAt").desc, Column("id"))
          .fetchAll(db)
      }
    }
  }

  /// The deliveries of the given alerts (all when `alertIds` is `nil`).
  public func deliveries(of alertIds: [String]? = nil) throws -> [AlertDelivery] {
    try guarded {
      try queue.read { db in
        var request = AlertDelivery.all()
        if let ids = alertIds { request = request.filter(ids.contains(Column("alertId"))) }
        return try request.order(Column("alertId"), Column("channel")).fetchAll(db)
      }
    }
  }

  /// Deliveries not made yet, with their alerts, oldest alert first.
  public func pendingDeliveries() throws -> [(AlertDelivery, AlertRecord)] {
    try guarded {
      try queue.read { db in
        let pending = try AlertDelivery.filter(Column("status") == "pending").fetchAll(db)
        return try pending.compactMap { d in
          try AlertRecord.fetchOne(db, key: d.alertId).map { (d, $0) }
        }
        .sorted { ($0.1.day, $0.1.id, $0.0.channel) < ($1.1.day, $1.1.id, $1.0.channel) }
      }
    }
  }

  /// Records one attempt at a delivery: delivered, or still pending with the failure's sentence.
  public func markDelivery(
    alertId: String, channel: String, delivered: Bool, error: String?, at now: String
  ) throws {
    try guarded {
      try queue.write { db in
        try db.execute(
          sql: """
            UPDATE watchDelivery SET status = ?, attempts = attempts + 1, lastError = ?,
            updatedAt = ? WHERE alertId = ? AND channel = ?
            """,
          arguments: [delivered ? "delivered" : "pending", error, now, alertId, channel])
      }
    }
  }

  /// Runs `body`, turning GRDB's errors into `StoreError.database` naming this store.
  func guarded<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as DatabaseError {
      throw StoreError.database(path: path, reason: error.message ?? "\(error)")
    }
  }
}
