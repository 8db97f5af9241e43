import DecoupleData
import GRDB

/// A stored series: one symbol from one source at one interval.
public struct SeriesRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord
{
  public static let databaseTableName = "series"
  public var id: Int64?
  /// The symbol a user names it by, upper case (`ETH`, `RUT`, `DGS2`, `ETH.SPLYCUR`).
  public var symbol: String
  /// The source id (`coinbase`, `fred`, `import`…).
  public var source: String
  /// What the source calls it (`ETH-USD`, `^RUT`), or the imported file.
  public var instrument: String
  public var kind: DatasetKind
  public var frequency: Interval
  /// Unit of the values (`USD`, `percent`, `ETH`).
  public var unit: String
  /// The time zone the source's days are in (`UTC`, `America/New_York`).
  public var timeZone: String
  public var calendar: MarketCalendar
  /// Licence or terms the source attaches to the data, or empty.
  public var licence: String

  public init(
    symbol: String, source: String, instrument: String, kind: DatasetKind, frequency: Interval,
    unit: String, timeZone: String, calendar: MarketCalendar, licence: String = ""
  ) {
    self.symbol = symbol.uppercased()
    self.source = source
    self.instrument = instrument
    self.kind = kind
    self.frequency = frequency
    self.unit = unit
    self.timeZone = timeZone
    self.calendar = calendar
    self.licence = licence
  }

  public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One stored observation of a series.
struct ObservationRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "observation"
  var seriesId: Int64
  var time: Int64
  var open: Double?
  var high: Double?
  var low: Double?
  var value: Double
  var volume: Double?

  init(seriesId: Int64, _ o: Observation) {
    self.seriesId = seriesId
    time = o.time
    open = o.open
    high = o.high
    low = o.low
    value = o.value
    volume = o.volume
  }

  var observation: Observation {
    Observation(time: time, open: open, high: high, low: low, value: value, volume: volume)
  }
}

/// Where one write came from: every fetch or import leaves exactly one.
public struct ProvenanceRecord: Codable, Sendable, Equatable, FetchableRecord,
  MutablePersistableRecord
{
  public static let databaseTableName = "provenance"
  public var id: Int64?
  public var seriesId: Int64
  public var source: String
  /// The request(s) made, or the file imported.
  public var request: String
  /// When the data was fetched, ISO 8601 UTC.
  public var fetchedAt: String
  /// The range written, seconds since 1970 (first and last observation).
  public var rangeStart: Int64?
  public var rangeEnd: Int64?
  /// Rows received, rows new to the store, rows whose values changed.
  public var rows: Int
  public var inserted: Int
  public var revised: Int
  /// `fnv1a64:` + hex of the rows received, in a canonical text form (see `Checksum`).
  public var checksum: String

  public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A value that a later write changed: the old and the new value are both kept.
public struct RevisionRecord: Codable, Sendable, Equatable, FetchableRecord,
  MutablePersistableRecord
{
  public static let databaseTableName = "revision"
  public var id: Int64?
  public var seriesId: Int64
  public var time: Int64
  /// `open`, `high`, `low`, `value` or `volume`.
  public var field: String
  public var oldValue: Double?
  public var newValue: Double?
  /// The write that made the change.
  public var provenanceId: Int64
}
