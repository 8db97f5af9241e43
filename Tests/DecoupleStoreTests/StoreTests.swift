import DecoupleData
import Foundation
import TestSupport
import Testing

@testable import DecoupleStore

/// A store in a new temporary folder.
func temporaryStore() throws -> Store {
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
    "decouple-store-\(UUID().uuidString)")
  return try Store(path: dir.appendingPathComponent("sub/decouple.sqlite").path)
}

let eth = SeriesRecord(
  symbol: "eth", source: "coinbase", instrument: "ETH-USD", kind: .price, frequency: .day,
  unit: "USD", timeZone: "UTC", calendar: .continuous)

func days(_ first: String, _ n: Int, bump: Double = 0) -> [Observation] {
  let d = Day(iso: first)!
  return (0..<n).map { i in
    Observation(
      time: d.adding(days: i).startTime, open: 99, high: 101, low: 98,
      value: 100 + Double(i) + bump,
      volume: 5)
  }
}

@Suite struct StoreTests {
  @Test func createsFoldersAndAppliesNamedMigrations() throws {
    let store = try temporaryStore()
    #expect(FileManager.default.fileExists(atPath: store.path))
    #expect(
      try store.appliedMigrations() == [
        "2026-11-25 series, observations, provenance, revisions",
        "2026-11-29 watch alerts, deliveries, cursors",
      ])
    // Opening again applies nothing new and keeps the data.
    try store.write(WriteBatch(series: eth, observations: days("2026-01-01", 3), request: "r"))
    let again = try Store(path: store.path)
    #expect(try again.listing().map(\.rows) == [3])
  }

  /// A released migration is never edited: the schema it creates is pinned here. A schema
  /// change is a new migration appended to `Store.migrator`, and a new line in this list.
  @Test func theReleasedSchemaIsUnchanged() throws {
    let store = try temporaryStore()
    let schema = try store.queue.read { db in
      try String.fetchAll(
        db,
        sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'grdb_%' "
          + "AND name NOT LIKE 'sqlite_%' "
          + "ORDER BY name")
    }
    #expect(
      schema.map { $0.replacingOccurrences(of: "\n", with: " ") } == [
        #"CREATE TABLE "observation" ("seriesId" INTEGER NOT NULL REFERENCES "series"("id") ON DELETE CASCADE, "time" INTEGER NOT NULL, "open" DOUBLE, "high" DOUBLE, "low" DOUBLE, "value" DOUBLE NOT NULL, "volume" DOUBLE, PRIMARY KEY ("seriesId", "time")) WITHOUT ROWID"#,
        #"CREATE TABLE "provenance" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "seriesId" INTEGER NOT NULL REFERENCES "series"("id") ON DELETE CASCADE, "source" TEXT NOT NULL, "request" TEXT NOT NULL, "fetchedAt" TEXT NOT NULL, "rangeStart" INTEGER, "rangeEnd" INTEGER, "rows" INTEGER NOT NULL, "inserted" INTEGER NOT NULL, "revised" INTEGER NOT NULL, "checksum" TEXT NOT NULL)"#,
        #"CREATE INDEX "provenance_on_seriesId" ON "provenance"("seriesId")"#,
        #"CREATE TABLE "revision" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "seriesId" INTEGER NOT NULL REFERENCES "series"("id") ON DELETE CASCADE, "time" INTEGER NOT NULL, "field" TEXT NOT NULL, "oldValue" DOUBLE, "newValue" DOUBLE, "provenanceId" INTEGER NOT NULL REFERENCES "provenance"("id"))"#,
        #"CREATE INDEX "revision_on_seriesId" ON "revision"("seriesId")"#,
        #"CREATE TABLE "series" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "symbol" TEXT NOT NULL, "source" TEXT NOT NULL, "instrument" TEXT NOT NULL, "kind" TEXT NOT NULL, "frequency" TEXT NOT NULL, "unit" TEXT NOT NULL, "timeZone" TEXT NOT NULL, "calendar" TEXT NOT NULL, "licence" TEXT NOT NULL DEFAULT '', UNIQUE ("symbol", "source", "frequency"))"#,
        #"CREATE TABLE "watchAlert" ("id" TEXT PRIMARY KEY NOT NULL, "pair" TEXT NOT NULL, "rule" TEXT NOT NULL, "ruleText" TEXT NOT NULL, "day" TEXT NOT NULL, "since" TEXT NOT NULL, "endedOn" TEXT, "firedAt" TEXT NOT NULL, "sentence" TEXT NOT NULL, "body" TEXT NOT NULL)"#,
        #"CREATE INDEX "watchAlert_on_pair" ON "watchAlert"("pair")"#,
        #"CREATE TABLE "watchCursor" ("pair" TEXT NOT NULL, "rule" TEXT NOT NULL, "lastDay" TEXT NOT NULL, PRIMARY KEY ("pair", "rule"))"#,
        #"CREATE TABLE "watchDelivery" ("alertId" TEXT NOT NULL REFERENCES "watchAlert"("id") ON DELETE CASCADE, "channel" TEXT NOT NULL, "status" TEXT NOT NULL, "attempts" INTEGER NOT NULL, "lastError" TEXT, "updatedAt" TEXT NOT NULL, PRIMARY KEY ("alertId", "channel"))"#,
      ], "\(schema)")
  }

  @Test func writesSeriesObservationsAndProvenance() throws {
    let store = try temporaryStore()
    let obs = days("2026-01-01", 10)
    let s = try store.write(
      WriteBatch(series: eth, observations: obs, request: "GET https://x/candles"))
    #expect(s.rows == 10 && s.inserted == 10 && s.revised == 0 && s.unchanged == 0)
    #expect(s.checksum == Checksum.of(obs) && s.checksum.hasPrefix("fnv1a64:"))
    let record = try #require(try store.series("ETH"))
    #expect(record.symbol == "ETH" && record.instrument == "ETH-USD")
    #expect(try store.observations(record) == obs)
    let p = try store.provenance(record)
    #expect(p.count == 1)
    #expect(p[0].request == "GET https://x/candles" && p[0].rows == 10)
    #expect(p[0].rangeStart == obs.first!.time && p[0].rangeEnd == obs.last!.time)
    let daily = try #require(try store.dailySeries("eth"))
    #expect(daily.days.first == Day(iso: "2026-01-01") && daily.values.last == 109)
    #expect(daily.source.file == "store:coinbase")
  }

  @Test func anOverlapThatChangesAValueIsRecordedAsARevision() throws {
    let store = try temporaryStore()
    try store.write(WriteBatch(series: eth, observations: days("2026-01-01", 10), request: "1"))
    // Re-fetch the last 3 days (the overlap) plus 2 new ones; the last 2 old ones changed.
    var overlap = Array(days("2026-01-01", 12).dropFirst(7))
    overlap[1].value += 0.5
    overlap[2].value += 0.25
    overlap[2].volume = 6
    let s = try store.write(WriteBatch(series: eth, observations: overlap, request: "2"))
    #expect(s.inserted == 2 && s.revised == 2 && s.unchanged == 1)
    let record = try #require(try store.series("ETH"))
    let revisions = try store.revisions(record)
    #expect(revisions.map(\.field) == ["value", "value", "volume"])
    #expect(revisions[0].oldValue == 108 && revisions[0].newValue == 108.5)
    #expect(revisions[2].oldValue == 5 && revisions[2].newValue == 6)
    #expect(try store.observations(record).count == 12)
    #expect(try store.observations(record)[8].value == 108.5)  // the newest value wins
    #expect(try store.provenance(record).map(\.revised) == [0, 2])
  }

  @Test func aFailedWriteWritesNothing() throws {
    let store = try temporaryStore()
    try store.write(WriteBatch(series: eth, observations: days("2026-01-01", 3), request: "1"))
    // A batch with the same instant twice violates the primary key half-way through.
    var bad = days("2026-02-01", 4)
    bad[3].time = bad[2].time
    #expect(throws: StoreError.self) {
      try store.write(WriteBatch(series: eth, observations: bad, request: "2"))
    }
    let record = try #require(try store.series("ETH"))
    #expect(try store.observations(record).count == 3)
    #expect(try store.provenance(record).count == 1)
  }

  @Test func hourlyBarsGiveTheLastCloseOfEachCompleteUTCDay() throws {
    let store = try temporaryStore()
    var hourly = eth
    hourly.frequency = .hour
    let start = Day(iso: "2026-03-01")!.startTime
    let bars = (0..<30).map { Observation(time: start + Int64($0) * 3_600, value: Double($0)) }
    try store.write(WriteBatch(series: hourly, observations: bars, request: "h"))
    let daily = try #require(try store.dailySeries("ETH"))
    #expect(daily.days == [Day(iso: "2026-03-01")!])
    #expect(daily.values == [23])
    #expect(daily.notes.count == 1)
  }

  @Test func defaultPathFollowsXDG() {
    #expect(
      Store.defaultPath(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/u"])
        == "/x/data/decouple/decouple.sqlite")
    #expect(
      Store.defaultPath(environment: ["HOME": "/home/u"])
        == "/home/u/.local/share/decouple/decouple.sqlite")
    // A relative XDG_DATA_HOME is invalid per the spec and ignored.
    #expect(
      Store.defaultPath(environment: ["XDG_DATA_HOME": "rel", "HOME": "/home/u"])
        == "/home/u/.local/share/decouple/decouple.sqlite")
  }

  @Test func resolverReadsTheStoreFirstThenTheEmbeddedDataset() throws {
    let store = try temporaryStore()
    try store.write(WriteBatch(series: eth, observations: days("2026-01-01", 5), request: "1"))
    let fromStore = try SeriesResolver.resolve("ETH", store: store)
    #expect(fromStore.count == 5 && fromStore.source.file == "store:coinbase")
    let embedded = try SeriesResolver.resolve("RUT", store: store)
    #expect(embedded.source.file == "RUT.ibkr.csv")
    #expect(throws: DataError.self) { try SeriesResolver.resolve("NOPE", store: store) }
  }
}

/// `StoreError` descriptions name the store's path and SQLite's reason, with no CLI advice.
@Suite struct StoreErrorTests {
  @Test func descriptionsAreFactual() {
    let cases: [(StoreError, [String])] = [
      (
        .cannotOpen(path: "/x/s.sqlite", reason: "unable to open"),
        ["/x/s.sqlite", "unable to open"]
      ),
      (
        .database(path: "/x/s.sqlite", reason: "UNIQUE constraint failed"),
        ["/x/s.sqlite", "UNIQUE"]
      ),
    ]
    #expect(ErrorText.problems(cases) == [])
  }

  @Test func aStoreThatCannotBeCreatedNamesItsPath() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "decouple-store-file-\(UUID().uuidString)")
    try Data("x".utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let path = file.appendingPathComponent("decouple.sqlite").path  // under a regular file
    let error = #expect(throws: StoreError.self) { try Store(path: path) }
    guard case let .cannotOpen(shown, _) = error else {
      Issue.record("\(String(describing: error))")
      return
    }
    #expect(shown == path)
    #expect(ErrorText.problems(error!.description, facts: [path]).isEmpty)
  }
}
