import GRDB

extension Store {
  /// The store's schema, as named migrations applied in order.
  ///
  /// A migration is never edited once released: change the schema by appending a new one
  /// (GRDB records the names applied in `grdb_migrations`).
  static var migrator: DatabaseMigrator {
    var m = DatabaseMigrator()
    m.registerMigration("2026-11-25 series, observations, provenance, revisions") { db in
      try db.create(table: "series") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("symbol", .text).notNull()
        t.column("source", .text).notNull()
        t.column("instrument", .text).notNull()
        t.column("kind", .text).notNull()
        t.column("frequency", .text).notNull()
        t.column("unit", .text).notNull()
        t.column("timeZone", .text).notNull()
        t.column("calendar", .text).notNull()
        t.column("licence", .text).notNull().defaults(to: "")
        t.uniqueKey(["symbol", "source", "frequency"])
      }
      try db.create(table: "observation", options: .withoutRowID) { t in
        t.column("seriesId", .integer).notNull().references("series", onDelete: .cascade)
        t.column("time", .integer).notNull()
        t.column("open", .double)
        t.column("high", .double)
        t.column("low", .double)
        t.column("value", .double).notNull()
        t.column("volume", .double)
        t.primaryKey(["seriesId", "time"])
      }
      try db.create(table: "provenance") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("seriesId", .integer).notNull().indexed()
          .references("series", onDelete: .cascade)
        t.column("source", .text).notNull()
        t.column("request", .text).notNull()
        t.column("fetchedAt", .text).notNull()
        t.column("rangeStart", .integer)
        t.column("rangeEnd", .integer)
        t.column("rows", .integer).notNull()
        t.column("inserted", .integer).notNull()
        t.column("revised", .integer).notNull()
        t.column("checksum", .text).notNull()
      }
      try db.create(table: "revision") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("seriesId", .integer).notNull().indexed()
          .references("series", onDelete: .cascade)
        t.column("time", .integer).notNull()
        t.column("field", .text).notNull()
        t.column("oldValue", .double)
        t.column("newValue", .double)
        t.column("provenanceId", .integer).notNull().references("provenance")
      }
    }
    m.registerMigration("2026-11-29 watch alerts, deliveries, cursors") { db in
      try db.create(table: "watchAlert") { t in
        t.primaryKey("id", .text)
        t.column("pair", .text).notNull().indexed()
        t.column("rule", .text).notNull()
        t.column("ruleText", .text).notNull()
        t.column("day", .text).notNull()
        t.column("since", .text).notNull()
        t.column("endedOn", .text)
        t.column("firedAt", .text).notNull()
        t.column("sentence", .text).notNull()
        t.column("body", .text).notNull()
      }
      try db.create(table: "watchDelivery") { t in
        t.column("alertId", .text).notNull().references("watchAlert", onDelete: .cascade)
        t.column("channel", .text).notNull()
        t.column("status", .text).notNull()
        t.column("attempts", .integer).notNull()
        t.column("lastError", .text)
        t.column("updatedAt", .text).notNull()
        t.primaryKey(["alertId", "channel"])
      }
      try db.create(table: "watchCursor") { t in
        t.column("pair", .text).notNull()
        t.column("rule", .text).notNull()
        t.column("lastDay", .text).notNull()
        t.primaryKey(["pair", "rule"])
      }
    }
    return m
  }
}
