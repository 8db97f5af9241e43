/// Bars at UTC instants: one value per instant, instants strictly increasing, no missing values.
public struct IntradaySeries: Sendable, Equatable {
  /// The column (or symbol) the series is known by.
  public var name: String
  /// Seconds since 1970-01-01 00:00 UTC, whatever offset the file wrote.
  public var instants: [Int64]
  public var values: [Double]
  public var source: SeriesSource
  /// Quirks handled while importing, in plain words.
  public var notes: [String]

  public init(
    name: String, instants: [Int64], values: [Double], source: SeriesSource, notes: [String] = []
  ) {
    precondition(instants.count == values.count, "instants and values must have the same length")
    self.name = name
    self.instants = instants
    self.values = values
    self.source = source
    self.notes = notes
  }

  /// Number of bars.
  public var count: Int { instants.count }

  /// The UTC day of each bar.
  public var days: [Day] {
    instants.map { Day(containing: $0) }
  }

  /// Seconds since UTC midnight of each bar.
  public var secondsOfDay: [Int] {
    instants.map { Int((($0 % 86_400) + 86_400) % 86_400) }
  }
}
