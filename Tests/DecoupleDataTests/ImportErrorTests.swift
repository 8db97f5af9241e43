import DecoupleData
import Foundation
import TestSupport
import Testing

/// Every `ImportError` case, each from a small malformed CSV written to a temporary file; the
/// message must name the file, the line, the column and the offending value where there are ones.
@Suite struct ImportErrorTests {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("decouple-import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  /// Writes `text` as `bad.csv` and imports it, returning the error thrown.
  func failure(
    _ text: String, options: ImportOptions = .init(), column: String? = nil
  ) throws -> ImportError {
    let url = folder.appendingPathComponent("bad.csv")
    try Data(text.utf8).write(to: url)
    do {
      let file = try Importer.read(contentsOf: url, options: options)
      _ = try file.series(column: column)
    } catch let error as ImportError {
      return error
    }
    Issue.record("no error for \(text.debugDescription)")
    return .empty(file: "none")
  }

  @Test func fileNotFound() throws {
    let url = folder.appendingPathComponent("missing.csv")
    #expect(throws: ImportError.fileNotFound(path: url.path)) {
      try Importer.read(contentsOf: url)
    }
    #expect(ImportError.fileNotFound(path: url.path).description.contains(url.path))
  }

  @Test func unreadableDirectory() throws {
    let error = #expect(throws: ImportError.self) { try Importer.read(contentsOf: folder) }
    #expect(error == .unreadable(path: folder.path, reason: "it is a directory"))
    #expect(error?.description.contains("directory") == true)
  }

  @Test(arguments: ["", "\n\n", "date,value\n", "\u{FEFF}date,value\r\n"])
  func empty(text: String) throws {
    let e = try failure(text)
    #expect(e == .empty(file: "bad.csv"))
    #expect(e.description.hasPrefix("bad.csv has no data rows"))
  }

  @Test func unknownFormat() throws {
    let e = try failure("name,value\nalpha,1\n")
    #expect(e == .unknownFormat(file: "bad.csv", header: ["name", "value"]))
    for part in ["bad.csv", "name,value", "yahoo-daily", "fred-wide", "holds no dates"] {
      #expect(e.description.contains(part))
    }
  }

  @Test func invalidNumber() throws {
    let e = try failure("date,Close\n2024-01-01,1\n2024-01-02,abc\n")
    #expect(e == .invalidNumber(file: "bad.csv", line: 3, column: "Close", text: "abc"))
    #expect(e.description.hasPrefix("bad.csv:3: column 'Close' has non-numeric value 'abc'"))
    let nan = try failure("date,Close\n2024-01-01,nan\n")  // values must be finite
    #expect(nan == .invalidNumber(file: "bad.csv", line: 2, column: "Close", text: "nan"))
  }

  @Test func invalidDate() throws {
    let e = try failure("date,value\n2024-01-01,1\n2024-13-01,2\n")
    #expect(e == .invalidDate(file: "bad.csv", line: 3, column: "date", text: "2024-13-01"))
    #expect(e.description.hasPrefix("bad.csv:3: column 'date' has unreadable date '2024-13-01'"))
  }

  @Test func wrongFieldCount() throws {
    let e = try failure("date,value\n2024-01-01,1\n2024-01-02,1,2\n")
    #expect(e == .wrongFieldCount(file: "bad.csv", line: 3, expected: 2, found: 3, delimiter: ","))
    #expect(e.description == "bad.csv:3: found 3 fields but the header has 2, splitting at ','.")
  }

  @Test func unterminatedQuote() throws {
    let e = try failure("date,value\n2024-01-01,1\n\"2024-01-02,2\n")
    #expect(e == .unterminatedQuote(file: "bad.csv", line: 3))
    #expect(e.description.hasPrefix("bad.csv:3:"))
  }

  @Test func duplicateDate() throws {
    let e = try failure("date,value\n2024-01-01,1\n2024-01-02,2\n2024-01-02,3\n")
    #expect(e == .duplicateDate(file: "bad.csv", line: 4, date: "2024-01-02", firstLine: 3))
    #expect(e.description.hasPrefix("bad.csv:4: date 2024-01-02 already appears on line 3"))
    // Not adjacent: still a duplicate, naming the first occurrence.
    let far = try failure("date,value\n2024-01-01,1\n2024-01-02,2\n2024-01-03,2\n2024-01-01,3\n")
    #expect(far == .duplicateDate(file: "bad.csv", line: 5, date: "2024-01-01", firstLine: 2))
  }

  @Test func outOfOrder() throws {
    let e = try failure("date,value\n2024-01-01,1\n2024-01-03,2\n2024-01-02,3\n")
    #expect(
      e
        == .outOfOrder(
          file: "bad.csv", line: 4, date: "2024-01-02", previous: "2024-01-03", previousLine: 3))
    #expect(e.description.hasPrefix("bad.csv:4: date 2024-01-02 comes after 2024-01-03 on line 3"))
  }

  @Test func missingColumn() throws {
    let e = try failure("date,a,b\n2024-01-01,1,2\n", options: .init(valueColumn: "c"))
    #expect(e == .missingColumn(file: "bad.csv", column: "c", available: ["a", "b"]))
    #expect(e.description == "bad.csv has no column 'c'; available columns: a, b.")
    let byName = try failure("date,a,b\n2024-01-01,1,2\n", column: "zz")
    #expect(byName == .missingColumn(file: "bad.csv", column: "zz", available: ["a", "b"]))
    let date = try failure("date,a\n2024-01-01,1\n", options: .init(dateColumn: "when"))
    #expect(date == .missingColumn(file: "bad.csv", column: "when", available: ["date", "a"]))
  }

  @Test func ambiguousColumn() throws {
    let e = try failure("date,a,b\n2024-01-01,1,2\n")
    #expect(e == .ambiguousColumn(file: "bad.csv", available: ["a", "b"]))
    #expect(e.description == "bad.csv has several value columns (a, b) and none was picked.")
  }

  @Test func noData() throws {
    let e = try failure(
      "date,a,b\n2024-01-01,,2\n2024-01-02,,3\n", options: .init(valueColumn: "A"))
    #expect(e == .noData(file: "bad.csv", column: "a"))
    #expect(e.description == "bad.csv: column 'a' has no values.")
  }

  @Test func intradayOnly() throws {
    let text = "date,open,high,low,close\n2024-01-02 09:30:00-05:00,1,1,1,1\n"
    let e = try failure(text)
    #expect(e == .intradayOnly(file: "bad.csv", format: "ibkr-intraday"))
    #expect(e.description.contains("bad.csv") && e.description.contains("intraday"))
  }

  @Test func unknownSymbolKnowsTheCatalogAndTheMembersAndSuggests() throws {
    let error = #expect(throws: DataError.self) { try Dataset.load("DOGE") }
    guard case let .unknownSymbol(symbol, known) = error else { return }
    let members = try Dataset.memberSymbols(of: Dataset.universe("ndx")!)
    #expect(symbol == "DOGE" && known == Dataset.catalog.map(\.symbol) + members)
    #expect(
      error!.description
        == "Unknown symbol 'DOGE'; none of the \(known.count) known symbols is close to it.")
    let typo = #expect(throws: DataError.self) { try Dataset.load("NVIDA") }
    #expect(typo?.description.hasPrefix("Unknown symbol 'NVIDA'; did you mean NVDA (of ") == true)
  }
}

/// The property over every case: the description names the file, the line, the column and the
/// value where the case has them, and holds no CLI wording (option names, advice).
@Suite struct ImportErrorDescriptionTests {
  /// Each case with the strings its description must contain.
  static let cases: [(ImportError, [String])] = [
    (.fileNotFound(path: "/tmp/x.csv"), ["'/tmp/x.csv'"]),
    (.unreadable(path: "/tmp/d", reason: "it is a directory"), ["'/tmp/d'", "it is a directory"]),
    (.empty(file: "a.csv"), ["a.csv", "no data rows"]),
    (.unknownFormat(file: "a.csv", header: ["x", "y"]), ["a.csv", "'x,y'", "yahoo"]),
    (
      .invalidNumber(file: "a.csv", line: 3, column: "Close", text: "abc"),
      ["a.csv:3", "'Close'", "'abc'"]
    ),
    (
      .invalidDate(file: "a.csv", line: 4, column: "date", text: "2024-13-01"),
      ["a.csv:4", "'date'", "'2024-13-01'", "YYYY-MM-DD"]
    ),
    (
      .wrongFieldCount(file: "a.csv", line: 5, expected: 2, found: 3, delimiter: ";"),
      ["a.csv:5", "3 fields", "has 2", "';'"]
    ),
    (.unterminatedQuote(file: "a.csv", line: 6), ["a.csv:6", "never closed"]),
    (
      .duplicateDate(file: "a.csv", line: 7, date: "2024-01-02", firstLine: 3),
      ["a.csv:7", "2024-01-02", "line 3"]
    ),
    (
      .outOfOrder(
        file: "a.csv", line: 8, date: "2024-01-02", previous: "2024-01-03", previousLine: 7),
      ["a.csv:8", "2024-01-02", "2024-01-03", "line 7"]
    ),
    (
      .ambiguousDayOrder(file: "a.csv", column: "Date", example: "01/02/2024"),
      ["a.csv", "'Date'", "'01/02/2024'", "day first", "month first"]
    ),
    (
      .missingColumn(file: "a.csv", column: "zz", available: ["a", "b"]), ["a.csv", "'zz'", "a, b"]
    ),
    (.ambiguousColumn(file: "a.csv", available: ["a", "b"]), ["a.csv", "(a, b)"]),
    (.noData(file: "a.csv", column: "a"), ["a.csv", "'a'", "no values"]),
    (
      .intradayOnly(file: "a.csv", format: "ibkr-intraday"), ["a.csv", "ibkr-intraday", "intraday"]
    ),
    (
      .invalidJSON(file: "s.json", reason: "the top level is not an array"),
      ["s.json", "not an array"]
    ),
    (
      .invalidRecord(file: "s.json", record: 2, field: "date", text: "x"),
      ["s.json", "record 2", "'date'", "'x'"]
    ),
  ]

  /// A distinct number per case; the switch stops compiling when a case is added, so `cases`
  /// cannot silently fall behind.
  static func index(_ e: ImportError) -> Int {
    switch e {
    case .fileNotFound: 0
    case .unreadable: 1
    case .empty: 2
    case .unknownFormat: 3
    case .invalidNumber: 4
    case .invalidDate: 5
    case .wrongFieldCount: 6
    case .unterminatedQuote: 7
    case .duplicateDate: 8
    case .outOfOrder: 9
    case .missingColumn: 10
    case .ambiguousColumn: 11
    case .noData: 12
    case .intradayOnly: 13
    case .invalidJSON: 14
    case .invalidRecord: 15
    case .ambiguousDayOrder: 16
    }
  }

  @Test func everyCaseIsCovered() {
    #expect(ErrorText.missing(Self.cases, count: 16, index: Self.index) == [])
  }

  @Test func descriptionsAreFactual() {
    #expect(ErrorText.problems(Self.cases) == [])
  }
}
