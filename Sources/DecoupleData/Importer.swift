import Foundation

/// Reads market-data CSV files into daily (or intraday) series.
///
/// The format is detected from the first line (see `FileFormat` and `FileShape`): the delimiter
/// (`,`, `;` or tab), whether that line is a header or already data (Binance klines, headerless
/// `date,value` files), and the header's names; then how dates are written (ISO, `Jun 04, 2026`,
/// unix timestamps, and for `D/M/YYYY` vs `M/D/YYYY` the order the data settles) and numbers
/// (thousands separators, a decimal comma, Investing.com's `K/M/B` and `%`). `ImportOptions`
/// overrides what detection cannot settle. Each format's quirks are handled and described in the
/// result's `notes`. Import is all or nothing: the whole file is parsed and
/// the first error (in line order) is thrown, so no half-imported data ever escapes.
///
/// Rules shared by every format:
/// - Rows must be strictly increasing in date. A file that is strictly decreasing is reversed
///   (with a note); any other disorder or a repeated date is an error naming both lines.
///   IBKR intraday files that mix UTC offsets are written in local-time order, which is not
///   UTC order; they are sorted by UTC instant (with a note), and only a repeated instant is an
///   error.
/// - An empty value cell (or `.` in FRED files, `-` in Investing.com files) is missing: that row
///   is left out of that column's series, and the series notes say how many rows were.
/// - An unreadable value in a column other than the primary one (Investing.com's `Vol.`, a
///   TradingView indicator) is left out with a note on that column's series; only the primary
///   column (or, without one, every column) makes it an error.
/// - Files with weekend rows are `continuous`; Yahoo and IBKR files without them are `exchange`;
///   FRED, Farside and Etherscan files are `published`.
/// - A 24/7 Yahoo daily file ends with the in-progress UTC day at download time (yfinance always
///   includes it), and a Yahoo hourly file with the in-progress bar; that last row is dropped
///   unless `ImportOptions.includePartialLastDay` is set, and a note names it either way.
public enum Importer {
  /// Reads and imports the file at `url`; messages name it by its last path component.
  /// - Throws: `ImportError.fileNotFound`, `.unreadable`, or any error of `parse`.
  public static func read(
    contentsOf url: URL, options: ImportOptions = .init()
  ) throws -> ImportedFile {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw ImportError.fileNotFound(path: url.path)
    }
    guard !isDirectory.boolValue else {
      throw ImportError.unreadable(path: url.path, reason: "it is a directory")
    }
    let bytes: [UInt8]
    do {
      bytes = try FileBytes.read(url)
    } catch {
      throw ImportError.unreadable(path: url.path, reason: error.localizedDescription)
    }
    return try parse(bytes: bytes, file: url.lastPathComponent, options: options)
  }

  /// Imports CSV `text`; `file` names it in messages and in each series' source.
  public static func parse(
    _ text: String, file: String, options: ImportOptions = .init()
  ) throws -> ImportedFile {
    try parse(bytes: Array(text.utf8), file: file, options: options)
  }

  /// Imports CSV bytes (UTF-8); `file` names them in messages and in each series' source.
  /// - Throws: `ImportError` — `.empty`, `.unknownFormat`, `.wrongFieldCount`,
  ///   `.unterminatedQuote`, `.invalidDate`, `.ambiguousDayOrder`, `.invalidNumber`,
  ///   `.duplicateDate`, `.outOfOrder`,
  ///   `.missingColumn` or `.noData` (a picked value column without values).
  /// - Complexity: O(rows × columns): a count of the delimiters and line breaks, one pass that
  ///   splits the fields, then one over the dates and one per value column.
  public static func parse(
    _ data: Data, file: String, options: ImportOptions = .init()
  ) throws -> ImportedFile {
    try parse(bytes: [UInt8](data), file: file, options: options)
  }

  /// Imports CSV bytes; the table parsed from them keeps them as its storage, and is released
  /// before the series are built, so a file is held once at a time.
  static func parse(
    bytes: consuming [UInt8], file: String, options: ImportOptions
  ) throws -> ImportedFile {
    let shape = bytes.withUnsafeBufferPointer { FileShape(bytes: $0, options: options) }
    let layout: ImportLayout
    var cells: ParsedRows
    do {  // the table (and with it the file's bytes) ends with this block
      let table = try CSVTable(
        bytes: bytes, file: file, delimiter: shape.delimiter, header: shape.header)
      layout = try ImportLayout(
        header: table.header, table: table, file: file, options: options, shape: shape)
      cells = try RowReader.read(table, layout: layout, file: file)
    }
    var notes = layout.notes + cells.notes
    cells.arrangeChronologically(notes: &notes)
    if layout.format == .farside { cells.dropBogusFirstRow(notes: &notes) }
    let calendar = layout.format.calendar(hasWeekends: cells.hasWeekendRows)
    let partialRule =
      layout.format == .yahooHourly || (layout.format == .yahooDaily && calendar == .continuous)
    if partialRule, let last = cells.order.last {
      let label = cells.label(last)
      let key = cells.keys[last]
      let ends = layout.format == .yahooHourly ? key + 3_600 : (key + 1) * 86_400
      if let now = options.now, now >= ends {
        // The period ended before the run: a finished row, kept.
      } else if options.includePartialLastDay {
        notes.append(
          "The last row, \(label), was written while still in progress (partial); kept "
            + "because partial last days were asked for.")
      } else {
        cells.order.removeLast()
        notes.append(
          "The last row, \(label), was written while still in progress (partial) and was left "
            + "out; ask for partial last days to keep it.")
      }
    }
    let result = cells.makeFile(file: file, layout: layout, calendar: calendar, notes: notes)
    if options.valueColumn != nil, let p = result.primary {
      let empty =
        layout.format.isIntraday ? result.intraday[p].count == 0 : result.series[p].count == 0
      if empty { throw ImportError.noData(file: file, column: layout.names[p]) }
    }
    return result
  }
}
