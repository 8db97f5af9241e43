/// Choices that override what the importer would detect on its own.
public struct ImportOptions: Sendable, Equatable {
  /// The date column, matched case-insensitively. `nil`: the format's own (the first column for
  /// generic files). Naming a column other than the format's date column reads the file as
  /// generic.
  public var dateColumn: String?
  /// The only value column to read, matched case-insensitively; it becomes the primary series.
  /// `nil`: read every value column.
  public var valueColumn: String?
  /// Keep the in-progress last day of a 24/7 Yahoo daily file (and the last bar of a Yahoo
  /// hourly file). Off by default: yfinance always includes the current, unfinished UTC day.
  public var includePartialLastDay: Bool
  /// The time of the run, seconds since 1970, by which a last row is judged: it is in progress
  /// only when its period (a UTC day, or an hour) has not ended by then, so an old file keeps
  /// its last row. `nil`: the time of writing is unknown and the last row of such a file is
  /// taken to be in progress (the embedded files, downloaded while their last day ran).
  public var now: Int64?
  /// The field delimiter. `nil`: `;` when the first line has more semicolons than commas (and
  /// more than tabs), a tab when it has more tabs than either, otherwise `,`.
  public var delimiter: Character?
  /// The decimal mark of the value columns. `nil`: a comma when the file is `;`-delimited and
  /// its first rows write a value with a comma, otherwise a point.
  public var decimal: DecimalMark?
  /// How dates are written. `nil`: detected — ISO dates and timestamps, `Jun 04, 2026`, unix
  /// timestamps by their digit count, and for `D/M/YYYY`-style dates the order the data
  /// settles (a first number above 12 means day first, a second one above 12 month first).
  public var dateFormat: DateFormat?
  /// The name a file's series is known by in prose and JSON (`SeriesResolver`). `nil`: the
  /// file's stem (`~/data/eth.csv` → `eth`).
  public var name: String?

  public init(
    dateColumn: String? = nil, valueColumn: String? = nil, includePartialLastDay: Bool = false,
    delimiter: Character? = nil, decimal: DecimalMark? = nil, dateFormat: DateFormat? = nil,
    name: String? = nil, now: Int64? = nil
  ) {
    self.now = now
    self.dateColumn = dateColumn
    self.valueColumn = valueColumn
    self.includePartialLastDay = includePartialLastDay
    self.delimiter = delimiter
    self.decimal = decimal
    self.dateFormat = dateFormat
    self.name = name
  }
}

/// The character that separates a number's integer part from its fraction.
public enum DecimalMark: String, Sendable, CaseIterable {
  /// `1,769.58` or `1769.58`: commas are thousands separators.
  case point
  /// `1.769,58` or `1769,58`: points are thousands separators.
  case comma
}

/// How the dates of a file are written, for when detection cannot settle it.
public enum DateFormat: String, Sendable, CaseIterable {
  /// Day first: `13.06.2025`, `13/06/2025` (either separator is read).
  case dayMonthYear = "dd.mm.yyyy"
  /// Day first, written with slashes; the same reading as `dayMonthYear`.
  case dayMonthYearSlashed = "dd/mm/yyyy"
  /// Month first: `06/13/2025`.
  case monthDayYear = "mm/dd/yyyy"
  /// Unix time in seconds; the row's day is the UTC day.
  case unixSeconds = "unix-s"
  /// Unix time in milliseconds; the row's day is the UTC day.
  case unixMilliseconds = "unix-ms"
  /// Unix time in microseconds; the row's day is the UTC day.
  case unixMicroseconds = "unix-us"

  /// The unit of a unix format, `nil` for written dates.
  var epochUnit: DateText.EpochUnit? {
    switch self {
    case .unixSeconds: .seconds
    case .unixMilliseconds: .milliseconds
    case .unixMicroseconds: .microseconds
    default: nil
    }
  }
}
