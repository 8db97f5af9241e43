/// A parsed CSV file: a header and rectangular data rows, with the line each row starts on.
///
/// RFC 4180: fields may be quoted, a doubled quote inside quotes is one quote, quoted fields may
/// hold commas and line breaks, records end with LF or CRLF and the last newline is optional.
/// A UTF-8 byte-order mark is skipped and empty lines are ignored. Field bytes are stored
/// unescaped in one buffer; every data row has exactly as many fields as the header.
struct CSVTable: Sendable {
  /// Header names, with surrounding spaces trimmed.
  let header: [String]
  /// Unescaped bytes of all data fields, back to back.
  let storage: [UInt8]
  /// Two entries per field: start and end offset into `storage`, row-major.
  let spans: [Int32]
  /// The 1-based line each data row starts on (the header is line 1).
  let lines: [Int]

  var rowCount: Int { lines.count }
  var columnCount: Int { header.count }

  /// The text of one field.
  func text(row: Int, column: Int) -> String {
    let i = (row * columnCount + column) * 2
    return String(decoding: storage[Int(spans[i])..<Int(spans[i + 1])], as: UTF8.self)
  }

  /// Parses `bytes`, fields split at `delimiter`; `file` names the file in errors. With
  /// `header`, the file has no header row: its first record is data and must have as many
  /// fields as `header` has names.
  /// - Throws: `ImportError.empty` (no header or no data rows), `.wrongFieldCount`,
  ///   `.unterminatedQuote`.
  /// - Complexity: O(n) in the size of the input, one pass.
  init(
    bytes: UnsafeBufferPointer<UInt8>, file: String, delimiter: UInt8 = UInt8(ascii: ","),
    header given: [String]? = nil
  ) throws(ImportError) {
    var storage: [UInt8] = []
    storage.reserveCapacity(bytes.count)
    var spans: [Int32] = []
    spans.reserveCapacity(bytes.count / 4)
    var lines: [Int] = []
    var header: [String]? = given
    let n = bytes.count
    let comma = delimiter, quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n")
    let cr = UInt8(ascii: "\r")
    var i = 0
    if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
    var line = 1
    while i < n {
      let recordLine = line
      let firstSpan = spans.count
      var wasQuoted = false
      while true {  // one field per iteration
        let start = storage.count
        if bytes[i] == quote {
          wasQuoted = true
          i += 1
          while true {
            guard i < n else { throw .unterminatedQuote(file: file, line: recordLine) }
            let c = bytes[i]
            if c == quote {
              if i + 1 < n, bytes[i + 1] == quote {
                storage.append(quote)
                i += 2
              } else {
                i += 1
                break
              }
            } else {
              if c == lf { line += 1 }
              storage.append(c)
              i += 1
            }
          }
        }
        // Unquoted text (or stray text after a closing quote) up to the delimiter.
        let from = i
        while i < n {
          let c = bytes[i]
          if c == comma || c == lf || c == cr { break }
          i += 1
        }
        if i > from { storage.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<i])) }
        spans.append(Int32(start))
        spans.append(Int32(storage.count))
        if i < n, bytes[i] == comma {
          i += 1
          if i == n {  // a trailing comma at the end of the input: one more empty field
            spans.append(Int32(storage.count))
            spans.append(Int32(storage.count))
          } else {
            continue
          }
        }
        if i < n, bytes[i] == cr { i += 1 }
        if i < n, bytes[i] == lf { i += 1 }
        line += 1
        break
      }
      let found = (spans.count - firstSpan) / 2
      if found == 1, !wasQuoted, spans[firstSpan] == spans[firstSpan + 1] {
        spans.removeLast(2)  // an empty line
        continue
      }
      if let header {
        guard found == header.count else {
          throw .wrongFieldCount(
            file: file, line: recordLine, expected: header.count, found: found,
            delimiter: Character(UnicodeScalar(delimiter)))
        }
        lines.append(recordLine)
      } else {
        header = (0..<found).map { f in
          let s = Int(spans[firstSpan + 2 * f]), e = Int(spans[firstSpan + 2 * f + 1])
          return String(decoding: storage[s..<e], as: UTF8.self).trimmingSpaces
        }
        spans.removeAll(keepingCapacity: true)
        storage.removeAll(keepingCapacity: true)
      }
    }
    guard let header, !lines.isEmpty else { throw .empty(file: file) }
    self.header = header
    self.storage = storage
    self.spans = spans
    self.lines = lines
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    let u = utf8
    guard let s = u.firstIndex(where: { $0 != 32 && $0 != 9 }) else { return "" }
    let e = u.lastIndex(where: { $0 != 32 && $0 != 9 })!
    return String(self[s...e])
  }
}
