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
  /// Dates are unix timestamps (in `epochUnit`, or by their digit count when `nil`).
  var epoch = false
  var epochUnit: DateText.EpochUnit?
  /// `D/M/YYYY` rather than `M/D/YYYY`.
  var dayFirst = false
  /// A timestamp's own (local) day is the row's day, not its UTC day (TradingView).
  var localDays = false
  /// How values are written when they are not plain numbers.
  var numbers = NumberText.Style()

  /// Works out the layout from the header, the first row's first cell and the options.
  /// - Throws: `ImportError.missingColumn` for a date or value column not in the header,
  ///   `.unknownFormat` when the header is not known and its first column holds no dates,
  ///   `.ambiguousDayOrder` when `D/M` vs `M/D` dates cannot be told apart.
  init(
    header: [String], table: CSVTable, file: String, options: ImportOptions, shape: FileShape
  ) throws {
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
    let semicolons = shape.delimiter == UInt8(ascii: ";")
    if format == nil {
      let cell = Array(table.text(row: 0, column: dateColumn).utf8)
      let isDate = cell.withUnsafeBufferPointer {
        DateText.parse($0) != nil || DateText.parse($0, dayFirst: true) != nil
          || DateText.epoch($0, unit: options.dateFormat?.epochUnit) != nil
      }
      guard isDate || options.dateColumn != nil else {
        throw ImportError.unknownFormat(file: file, header: header)
      }
      format = semicolons || options.decimal == .comma ? .european : .generic
    }
    self.format = format!
    self.dateColumn = dateColumn
    let timeColumn = self.format == .yahooHourly ? 1 : -1
    self.timeColumn = timeColumn >= 0 ? timeColumn : nil
    let skipped: Set<String> =
      switch self.format {
      case .etherscan: ["UnixTimeStamp"]
      case .binance: ["close_time", "ignore"]
      default: []
      }
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
    case .binance:
      notes.append(
        "Binance klines have no header row; each row is dated by the UTC day of its open time.")
    case .tradingView: localDays = true
    case .yahooDaily:
      if let p = primary, names[p].lowercased() == "adj close" {
        notes.append(
          "The value column is 'Adj Close' (the close adjusted for splits and dividends), "
            + "not 'Close'.")
      }
    default: break
    }
    try readDates(table: table, column: dateColumn, file: file, options: options)
    numbers.suffixes = self.format == .investing
    numbers.decimalComma =
      options.decimal.map { $0 == .comma }
      ?? (semicolons && ImportLayout.writesDecimalCommas(table, skipping: dateColumn))
    if shape.header != nil, self.format != .binance {
      notes.append(
        "The file has no header row; its first line is data, read as columns "
          + header.joined(separator: ", ") + ".")
    }
    if numbers.decimalComma {
      notes.append("Numbers were read with a decimal comma (1.769,58 is 1769.58).")
    }
  }

  /// Decides how the date column is read: `options.dateFormat` when given; otherwise unix
  /// timestamps when the first cell is one (for formats that write them), and for `D/M/YYYY`
  /// or `M/D/YYYY` dates the order the data settles.
  /// - Throws: `ImportError.ambiguousDayOrder` when no date settles the order (no number above
  ///   12 in either place) and the format does not fix it (dotted dates are day first,
  ///   Etherscan's month first).
  private mutating func readDates(
    table: CSVTable, column: Int, file: String, options: ImportOptions
  ) throws {
    if let f = options.dateFormat {
      epochUnit = f.epochUnit
      epoch = epochUnit != nil
      dayFirst = f == .dayMonthYear || f == .dayMonthYearSlashed
      return
    }
    let timed: Set<FileFormat> = [.binance, .tradingView, .generic, .european]
    let first = Array(table.text(row: 0, column: column).utf8)
    if timed.contains(format),
      first.withUnsafeBufferPointer({ DateText.epoch($0, unit: nil) })
        != nil
    {
      epoch = true
      return
    }
    guard first.withUnsafeBufferPointer({ DateText.slashedParts($0) }) != nil else { return }
    var day = false
    var month = false
    var dotted = false
    var example = ""
    table.storage.withUnsafeBufferPointer { storage in
      for r in 0..<table.rowCount {
        let i = (r * table.columnCount + column) * 2
        let cell = UnsafeBufferPointer(
          rebasing: storage[Int(table.spans[i])..<Int(table.spans[i + 1])])
        guard let parts = DateText.slashedParts(cell) else { continue }
        let (a, b, d) = parts
        if a > 12, !day {
          day = true
          example = table.text(row: r, column: column)
        }
        if b > 12 { month = true }
        dotted = dotted || d
        if day && month { break }
      }
    }
    if day && !month {
      dayFirst = true
      notes.append("Dates were read day first (D/M/YYYY), as '\(example)' shows.")
    } else if !day && !month {
      if dotted {
        dayFirst = true
      } else if format != .etherscan {
        throw ImportError.ambiguousDayOrder(
          file: file, column: table.header[column], example: table.text(row: 0, column: column))
      }
    }
  }

  /// Whether the value cells of the first rows (up to 50) write a comma: a `;`-delimited file
  /// with a decimal comma.
  static func writesDecimalCommas(_ table: CSVTable, skipping dateColumn: Int) -> Bool {
    let rows = min(table.rowCount, 50)
    for r in 0..<rows {
      for c in 0..<table.columnCount where c != dateColumn {
        let i = (r * table.columnCount + c) * 2
        if table.storage[Int(table.spans[i])..<Int(table.spans[i + 1])].contains(44) {
          return true
        }
      }
    }
    return false
  }

  /// The obvious value column of a format, if there is one.
  static func primary(_ format: FileFormat, _ names: [String]) -> Int? {
    let lower = names.map { $0.lowercased() }
    switch format {
    case .yahooDaily: return lower.firstIndex(of: "adj close") ?? lower.firstIndex(of: "close")
    case .yahooHourly, .ibkrDaily, .ibkrIntraday, .binance, .tradingView:
      return lower.firstIndex(of: "close")
    case .investing: return lower.firstIndex(of: "price")
    case .european:
      if names.count == 1 { return 0 }
      return closeNames.lazy.compactMap { lower.firstIndex(of: $0) }.first
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

  /// Local names of the close in European spreadsheet exports, lower case, most specific first.
  static let closeNames = [
    "schluss", "schlusskurs", "clôture", "cloture", "dernier", "slot", "slotkoers", "cierre",
    "chiusura", "zamknięcie", "close", "kurs", "letzter", "zuletzt", "price", "value",
  ]
}
