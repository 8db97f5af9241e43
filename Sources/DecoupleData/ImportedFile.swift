/// Everything read from one file: one series per value column, and what was done on the way.
public struct ImportedFile: Sendable, Equatable {
  /// The file name used in messages.
  public var file: String
  public var format: FileFormat
  /// One daily series per value column, in header order (empty for intraday formats).
  public var series: [DailySeries]
  /// One intraday series per value column, in header order (empty for daily formats).
  public var intraday: [IntradaySeries]
  /// Index of the obvious value column (Close, price, the Farside total, the only value column
  /// or the one picked) in `series`, or in `intraday` for intraday formats; `nil` when there is
  /// no obvious one.
  public var primary: Int?
  /// Columns renamed on import, original name → new name (Farside `COL11` → `Total`).
  public var renamed: [String: String]
  /// Quirks handled for the whole file, in plain words; they are also in each series' notes.
  public var notes: [String]

  public init(
    file: String, format: FileFormat, series: [DailySeries], intraday: [IntradaySeries],
    primary: Int?, renamed: [String: String] = [:], notes: [String]
  ) {
    self.file = file
    self.format = format
    self.series = series
    self.intraday = intraday
    self.primary = primary
    self.renamed = renamed
    self.notes = notes
  }

  /// Names of the value columns.
  public var columns: [String] {
    format.isIntraday ? intraday.map(\.name) : series.map(\.name)
  }

  /// The daily series for `column` (case-insensitive; original names of renamed columns work
  /// too), or the primary series when `column` is `nil`.
  /// - Throws: `ImportError.intradayOnly` for intraday files, `.missingColumn` for an unknown
  ///   column, `.ambiguousColumn` when `column` is `nil` and there is no primary one, `.noData`
  ///   when the column holds no values.
  public func series(column: String?) throws(ImportError) -> DailySeries {
    guard !format.isIntraday else {
      throw .intradayOnly(file: file, format: format.rawValue)
    }
    let s = try series[index(of: column)]
    guard s.count > 0 else { throw .noData(file: file, column: s.name) }
    return s
  }

  /// The intraday series for `column`, with the same rules as `series(column:)`.
  public func intraday(column: String?) throws(ImportError) -> IntradaySeries {
    guard format.isIntraday else {
      throw .missingColumn(file: file, column: column ?? "(intraday)", available: [])
    }
    let s = try intraday[index(of: column)]
    guard s.count > 0 else { throw .noData(file: file, column: s.name) }
    return s
  }

  private func index(of column: String?) throws(ImportError) -> Int {
    let names = columns
    guard let column else {
      guard let primary else { throw .ambiguousColumn(file: file, available: names) }
      return primary
    }
    let wanted = (renamed.first { $0.key.lowercased() == column.lowercased() }?.value ?? column)
      .lowercased()
    guard let i = names.firstIndex(where: { $0.lowercased() == wanted }) else {
      throw .missingColumn(file: file, column: column, available: names)
    }
    return i
  }
}
