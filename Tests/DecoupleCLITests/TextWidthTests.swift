import DecoupleRender
import Testing

@testable import DecoupleCLI

/// Text is laid out for the width the CLI chooses (``TerminalWidth``), never wider.
@Suite struct TextWidthTests {
  @Test func theWidthComesFromTheTerminalOnlyOnATerminal() {
    #expect(TerminalWidth.choose(isTerminal: false, columns: "80", terminalColumns: 80) == 100)
    #expect(TerminalWidth.choose(isTerminal: true, columns: "132", terminalColumns: 80) == 132)
    #expect(TerminalWidth.choose(isTerminal: true, columns: nil, terminalColumns: 90) == 90)
    #expect(TerminalWidth.choose(isTerminal: true, columns: "wide", terminalColumns: 90) == 90)
    #expect(TerminalWidth.choose(isTerminal: true, columns: nil, terminalColumns: nil) == 100)
    #expect(TerminalWidth.choose(isTerminal: true, columns: "20", terminalColumns: nil) == 60)
  }

  /// Tables that cannot fit 80 columns even one space apart, and why; their rows may be wider
  /// than 80 (never than 120), their sentences may not. Every value is in the CSV and JSON.
  static let wideTables: [String: String] = [
    // Symbol, kind, origin, first and last day, rows; the description is cut to fit.
    "list": "the origins and days leave little room for the description (82 columns)"
  ]

  @Test(arguments: OutputShapeTests.invocations, [80, 120])
  func textFitsTheWidth(_ arguments: [String], _ width: Int) throws {
    let result = try OutputShapeTests.result(try OutputShapeTests.command(arguments))
    let text = TextStyle.$width.withValue(width) { result.text }
    for line in text.split(separator: "\n") where line.count > width {
      let tableRow = !line.hasSuffix(".")
      if width == 80, tableRow, Self.wideTables[arguments[0]] != nil { continue }
      Issue.record("\(arguments[0]) at \(width): \(line.count) columns: \(line)")
    }
  }

  /// Words for people: no "-0.00" (a value that rounds to zero has no sign), no NaN, no
  /// internal identifiers.
  @Test(arguments: OutputShapeTests.invocations)
  func textHasNoNegativeZeroNaNOrIdentifiers(_ arguments: [String]) throws {
    let text = try OutputShapeTests.result(try OutputShapeTests.command(arguments)).text
    for pattern in [
      #"-0\.0+(?![0-9])"#, #"\bnan\b"#, "residualDrift", "dccCorrelation", "neweyWest",
    ] {
      if let r = text.range(of: pattern, options: .regularExpression) {
        let line = text[text.lineRange(for: r)]
        Issue.record("\(arguments[0]): '\(text[r])' in: \(line)")
      }
    }
  }

  @Test func textAtOneHundredIsTheDefault() throws {
    let result = try OutputShapeTests.result(try OutputShapeTests.command(["supply"]))
    #expect(TextStyle.$width.withValue(100) { result.text } == result.text)
    for line in result.text.split(separator: "\n") { #expect(line.count <= 100, "\(line)") }
  }
}
