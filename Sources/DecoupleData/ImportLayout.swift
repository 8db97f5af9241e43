/// Which columns of a detected file hold the date, the time and the values, and how to read them.
struct ImportLayout {
  var format: FileFormat
  var dateColumn: Int
  /// Yahoo hourly keeps the time of day in its own column.
  var timeColumn: Int?
  /// Header indices of the value columns, in header order.
  var valueColumns: [Int]
  /// The series name of each value column (after renames).
  var names: [String]
  /// Index into `valueColumns` of the obvious value column.
  var primary: Int?
  /// Days added to each date: −1 for CoinGecko, whose 00:00 UTC snapshot closes the day before.
  var dayShift = 0
  /// FRED's own files write `.` for a missing value.
  var dotIsMissing = false
  var renamed: [String: String] = [:]
  var notes: [String] = []

  /// Works out the layout from the header, the first row's first cell and the options.
  /// - Throws: `ImportError.missingColumn` for a date or value column not in the header,
  ///   `.unknownFormat` when the header is not known and its first column holds no dates.
  init(header: [String], table: CSVTable, file: String, options: ImportOptions) throws {
    func find(_ name: String) throws -> Int {
      guard let i = header.firstIndex(where: { $0.lowercased() == name.lowercased() }) else {
        throw ImportError.missingColumn(file: file, column: name, available: header)
      }
      return i
    }
    var format = FileFormat.detect(header: header, firstDate: table.text(row: 0, column: 0))
    var dateColumn = 0
    if let name = options.dateColumn {
      dateColumn = try find(name)
      if dateColumn != 0 { format = .generic }
    }
    if format == nil {
      let cell = Array(table.text(row: 0, column: dateColumn).utf8)
      let isDate = cell.withUnsafeBufferPointer { DateText.parse($0) != nil }
      guard isDate || options.dateColumn != nil else {
        throw ImportError.unknownFormat(file: file, header: header)
      }
      format = .generic
    }
    self.format = format!
    self.dateColumn = dateColumn
    let timeColumn = self.format == .yahooHourly ? 1 : -1
    self.timeColumn = timeColumn >= 0 ? timeColumn : nil
    let skipped: Set<String> = self.format == .etherscan ? ["UnixTimeStamp"] : []
    var values = header.indices.filter {
      $0 != dateColumn && $0 != timeColumn && !skipped.contains(header[$0])
    }
    if let name = options.valueColumn {
      guard let i = values.first(where: { header[$0].lowercased() == name.lowercased() }) else {
        throw ImportError.missingColumn(
          file: file, column: name, available: values.map { header[$0] })
      }
      values = [i]
    }
    valueColumns = values
    names = values.map { header[$0] }
    if self.format == .farside, let last = names.last, FileFormat.isUnnamedColumn(last) {
      names[names.count - 1] = "Total"
      renamed[last] = "Total"
      notes.append("The unnamed total column '\(last)' was renamed 'Total'.")
    }
    primary = options.valueColumn != nil ? 0 : ImportLayout.primary(self.format, names)
    switch self.format {
    case .coingecko:
      dayShift = -1
      notes.append(
        "CoinGecko's snapshot at 00:00 UTC on day D is the close of UTC day D−1, "
          + "so each row is dated one day earlier than its snapped_at.")
    case .yahooHourly:
      notes.append("Yahoo hourly times state no zone; they are read as UTC.")
    case .fred: dotIsMissing = true
    default: break
    }
  }

  /// The obvious value column of a format, if there is one.
  static func primary(_ format: FileFormat, _ names: [String]) -> Int? {
    let lower = names.map { $0.lowercased() }
    switch format {
    case .yahooDaily, .yahooHourly, .ibkrDaily, .ibkrIntraday: return lower.firstIndex(of: "close")
    case .coingecko: return lower.firstIndex(of: "price")
    case .farside: return lower.firstIndex(of: "total")
    case .fredWide, .etherscanNetwork: return names.count == 1 ? 0 : nil
    case .validatorQueue: return lower.firstIndex(of: "staked_amount")
    case .fred, .etherscan, .generic:
      if names.count == 1 { return 0 }
      return lower.firstIndex(of: "close") ?? lower.firstIndex(of: "price")
        ?? lower.firstIndex(of: "value")
    }
  }
}
