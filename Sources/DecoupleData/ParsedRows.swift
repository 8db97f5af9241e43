/// The rows of a file after parsing: a date key per row (days since 1970, or UTC seconds for
/// intraday files), one array of values per value column with NaN for missing cells, and the
/// chronological order.
struct ParsedRows {
  var keys: [Int64]
  var lines: [Int]
  /// One array per value column, a value per row (NaN where the cell is missing).
  var columns: [[Double]]
  var intraday: Bool
  var descending: Bool
  /// Notes from reading the rows, before any file-level notes are added.
  var notes: [String] = []
  /// Notes that concern one value column only (by index into the layout's value columns).
  var columnNotes: [Int: [String]] = [:]
  /// Row indices in chronological order, after any rows were dropped.
  var order: [Int]

  init(
    keys: [Int64], lines: [Int], columns: [[Double]], intraday: Bool, descending: Bool
  ) {
    self.keys = keys
    self.lines = lines
    self.columns = columns
    self.intraday = intraday
    self.descending = descending
    order = Array(keys.indices)
  }

  /// A row's date (or UTC timestamp) as text.
  func label(_ row: Int) -> String { ParsedRows.label(keys[row], intraday: intraday) }

  static func label(_ key: Int64, intraday: Bool) -> String {
    guard intraday else { return Day(daysSince1970: Int(key)).iso }
    let day = Day(daysSince1970: Int((key >= 0 ? key : key - 86_399) / 86_400))
    let s = Int(key - Int64(day.daysSince1970) * 86_400)
    return day.iso + "T" + Day.pad(s / 3600, 2) + ":" + Day.pad(s / 60 % 60, 2) + ":"
      + Day.pad(s % 60, 2) + "Z"
  }

  /// Puts the rows of a file that mixes UTC offsets into UTC order (stable), with a note saying
  /// how many rows moved.
  /// - Throws: `ImportError.duplicateDate` when two rows name the same instant.
  mutating func sortByInstant(file: String) throws {
    let keys = self.keys
    let sorted = order.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
    for (a, b) in zip(sorted, sorted.dropFirst()) where keys[a] == keys[b] {
      let (first, second) = a < b ? (a, b) : (b, a)
      throw ImportError.duplicateDate(
        file: file, line: lines[second], date: label(second), firstLine: lines[first])
    }
    let moved = zip(sorted, order).filter { $0 != $1 }.count
    order = sorted
    if moved > 0 {
      notes.append(
        "The file mixes UTC offsets and was in local-time order; \(moved) rows were moved "
          + "into UTC order.")
    }
  }

  /// Reverses a strictly descending file into increasing order.
  mutating func arrangeChronologically(notes: inout [String]) {
    guard descending else { return }
    order.reverse()
    notes.append("The rows were in descending date order; they were reversed.")
  }

  /// Drops the first row when its values exactly equal those of a later row and its date lies
  /// before that row's (a stale copy, as in Farside's BTC table). Rows of zeros or empty cells
  /// are not matched: they are real no-flow days.
  mutating func dropBogusFirstRow(notes: inout [String]) {
    guard order.count > 1, let first = order.first else { return }
    let (columns, keys) = (self.columns, self.keys)
    let row = { (r: Int) in columns.map { $0[r] } }
    let head = row(first)
    guard head.contains(where: { !$0.isNaN && $0 != 0 }) else { return }
    let same = { (a: Double, b: Double) in a == b || (a.isNaN && b.isNaN) }
    guard
      let twin = order.dropFirst().first(where: { r in
        keys[r] > keys[first] && zip(head, row(r)).allSatisfy(same)
      })
    else { return }
    order.removeFirst()
    notes.append(
      "The first row, \(label(first)) (line \(lines[first])), repeats the values of "
        + "\(label(twin)) (line \(lines[twin])) exactly and lies before it; it was dropped as a "
        + "stale copy.")
  }

  /// Whether any kept row falls on a Saturday or Sunday (daily files only).
  var hasWeekendRows: Bool {
    guard !intraday else { return true }
    return order.contains { Day(daysSince1970: Int(keys[$0])).weekday >= 6 }
  }

  /// Builds one series per value column from the kept rows.
  func makeFile(
    file: String, layout: ImportLayout, calendar: MarketCalendar, notes: [String]
  ) -> ImportedFile {
    var daily: [DailySeries] = []
    var bars: [IntradaySeries] = []
    let rows = keys.count
    // The kept rows' keys (and days) in order, built once: a column without missing values
    // shares them (one buffer for every series of a complete file).
    let inFileOrder = order.elementsEqual(0..<rows)
    let keptKeys = inFileOrder ? keys : order.map { keys[$0] }
    let keptDays = intraday ? [] : keptKeys.map { Day(daysSince1970: Int($0)) }
    for (j, name) in layout.names.enumerated() {
      let column = columns[j]
      // In file order, a column is its series' values as it is (the buffer is shared).
      var vs = inFileOrder ? column : order.map { column[$0] }
      let missing = vs.reduce(0) { $0 + ($1.isNaN ? 1 : 0) }
      var ks = keptKeys
      var ds = keptDays
      if missing > 0 {
        let kept = vs.indices.filter { !vs[$0].isNaN }
        vs = kept.map { vs[$0] }
        if intraday { ks = kept.map { keptKeys[$0] } } else { ds = kept.map { keptDays[$0] } }
      }
      var seriesNotes = notes + (columnNotes[j] ?? [])
      if missing > 0 {
        seriesNotes.append("\(missing) rows with an empty '\(name)' cell were left out.")
      }
      let source = SeriesSource(file: file, format: layout.format.rawValue, column: name)
      if intraday {
        bars.append(
          IntradaySeries(
            name: name, instants: ks, values: vs, source: source, notes: seriesNotes))
      } else {
        daily.append(
          DailySeries(
            name: name, days: ds, values: vs, calendar: calendar, source: source,
            notes: seriesNotes))
      }
    }
    return ImportedFile(
      file: file, format: layout.format, series: daily, intraday: bars, primary: layout.primary,
      renamed: layout.renamed, notes: notes)
  }
}
