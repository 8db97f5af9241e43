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

  public init(
    dateColumn: String? = nil, valueColumn: String? = nil, includePartialLastDay: Bool = false
  ) {
    self.dateColumn = dateColumn
    self.valueColumn = valueColumn
    self.includePartialLastDay = includePartialLastDay
  }
}
