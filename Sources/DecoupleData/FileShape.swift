/// What a file's first line says before the file is parsed: the field delimiter, and whether
/// that line is a header or already data.
struct FileShape {
  /// The byte fields are split at.
  var delimiter: UInt8
  /// Column names for a file without a header row (its first line is data), `nil` when the
  /// first line is a header.
  var header: [String]?

  /// The columns of a Binance kline file (data.binance.vision), which has no header.
  static let binanceColumns = [
    "open_time", "open", "high", "low", "close", "volume", "close_time", "quote_volume", "trades",
    "taker_buy_base", "taker_buy_quote", "ignore",
  ]

  /// Looks at the first non-empty line of `bytes` (after a byte-order mark).
  ///
  /// The delimiter is `options.delimiter`, or the most frequent of `;` and tab on that line
  /// when it beats the commas, otherwise `,` (delimiters inside quotes are not counted). The
  /// line is data rather than a header when its first field reads as a date or a unix
  /// timestamp: 12 fields starting with a timestamp are a Binance kline file; otherwise the
  /// columns are named `date`, `value` (two fields) or `date`, `column2`, `column3`….
  init(bytes b: UnsafeBufferPointer<UInt8>, options: ImportOptions) {
    var i = 0
    let n = b.count
    if n >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = 3 }
    while i < n, b[i] == 10 || b[i] == 13 { i += 1 }
    var end = i
    var counts = (comma: 0, semicolon: 0, tab: 0)
    var quoted = false
    while end < n, b[end] != 10, b[end] != 13 {
      switch b[end] {
      case UInt8(ascii: "\""): quoted.toggle()
      case UInt8(ascii: ",") where !quoted: counts.comma += 1
      case UInt8(ascii: ";") where !quoted: counts.semicolon += 1
      case 9 where !quoted: counts.tab += 1
      default: break
      }
      end += 1
    }
    if let d = options.delimiter?.asciiValue {
      delimiter = d
    } else if counts.semicolon > counts.comma, counts.semicolon >= counts.tab {
      delimiter = UInt8(ascii: ";")
    } else if counts.tab > counts.comma, counts.tab > counts.semicolon {
      delimiter = 9
    } else {
      delimiter = UInt8(ascii: ",")
    }
    // Fields of the first line, quotes removed (a header or data line has no quoted breaks).
    var fields: [[UInt8]] = [[]]
    for k in i..<end {
      let c = b[k]
      if c == delimiter {
        fields.append([])
      } else if c != UInt8(ascii: "\"") {
        fields[fields.count - 1].append(c)
      }
    }
    let first = fields[0]
    let isData = first.withUnsafeBufferPointer { f in
      DateText.epoch(f, unit: options.dateFormat?.epochUnit) != nil || DateText.parse(f) != nil
        || DateText.parse(f, dayFirst: true) != nil
    }
    guard isData, end > i else {
      header = nil
      return
    }
    let epoch = first.withUnsafeBufferPointer { DateText.epoch($0, unit: nil) != nil }
    if epoch, fields.count == FileShape.binanceColumns.count {
      header = FileShape.binanceColumns
    } else if fields.count == 2 {
      header = ["date", "value"]
    } else {
      header = ["date"] + (1..<fields.count).map { "column\($0 + 1)" }
    }
  }
}
