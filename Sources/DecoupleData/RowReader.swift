/// Reads every row of a table into date keys and values, in one row-major pass, checking order
/// as it goes so that the first error thrown is the first in line order.
enum RowReader {
  /// - Throws: `ImportError.invalidDate`, `.invalidNumber`, `.duplicateDate`, `.outOfOrder`.
  static func read(_ table: CSVTable, layout: ImportLayout, file: String) throws -> ParsedRows {
    let rows = table.rowCount
    let width = layout.valueColumns.count
    let columns = table.columnCount
    let intraday = layout.format.isIntraday
    var keys = [Int64](repeating: 0, count: rows)
    var values = [Double](repeating: .nan, count: rows * width)
    var direction: Int64 = 0
    // Files with explicit offsets are in the order of their local times; with mixed offsets
    // that is not UTC order, so they are sorted after reading instead of checked row by row.
    let deferOrder = layout.format == .ibkrIntraday
    var offsets: (first: Int?, mixed: Bool) = (nil, false)
    let decimalComma = layout.numbers.decimalComma
    // Unreadable cells of columns other than the primary one: left out, never an error.
    var unreadable = [(count: Int, example: (line: Int, text: String))](
      repeating: (0, (0, "")), count: width)
    try table.storage.withUnsafeBufferPointer { storage in
      try table.spans.withUnsafeBufferPointer { spans in
        func cell(_ r: Int, _ c: Int) -> UnsafeBufferPointer<UInt8> {
          let i = (r * columns + c) * 2
          return UnsafeBufferPointer(rebasing: storage[Int(spans[i])..<Int(spans[i + 1])])
        }
        func dateError(_ r: Int, _ c: Int) -> ImportError {
          .invalidDate(
            file: file, line: table.lines[r], column: table.header[c],
            text: table.text(row: r, column: c))
        }
        for r in 0..<rows {
          let dateCell = cell(r, layout.dateColumn)
          let parsed =
            layout.epoch
            ? DateText.epoch(dateCell, unit: layout.epochUnit)
            : DateText.parse(dateCell, dayFirst: layout.dayFirst)
          guard let stamp = parsed else { throw dateError(r, layout.dateColumn) }
          let key: Int64
          switch layout.format {
          case .yahooHourly:
            let c = layout.timeColumn!
            let t = cell(r, c)
            var i = 0
            guard stamp.seconds == nil, let s = DateText.time(t, &i, t.count), i == t.count else {
              throw dateError(r, stamp.seconds == nil ? c : layout.dateColumn)
            }
            key = Int64(stamp.day.daysSince1970) * 86_400 + Int64(s)
          case .ibkrIntraday:
            guard stamp.seconds != nil, stamp.offset != nil else {
              throw dateError(r, layout.dateColumn)
            }
            key = stamp.instant
            if offsets.first == nil { offsets.first = stamp.offset }
            if stamp.offset != offsets.first { offsets.mixed = true }
          default:
            // A daily row stamped at local midnight with a UTC offset (a +09:00 exchange's day)
            // names its local day; the UTC day would be the day before.
            let localMidnight = stamp.seconds == 0 && (stamp.offset ?? 0) != 0
            let day =
              stamp.seconds == nil || layout.localDays || localMidnight ? stamp.day : stamp.utcDay
            key = Int64(day.daysSince1970 + layout.dayShift)
          }
          keys[r] = key
          if r > 0, !deferOrder {
            let step = key - keys[r - 1]
            if direction == 0, step != 0 { direction = step > 0 ? 1 : -1 }
            if step == 0 || (step > 0) != (direction > 0) {
              throw orderError(r, keys, table.lines, intraday, file)
            }
          }
          for (j, c) in layout.valueColumns.enumerated() {
            let b = cell(r, c)
            let number =
              decimalComma
              ? NumberText.parse(b, style: layout.numbers)
              : NumberText.parse(b) ?? NumberText.parse(b, style: layout.numbers)
            if let v = number {
              values[r * width + j] = v
            } else if isMissing(b, dot: layout.dotIsMissing)
              || (layout.numbers.suffixes && isDash(b))
            {
              continue
            } else if let p = layout.primary, p != j {
              if unreadable[j].count == 0 {
                unreadable[j].example = (table.lines[r], table.text(row: r, column: c))
              }
              unreadable[j].count += 1
            } else {
              throw ImportError.invalidNumber(
                file: file, line: table.lines[r], column: table.header[c],
                text: table.text(row: r, column: c))
            }
          }
        }
      }
    }
    var parsed = ParsedRows(
      keys: keys, lines: table.lines, values: values, width: width, intraday: intraday,
      descending: false)
    if deferOrder {
      if offsets.mixed {
        try parsed.sortByInstant(file: file)
      } else {
        for r in 1..<max(1, rows) {
          let step = keys[r] - keys[r - 1]
          if direction == 0, step != 0 { direction = step > 0 ? 1 : -1 }
          if step == 0 || (step > 0) != (direction > 0) {
            throw orderError(r, keys, table.lines, intraday, file)
          }
        }
      }
    }
    parsed.descending = direction < 0
    for (j, u) in unreadable.enumerated() where u.count > 0 {
      parsed.columnNotes[j, default: []].append(
        "\(u.count) cells of '\(layout.names[j])' are not numbers (the first on line "
          + "\(u.example.line): '\(u.example.text)') and were left out; the column is not the "
          + "file's value column.")
    }
    return parsed
  }

  /// An empty cell (spaces only), or `.` where FRED's convention applies.
  static func isMissing(_ b: UnsafeBufferPointer<UInt8>, dot: Bool) -> Bool {
    let text = b.filter { $0 != 32 && $0 != 9 }
    return text.isEmpty || (dot && text == [UInt8(ascii: ".")])
  }

  /// A lone `-` (Investing.com's missing volume).
  static func isDash(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    b.filter { $0 != 32 && $0 != 9 } == [UInt8(ascii: "-")]
  }

  /// The error for row `r`, whose key breaks the order: a duplicate of an earlier row when its
  /// key appeared before, otherwise out of order.
  static func orderError(
    _ r: Int, _ keys: [Int64], _ lines: [Int], _ intraday: Bool, _ file: String
  ) -> ImportError {
    let label = { (k: Int64) in ParsedRows.label(k, intraday: intraday) }
    if let first = keys[0..<r].firstIndex(of: keys[r]) {
      return .duplicateDate(
        file: file, line: lines[r], date: label(keys[r]), firstLine: lines[first])
    }
    return .outOfOrder(
      file: file, line: lines[r], date: label(keys[r]), previous: label(keys[r - 1]),
      previousLine: lines[r - 1])
  }
}
