import DecoupleData
import Foundation
import GRDB

/// One fetch or import to be written: the series, its observations and where they came from.
public struct WriteBatch: Sendable {
  public var series: SeriesRecord
  /// Observations in increasing time, no duplicates.
  public var observations: [Observation]
  /// The request(s) made, or the file imported.
  public var request: String
  public var fetchedAt: Date

  public init(
    series: SeriesRecord, observations: [Observation], request: String, fetchedAt: Date = Date()
  ) {
    self.series = series
    self.observations = observations
    self.request = request
    self.fetchedAt = fetchedAt
  }
}

/// What a write did.
public struct WriteSummary: Sendable, Equatable {
  public var symbol: String
  public var source: String
  public var rows: Int
  /// Rows new to the store.
  public var inserted: Int
  /// Rows already stored whose values changed (each change is kept as a revision).
  public var revised: Int
  /// Rows already stored with the same values.
  public var unchanged: Int
  public var checksum: String
  public var first: Int64?
  public var last: Int64?
}

extension Store {
  /// Writes `batch` in one transaction: the series row (created or updated), every observation
  /// (inserted, or compared with the stored one: a changed value is updated and the old one kept
  /// in `revision`), and one provenance row.
  ///
  /// - Parameter progress: called inside the transaction after each 1,000 rows and at the end
  ///   with (rows written, rows in all).
  /// - Throws: `StoreError.database`; nothing is written then.
  @discardableResult
  public func write(
    _ batch: WriteBatch, progress: ((Int, Int) -> Void)? = nil
  ) throws -> WriteSummary {
    do {
      return try queue.write { db in try Self.write(batch, db: db, progress: progress) }
    } catch let error as DatabaseError {
      throw StoreError.database(path: path, reason: error.message ?? "\(error)")
    }
  }

  private static func write(
    _ batch: WriteBatch, db: Database, progress: ((Int, Int) -> Void)?
  ) throws -> WriteSummary {
    var series = batch.series
    if let existing = try SeriesRecord.filter(
      Column("symbol") == series.symbol && Column("source") == series.source
        && Column("frequency") == series.frequency.rawValue
    ).fetchOne(db) {
      series.id = existing.id
      try series.update(db)
    } else {
      try series.insert(db)
    }
    let seriesId = series.id!
    var provenance = ProvenanceRecord(
      id: nil, seriesId: seriesId, source: series.source, request: batch.request,
      fetchedAt: ISO8601DateFormatter().string(from: batch.fetchedAt),
      rangeStart: batch.observations.first?.time, rangeEnd: batch.observations.last?.time,
      rows: batch.observations.count, inserted: 0, revised: 0,
      checksum: Checksum.of(batch.observations))
    try provenance.insert(db)
    var stored: [Int64: Observation] = [:]
    if let first = batch.observations.first?.time, let last = batch.observations.last?.time {
      let rows = try ObservationRecord.filter(
        Column("seriesId") == seriesId && Column("time") >= first && Column("time") <= last
      ).fetchAll(db)
      for r in rows { stored[r.time] = r.observation }
    }
    var inserted = 0
    var revised = 0
    for (i, o) in batch.observations.enumerated() {
      if let old = stored[o.time] {
        let changes = Self.changes(old, o)
        if !changes.isEmpty {
          revised += 1
          for (field, before, after) in changes {
            var r = RevisionRecord(
              id: nil, seriesId: seriesId, time: o.time, field: field, oldValue: before,
              newValue: after, provenanceId: provenance.id!)
            try r.insert(db)
          }
          try ObservationRecord(seriesId: seriesId, o).update(db)
        }
      } else {
        inserted += 1
        try ObservationRecord(seriesId: seriesId, o).insert(db)
      }
      if (i + 1) % 1_000 == 0 { progress?(i + 1, batch.observations.count) }
    }
    provenance.inserted = inserted
    provenance.revised = revised
    try provenance.update(db)
    progress?(batch.observations.count, batch.observations.count)
    return WriteSummary(
      symbol: series.symbol, source: series.source, rows: batch.observations.count,
      inserted: inserted, revised: revised,
      unchanged: batch.observations.count - inserted - revised, checksum: provenance.checksum,
      first: provenance.rangeStart, last: provenance.rangeEnd)
  }

  /// The fields that differ between a stored and a new observation: (name, old, new).
  static func changes(_ a: Observation, _ b: Observation) -> [(String, Double?, Double?)] {
    var out: [(String, Double?, Double?)] = []
    if a.open != b.open { out.append(("open", a.open, b.open)) }
    if a.high != b.high { out.append(("high", a.high, b.high)) }
    if a.low != b.low { out.append(("low", a.low, b.low)) }
    if a.value != b.value { out.append(("value", a.value, b.value)) }
    if a.volume != b.volume { out.append(("volume", a.volume, b.volume)) }
    return out
  }
}

extension Store {
  /// Removes every stored series named `symbol` (case-insensitive; all sources and intervals)
  /// with its observations, provenance and revisions, in one transaction.
  /// - Returns: the series removed with their row counts (empty when the store held none).
  /// - Throws: `StoreError.database`; nothing is removed then.
  @discardableResult
  public func remove(_ symbol: String) throws -> [StoredListing] {
    let wanted = symbol.uppercased()
    let removed = try listing().filter { $0.series.symbol.uppercased() == wanted }
    guard !removed.isEmpty else { return [] }
    do {
      try queue.write { db in
        for s in removed { _ = try SeriesRecord.deleteOne(db, key: s.series.id) }
      }
    } catch let error as DatabaseError {
      throw StoreError.database(path: path, reason: error.message ?? "\(error)")
    }
    return removed
  }
}
