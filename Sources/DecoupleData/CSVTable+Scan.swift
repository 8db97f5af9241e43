/// The one pass over a CSV file's bytes that `CSVTable.init` makes, and its helpers.
extension CSVTable {
  /// The high bit of each byte of `w` that is zero (the classic exact test: no false positives
  /// from borrows).
  @inline(__always) static func zeroBytes(_ w: UInt64) -> UInt64 {
    let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    return ~(((w & low7) &+ low7) | w | low7)
  }

  /// How many bytes of `m` have their high bit set, when no other bit is (the bytes' low bits
  /// summed into the top byte by one multiplication; the default x86-64 target has no popcnt).
  @inline(__always) static func highBits(_ m: UInt64) -> Int {
    Int(truncatingIfNeeded: ((m >> 7) &* 0x0101_0101_0101_0101) >> 56)
  }

  /// How many bytes of `bytes` are line breaks (LF or CR), how many are those or `delimiter`,
  /// and whether any is a CR: eight bytes at a time.
  static func counts(
    delimiter: UInt8, in bytes: UnsafeBufferPointer<UInt8>
  ) -> (breaks: Int, ends: Int, hasReturns: Bool) {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let (d, lf, cr) = (UInt64(delimiter) &* ones, 10 &* ones, 13 &* ones)
    var breaks = 0
    var others = 0
    var returns: UInt64 = 0
    let words = bytes.count / 8
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      for k in 0..<words {
        let w = raw.loadUnaligned(fromByteOffset: 8 * k, as: UInt64.self)
        let r = zeroBytes(w ^ cr)
        returns |= r
        breaks &+= highBits(zeroBytes(w ^ lf) | r)
        others &+= highBits(zeroBytes(w ^ d))
      }
    }
    for k in (8 * words)..<bytes.count {
      if bytes[k] == 10 || bytes[k] == 13 {
        breaks += 1
        if bytes[k] == 13 { returns = 1 }
      } else if bytes[k] == delimiter {
        others += 1
      }
    }
    return (breaks, breaks + others, returns != 0)
  }

  /// Where a scan writes: spans and lines into buffers allocated for their upper bounds.
  struct Output {
    let spans: UnsafeMutableBufferPointer<Int32>
    let lines: UnsafeMutableBufferPointer<Int>
    var spanCount = 0
    var lineCount = 0

    @inline(__always) mutating func span(_ start: Int, _ end: Int) {
      spans[spanCount] = Int32(truncatingIfNeeded: start)
      spans[spanCount + 1] = Int32(truncatingIfNeeded: end)
      spanCount += 2
    }
  }

  /// The state of one pass over a file's bytes. (Its methods work on stored properties and
  /// parameters: no variable is captured by a closure, so every access is checked statically.)
  struct Scan {
    let n: Int
    var header: [String]?
    /// Unescaped fields; they are stored after the file's bytes, at offset n + their offset.
    var extra: [UInt8] = []

    init(count: Int, header: [String]?) {
      n = count
      self.header = header
    }

    /// The text of the field whose span starts at `out.spans[k]`, trimmed.
    func field(_ k: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ out: Output) -> String {
      let s = Int(out.spans[k]), e = Int(out.spans[k + 1])
      if s >= n { return String(decoding: extra[(s - n)..<(e - n)], as: UTF8.self).trimmingSpaces }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<e]), as: UTF8.self)
        .trimmingSpaces
    }

    mutating func run(
      _ bytes: UnsafeBufferPointer<UInt8>, _ out: inout Output, file: String, delimiter: UInt8,
      hasReturns: Bool = true
    ) throws(ImportError) {
      let tooLarge = ImportError.unreadable(path: file, reason: "it is 2 GiB or larger")
      guard n < Int(Int32.max) else { throw tooLarge }
      let comma = delimiter, quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n")
      let cr = UInt8(ascii: "\r")
      let ones: UInt64 = 0x0101_0101_0101_0101
      let (commas, lfs, crs) = (UInt64(comma) &* ones, UInt64(lf) &* ones, UInt64(cr) &* ones)
      var i = 0
      if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
      var line = 1
      while i < n {
        let recordLine = line
        let firstSpan = out.spanCount
        var wasQuoted = false
        while true {  // one field per iteration
          if bytes[i] == quote {
            wasQuoted = true
            let open = i + 1
            var escaped = false
            i += 1
            while true {
              guard i < n else { throw .unterminatedQuote(file: file, line: recordLine) }
              let c = bytes[i]
              if c == quote {
                guard i + 1 < n, bytes[i + 1] == quote else { break }
                escaped = true
                i += 2
              } else {
                if c == lf { line += 1 }
                i += 1
              }
            }
            let close = i
            i += 1
            // Stray text after the closing quote, up to the delimiter, belongs to the field.
            let from = i
            while i < n {
              let c = bytes[i]
              if c == comma || c == lf || c == cr { break }
              i += 1
            }
            if !escaped && i == from {
              out.span(open, close)
            } else {
              let start = n + extra.count
              var k = open
              while k < close {  // inside the quotes every quote is doubled
                extra.append(bytes[k])
                k += bytes[k] == quote ? 2 : 1
              }
              extra.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<i]))
              guard n + extra.count < Int(Int32.max) else { throw tooLarge }
              out.span(start, n + extra.count)
            }
          } else {
            let from = i
            // Eight bytes at a time while they hold no delimiter or line break, then byte by byte.
            if let base = bytes.baseAddress {
              let raw = UnsafeRawPointer(base)
              while i &+ 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                // (A file without CR needs no test for it: one pattern less per word.)
                let stop =
                  CSVTable.zeroBytes(w ^ commas) | CSVTable.zeroBytes(w ^ lfs)
                  | (hasReturns ? CSVTable.zeroBytes(w ^ crs) : 0)
                if stop != 0 {
                  i &+= stop.trailingZeroBitCount / 8
                  break
                }
                i &+= 8
              }
            }
            while i < n {
              let c = bytes[i]
              if c == comma || c == lf || c == cr { break }
              i += 1
            }
            out.span(from, i)
          }
          if i < n, bytes[i] == comma {
            i += 1
            if i == n {  // a trailing comma at the end of the input: one more empty field
              out.span(n, n)
            } else {
              continue
            }
          }
          if i < n, bytes[i] == cr { i += 1 }
          if i < n, bytes[i] == lf { i += 1 }
          line += 1
          break
        }
        let found = (out.spanCount - firstSpan) / 2
        if found == 1, !wasQuoted, out.spans[firstSpan] == out.spans[firstSpan + 1] {
          out.spanCount -= 2  // an empty line
          continue
        }
        if let header {
          guard found == header.count else {
            throw .wrongFieldCount(
              file: file, line: recordLine, expected: header.count, found: found,
              delimiter: Character(UnicodeScalar(delimiter)))
          }
          out.lines[out.lineCount] = recordLine
          out.lineCount += 1
        } else {
          header = (0..<found).map { f in field(firstSpan + 2 * f, bytes, out) }
          out.spanCount = 0
        }
      }
    }
  }
}
