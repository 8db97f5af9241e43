import CDecoupleShims

/// A parsed CSV file: a header and rectangular data rows, with the line each row starts on.
///
/// RFC 4180: fields may be quoted, a doubled quote inside quotes is one quote, quoted fields may
/// hold commas and line breaks, records end with LF or CRLF and the last newline is optional.
/// A UTF-8 byte-order mark is skipped and empty lines are ignored. Every data row has exactly as
/// many fields as the header.
///
/// The file's bytes are kept once: a field is a span of them (a quoted field without doubled
/// quotes is the span between its quotes), and only a field that needs unescaping (a doubled
/// quote, or text after its closing quote) is copied, unescaped, after the file's bytes.
struct CSVTable: Sendable {
  /// Header names, with surrounding spaces trimmed.
  let header: [String]
  /// The file's bytes, then the unescaped copies of the fields that needed one.
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
  /// fields as `header` has names. The table keeps `bytes` as its storage (no copy).
  /// - Throws: `ImportError.empty` (no header or no data rows), `.wrongFieldCount`,
  ///   `.unterminatedQuote`, `.unreadable` for 2 GiB or more (offsets are 32-bit).
  /// - Complexity: O(n) in the size of the input: a count, eight bytes at a time, then one pass.
  init(
    bytes: consuming [UInt8], file: String, delimiter: UInt8 = UInt8(ascii: ","),
    header given: [String]? = nil
  ) throws(ImportError) {
    var storage = bytes
    var scan = Scan(count: storage.count, header: given)
    var spans: [Int32] = []
    var lines: [Int] = []
    var failure: ImportError?
    storage.withUnsafeBufferPointer { bytes in
      // Every field ends at a delimiter, a line break or the end: an upper bound for the spans
      // and lines, so both are allocated once and written without growing.
      let (breaks, ends, hasReturns) = CSVTable.counts(delimiter: delimiter, in: bytes)
      lines = [Int](unsafeUninitializedCapacity: breaks + 1) { lineBuffer, lineCount in
        decouple_advise_huge_pages(lineBuffer.baseAddress, lineBuffer.count * 8)
        spans = [Int32](unsafeUninitializedCapacity: 2 * (ends + 1)) { spanBuffer, spanCount in
          decouple_advise_huge_pages(spanBuffer.baseAddress, spanBuffer.count * 4)
          var out = Output(spans: spanBuffer, lines: lineBuffer)
          do throws(ImportError) {
            try scan.run(bytes, &out, file: file, delimiter: delimiter, hasReturns: hasReturns)
          } catch {
            failure = error
          }
          (spanCount, lineCount) = (out.spanCount, out.lineCount)
        }
      }
    }
    if let failure { throw failure }
    guard let header = scan.header, !lines.isEmpty else { throw .empty(file: file) }
    if !scan.extra.isEmpty { storage.append(contentsOf: scan.extra) }
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
