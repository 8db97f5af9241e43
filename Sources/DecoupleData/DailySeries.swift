/// How a market trades, which decides what a day's close and a partial day mean.
public enum MarketCalendar: String, Sendable, Codable {
  /// Trades around the clock (crypto). A day is a UTC day; its close is the last price before
  /// 24:00 UTC.
  case continuous
  /// Trades on exchange sessions (equities, ETFs, indices); a day is a trading day.
  case exchange
  /// Published per calendar or business day (rates, fund flows, on-chain data).
  case published
}

/// Where a series came from: the file, the format it was read as and the column used.
public struct SeriesSource: Sendable, Equatable, Codable {
  /// The file name (embedded data) or the path the user gave.
  public var file: String
  /// The detected format, for example `yahoo-daily`.
  public var format: String
  /// The value column the series was read from.
  public var column: String

  public init(file: String, format: String, column: String) {
    self.file = file
    self.format = format
    self.column = column
  }
}

/// A daily series: one value per day, days strictly increasing, no missing values.
///
/// Importers drop rows whose value cell is empty (and say so in `notes`); every value is finite.
public struct DailySeries: Sendable, Equatable {
  /// The symbol (`ETH`) or column name the series is known by.
  public var name: String
  public var days: [Day]
  public var values: [Double]
  public var calendar: MarketCalendar
  public var source: SeriesSource
  /// Quirks handled while importing, in plain words (for example the partial last day dropped).
  public var notes: [String]
  /// The asset the series represents, upper case (`ETH` for the embedded `ETH` and `ETH-CG`, a
  /// stored `ETH`, or a file read with an asset given); `nil` when nothing says which. Analyses
  /// that depend on the asset (the drivers of ETH) are chosen from this, never from `name`.
  public var asset: String?

  public init(
    name: String, days: [Day], values: [Double], calendar: MarketCalendar,
    source: SeriesSource, notes: [String] = [], asset: String? = nil
  ) {
    precondition(days.count == values.count, "days and values must have the same length")
    self.asset = asset
    self.name = name
    self.days = days
    self.values = values
    self.calendar = calendar
    self.source = source
    self.notes = notes
  }

  /// Number of observations.
  public var count: Int { days.count }
  /// The first day, or `nil` for an empty series.
  public var firstDay: Day? { days.first }
  /// The last day, or `nil` for an empty series.
  public var lastDay: Day? { days.last }

  /// The observations with `from <= day <= to` (either bound optional).
  public func clipped(from: Day? = nil, to: Day? = nil) -> DailySeries {
    let lo = from.map { f in days.partitioningIndex(where: { $0 >= f }) } ?? 0
    let hi = to.map { t in days.partitioningIndex(where: { $0 > t }) } ?? days.count
    var copy = self
    copy.days = lo < hi ? Array(days[lo..<hi]) : []
    copy.values = lo < hi ? Array(values[lo..<hi]) : []
    return copy
  }
}

extension Array {
  /// The first index whose element satisfies `predicate`, assuming the array is partitioned
  /// (all non-matching elements first). Binary search, O(log n).
  public func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
    var lo = 0
    var hi = count
    while lo < hi {
      let mid = (lo + hi) / 2
      if predicate(self[mid]) { hi = mid } else { lo = mid + 1 }
    }
    return lo
  }
}
