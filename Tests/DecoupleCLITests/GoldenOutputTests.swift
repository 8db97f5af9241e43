import DecoupleRender
import Foundation
import TestSupport
import Testing

@testable import DecoupleCLI

/// The text of the pair commands at 80 and 120 columns, on four inputs a journalist would try:
/// ETH/RUT as of 2026-02-20, BTC/SPY weekly, ETH against itself and a one-year file. Each
/// input's outputs are one committed snapshot per width
/// (`Tests/TestSupport/Fixtures/snapshots/golden/`), read before committing; a change shows as
/// the first differing line. After a deliberate change:
/// `DECOUPLE_UPDATE_SNAPSHOTS=1 swift test --filter GoldenOutputTests`, then read the diff.
@Suite struct GoldenOutputTests {
  struct Input: Sendable, CustomStringConvertible {
    var name: String
    var arguments: [String]
    var description: String { name }
  }

  static let inputs: [Input] = [
    Input(name: "eth-rut", arguments: ["ETH", "RUT", "--as-of", "2026-02-20"]),
    Input(
      name: "btc-spy-weekly", arguments: ["BTC", "SPY", "--frequency", "weekly", "--window", "26"]),
    Input(name: "eth-eth", arguments: ["ETH", "ETH"]),
    // ETH's closes from 2025-02-20 to 2026-02-20, as a user's file.
    Input(
      name: "one-year",
      arguments: [Fixture.url("golden/eth-one-year.csv").path, "RUT", "--name", "ETH-1Y"]),
  ]

  /// The pair commands, each with what it adds to the pair.
  static let commands: [(String, [String])] = [
    ("analyze", []), ("episodes", []), ("check", ["--claim", "record-low-correlation"]),
    ("corr", []), ("beta", []), ("breaks", []),
  ]

  /// Every command's text for `input` at each width, computed once per command.
  static func transcripts(_ input: Input, widths: [Int]) throws -> [Int: String] {
    var out: [Int: String] = [:]
    for (command, extra) in commands {
      // breaks has no weekly sampling: it is not offered one.
      if command == "breaks" && input.arguments.contains("--frequency") { continue }
      let arguments = [command] + input.arguments + extra
      let shownArguments = input.arguments.map { $0.hasSuffix(".csv") ? "eth-one-year.csv" : $0 }
      let shown = ([command] + shownArguments + extra).joined(separator: " ")
      let result: (any Presentable)?
      var failure = ""
      do {
        result = try OutputShapeTests.result(try OutputShapeTests.command(arguments))
      } catch {
        // A refusal is an output too: the fact and the advice, as stderr shows them.
        result = nil
        failure = (ErrorAdvice(error)?.message ?? "\(error)") + "\n"
      }
      for w in widths {
        let text = result.map { r in TextStyle.$width.withValue(w) { r.text } } ?? failure
        out[w, default: ""] += "$ decouple \(shown)\n\(text)\n"
      }
    }
    return out
  }

  @Test(arguments: inputs)
  func textMatchesTheReviewedSnapshots(_ input: Input) throws {
    let texts = try Self.transcripts(input, widths: [80, 120])
    for (width, text) in texts.sorted(by: { $0.key < $1.key }) {
      for line in text.split(separator: "\n")
      where line.count > width && !line.hasPrefix("$ decouple ") && !line.hasPrefix("Error: ") {
        Issue.record("\(input) at \(width): \(line.count) columns: \(line)")
      }
      #expect(!text.contains(Fixture.url("").path), "a machine path in the output")
      if let diff = Snapshot.difference(text, named: "golden/\(input.name)-\(width).txt") {
        Issue.record(Comment(rawValue: diff))
      }
    }
  }
}
