import CDecoupleShims

/// Reads every row of a table into date keys and value columns. The dates are read first, in
/// line order, checking the order as they go; then each value column, top to bottom, into its
/// own array (which a complete column's series then shares, without a copy). Each pass stops at
/// the earliest error found so far, so the error thrown is the first in line order (and on one
/// line, the date's before a value's, and a value's before those of the columns to its right),
/// as if the file were read row by row.
enum RowReader {
  /// The earliest error so far: its row, then its place on the row (0 the date, 1 + j value
  /// column j).
  private struct FirstError {
    var row: Int
    var place: Int
    var error: ImportError
  }

  /// - Throws: `ImportError.invalidDate`, `.invalidNumber`, `.duplicateDate`, `.outOfOrder`.
  static func read(_ table: CSVTable, layout: ImportLayout, file: String) throws -> ParsedRows {
    let rows = table.rowCount
    let intraday = layout.format.isIntraday
    var keys = [Int64](unsafeUninitializedCapacity: rows) { keys, count in
      decouple_advise_huge_pages(keys.baseAddress, rows * 8)
      keys.initialize(repeating: 0)
      count = rows
    }
    var direction: Int64 = 0
    // Files with explicit offsets are in the order of their local times; with mixed offsets
    // that is not UTC order, so they are sorted after reading instead of checked row by row.
    let deferOrder = layout.format == .ibkrIntraday
    var offsets: (first: Int?, mixed: Bool) = (nil, false)
    var first: FirstError?
    table.storage.withUnsafeBufferPointer { storage in
      table.spans.withUnsafeBufferPointer { spans in
        let cells = Cells(storage: storage, spans: spans, columns: table.columnCount)
        func dateError(_ r: Int, _ c: Int) -> FirstError {
          FirstError(
            row: r, place: 0,
            error: .invalidDate(
              file: file, line: table.lines[r], column: table.header[c],
              text: table.text(row: r, column: c)))
        }
        for r in 0..<rows {
          let dateCell = cells[r, layout.dateColumn]
          let parsed =
            layout.epoch
            ? DateText.epoch(dateCell, unit: layout.epochUnit)
            : DateText.parse(dateCell, dayFirst: layout.dayFirst)
          guard let stamp = parsed else {
            first = dateError(r, layout.dateColumn)
            return
          }
          let key: Int64
          switch layout.format {
          case .yahooHourly:
            let c = layout.timeColumn!
            let t = cells[r, c]
            var i = 0
            guard stamp.seconds == nil, let s = DateText.time(t, &i, t.count), i == t.count else {
              first = dateError(r, stamp.seconds == nil ? c : layout.dateColumn)
              return
            }
            key = Int64(stamp.day.daysSince1970) * 86_400 + Int64(s)
          case .ibkrIntraday:
            guard stamp.seconds != nil, stamp.offset != nil else {
              first = dateError(r, layout.dateColumn)
              return
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
              first = FirstError(
                row: r, place: 0, error: orderError(r, keys, table.lines, intraday, file))
              return
            }
          }
        }
      }
    }
    var columns: [[Double]] = []
    var columnNotes: [Int: [String]] = [:]
    for (j, c) in layout.valueColumns.enumerated() {
      // Rows from the earliest error on cannot change which error is thrown.
      let (column, unreadable) = readColumn(
        table, column: c, index: j, layout: layout, file: file, upTo: first?.row ?? rows,
        first: &first)
      columns.append(column)
      if unreadable.count > 0 {
        columnNotes[j, default: []].append(
          "\(unreadable.count) cells of '\(layout.names[j])' are not numbers (the first on line "
            + "\(unreadable.line): '\(unreadable.text)') and were left out; the column is not "
            + "the file's value column.")
      }
    }
    if let first { throw first.error }
    var parsed = ParsedRows(
      keys: keys, lines: table.lines, columns: columns, intraday: intraday, descending: false)
    parsed.columnNotes = columnNotes
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
    return parsed
  }

  /// The cells of a table, as byte buffers.
  private struct Cells {
    let storage: UnsafeBufferPointer<UInt8>
    let spans: UnsafeBufferPointer<Int32>
    let columns: Int

    subscript(r: Int, c: Int) -> UnsafeBufferPointer<UInt8> {
      let i = (r &* columns &+ c) &* 2
      return UnsafeBufferPointer(rebasing: storage[Int(spans[i])..<Int(spans[i &+ 1])])
    }
  }

  /// Reads value column `column` (index `index` among the layout's value columns) for rows
  /// `0..<limit`, NaN for missing cells and for the rows after; an unreadable cell becomes
  /// `first` when the column is the primary one (or there is none), and is otherwise counted.
  private static func readColumn(
    _ table: CSVTable, column c: Int, index j: Int, layout: ImportLayout, file: String,
    upTo limit: Int, first: inout FirstError?
  ) -> ([Double], (count: Int, line: Int, text: String)) {
    let rows = table.rowCount
    let decimalComma = layout.numbers.decimalComma
    var unreadable = (count: 0, line: 0, text: "")
    let values = table.storage.withUnsafeBufferPointer { storage in
      table.spans.withUnsafeBufferPointer { spans in
        let cells = Cells(storage: storage, spans: spans, columns: table.columnCount)
        return [Double](unsafeUninitializedCapacity: rows) { out, count in
          decouple_advise_huge_pages(out.baseAddress, rows * 8)
          var r = 0
          while r < limit {
            let b = cells[r, c]
            let number =
              decimalComma
              ? NumberText.parse(b, style: layout.numbers)
              : NumberText.parse(b) ?? NumberText.parse(b, style: layout.numbers)
            if let v = number {
              out[r] = v
            } else {
              out[r] = .nan
              if isMissing(b, dot: layout.dotIsMissing)
                || (layout.numbers.suffixes && isDash(b))
              {
                // missing: left out of the series
              } else if let p = layout.primary, p != j {
                if unreadable.count == 0 {
                  unreadable.line = table.lines[r]
                  unreadable.text = table.text(row: r, column: c)
                }
                unreadable.count += 1
              } else {
                first = FirstError(
                  row: r, place: 1 + j,
                  error: .invalidNumber(
                    file: file, line: table.lines[r], column: table.header[c],
                    text: table.text(row: r, column: c)))
                break
              }
            }
            r += 1
          }
          while r < rows {
            out[r] = .nan
            r += 1
          }
          count = rows
        }
      }
    }
    return (values, unreadable)
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
