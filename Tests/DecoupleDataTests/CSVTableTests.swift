import Foundation
import Testing

@testable import DecoupleData

@Suite struct CSVTableTests {
  func table(_ text: String) throws -> CSVTable {
    let bytes = Array(text.utf8)
    return try bytes.withUnsafeBufferPointer { try CSVTable(bytes: $0, file: "t.csv") }
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
}
