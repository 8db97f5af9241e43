import DecoupleData
import Foundation
import GRDB

/// One stored series with its span, as `Store.listing()` reports it.
public struct StoredListing: Sendable, Equatable {
  public var series: SeriesRecord
  /// First and last observation time (seconds since 1970), `nil` when it has none.
  public var first: Int64?
  public var last: Int64?
  public var rows: Int
  /// When it was last written (ISO 8601), from its latest provenance.
  public var updatedAt: String?
}

extension Store {
  /// Every stored series with its span, by symbol then source.
  public func listing() throws -> [StoredListing] {
    try queue.read { db in
      let all = try SeriesRecord.order(Column("symbol"), Column("source"), Column("frequency"))
        .fetchAll(db)
      return try all.map { s in
        let row = try Row.fetchOne(
          db,
          sql: "SELECT MIN(time), MAX(time), COUNT(*) FROM observation WHERE seriesId = ?",
          arguments: [s.id])!
        let updated = try String.fetchOne(
          db, sql: "SELECT MAX(fetchedAt) FROM provenance WHERE seriesId = ?", arguments: [s.id])
        return StoredListing(
          series: s, first: row[0], last: row[1], rows: row[2], updatedAt: updated)
      }
    }
  }

  /// The stored series for `symbol` (case-insensitive): `source` and `frequency` narrow the
  /// choice; otherwise daily is preferred, then the most recently written.
  public func series(
    _ symbol: String, source: String? = nil, frequency: Interval? = nil
  ) throws -> SeriesRecord? {
    try queue.read { db in
      var request = SeriesRecord.filter(Column("symbol") == symbol.uppercased())
      if let source { request = request.filter(Column("source") == source) }
      if let frequency { request = request.filter(Column("frequency") == frequency.rawValue) }
      let candidates = try request.fetchAll(db)
      let latest = try Dictionary(
        uniqueKeysWithValues: candidates.map { c in
          (
            c.id!,
            try String.fetchOne(
              db, sql: "SELECT MAX(fetchedAt) FROM provenance WHERE seriesId = ?",
              arguments: [c.id]) ?? ""
          )
        })
      return candidates.max { a, b in
        (a.frequency == .day ? 1 : 0, latest[a.id!]!) < (
          b.frequency == .day ? 1 : 0, latest[b.id!]!
        )
      }
    }
  }

  /// The observations of a stored series, in time order, optionally from `from` on.
  public func observations(_ series: SeriesRecord, from: Int64? = nil) throws -> [Observation] {
    try queue.read { db in
      var request = ObservationRecord.filter(Column("seriesId") == series.id)
      if let from { request = request.filter(Column("time") >= from) }
      return try request.order(Column("time")).fetchAll(db).map(\.observation)
    }
  }

  /// The time of the last stored observation of a series, or `nil`.
  public func lastTime(_ series: SeriesRecord) throws -> Int64? {
    try queue.read { db in
      try Int64.fetchOne(
        db, sql: "SELECT MAX(time) FROM observation WHERE seriesId = ?", arguments: [series.id])
    }
  }

  /// Every revision of a series, oldest first.
  public func revisions(_ series: SeriesRecord) throws -> [RevisionRecord] {
    try queue.read { db in
      try RevisionRecord.filter(Column("seriesId") == series.id).order(Column("id")).fetchAll(db)
    }
  }

  /// Every provenance row of a series, oldest first.
  public func provenance(_ series: SeriesRecord) throws -> [ProvenanceRecord] {
    try queue.read { db in
      try ProvenanceRecord.filter(Column("seriesId") == series.id).order(Column("id"))
        .fetchAll(db)
    }
  }
}

extension Store: SeriesProvider {
  /// The daily series of a stored symbol: a daily series as stored, or an hourly one reduced
  /// to the last close of each UTC day (the in-progress day left out).
  public func dailySeries(_ symbol: String) throws -> DailySeries? {
    guard let s = try series(symbol) else { return nil }
    let obs = try observations(s)
    var days: [Day] = []
    var values: [Double] = []
    for o in obs {
      if days.last == o.day {
        values[values.count - 1] = o.value
      } else {
        days.append(o.day)
        values.append(o.value)
      }
    }
    var notes: [String] = []
    if s.frequency == .hour, let last = obs.last,
      last.time + Interval.hour.seconds < last.day.adding(days: 1).startTime
    {
      days.removeLast()
      values.removeLast()
      notes.append(
        "The hourly bars of \(last.day.iso) end before 24:00 UTC; that day was left out.")
    }
    return DailySeries(
      name: s.symbol, days: days, values: values, calendar: s.calendar,
      source: SeriesSource(file: "store:\(s.source)", format: s.source, column: s.instrument),
      notes: notes, asset: s.kind == .price ? s.symbol.uppercased() : nil)
  }

  public func symbols() throws -> [String] {
    try queue.read { db in
      try String.fetchAll(db, sql: "SELECT DISTINCT symbol FROM series ORDER BY symbol")
    }
  }
}
