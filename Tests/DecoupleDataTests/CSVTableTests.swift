import Foundation
import Testing

@testable import DecoupleData

@Suite struct CSVTableTests {
  func table(_ text: String) throws -> CSVTable {
    try CSVTable(bytes: Array(text.utf8), file: "t.csv")
  }

  func rows(_ t: CSVTable) -> [[String]] {
    (0..<t.rowCount).map { r in (0..<t.columnCount).map { t.text(row: r, column: $0) } }
  }

  @Test func rfc4180QuotingAndLineNumbers() throws {
    let t = try table("a,\"b \"\"x\"\"\"\r\n\"1,5\",\"two\nlines\"\r\n3,\"\"\r\n4,x")
    #expect(t.header == ["a", "b \"x\""])
    #expect(rows(t) == [["1,5", "two\nlines"], ["3", ""], ["4", "x"]])
    #expect(t.lines == [2, 4, 5])  // the quoted line break counts as a line
  }

  @Test func bomEmptyLinesAndTrailingNewline() throws {
    let t = try table("\u{FEFF} date , v \n\n2024-01-01,1\n\n2024-01-02,\n")
    #expect(t.header == ["date", "v"])
    #expect(rows(t) == [["2024-01-01", "1"], ["2024-01-02", ""]])
    #expect(t.lines == [3, 5])
  }

  @Test func trailingCommaAtEndOfInput() throws {
    let t = try table("a,b\n1,")
    #expect(rows(t) == [["1", ""]])
  }

  @Test func errors() throws {
    #expect(throws: ImportError.empty(file: "t.csv")) { try table("") }
    #expect(
      throws: ImportError.wrongFieldCount(
        file: "t.csv", line: 2, expected: 2, found: 1, delimiter: ",")
    ) {
      try table("a,b\n1\n")
    }
    #expect(throws: ImportError.unterminatedQuote(file: "t.csv", line: 2)) {
      try table("a,b\n\"1,2\n3,4\n")
    }
  }

  @Test func onlyFieldsThatNeedUnescapingAreCopied() throws {
    // Plain and quoted fields are spans of the file's own bytes: nothing is added after them.
    let plain = "d,v\n\"2024-01-01\",\"1,5\"\n2024-01-02,2\n"
    let t = try table(plain)
    #expect(rows(t) == [["2024-01-01", "1,5"], ["2024-01-02", "2"]])
    #expect(t.storage.count == plain.utf8.count)
    // A doubled quote, and text after a closing quote, are unescaped into copies after them.
    let escaped = "d,v\n\"a\"\"b\",\"x\"y\n"
    let u = try table(escaped)
    #expect(rows(u) == [["a\"b", "xy"]])
    #expect(u.storage.count == escaped.utf8.count + "a\"b".utf8.count + "xy".utf8.count)
  }

  @Test(arguments: ["", "a", "a,b\r\n", "12345678,\n12345678\r\n,,,,,,,,,\n", "x\ny;z\n"])
  func countsMatchAByteByByteCount(_ text: String) {
    let bytes = Array(text.utf8)
    let (breaks, ends, hasReturns) = bytes.withUnsafeBufferPointer {
      CSVTable.counts(delimiter: 44, in: $0)
    }
    #expect(hasReturns == bytes.contains(13))
    #expect(breaks == bytes.filter { $0 == 10 || $0 == 13 }.count)
    #expect(ends == bytes.filter { $0 == 10 || $0 == 13 || $0 == 44 }.count)
  }
}
