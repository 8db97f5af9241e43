import ArgumentParser
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

  /// The other pair commands (co-movement and econometrics), each with what it adds to the
  /// pair; a snapshot of their own per input (`<input>-pair-<width>.txt`).
  static let pairCommands: [(String, [String])] = [
    ("leadlag", []),
    (
      "compare",
      [
        "--period1", "2025-03-01:2025-08-31", "--period2", "2025-09-01:2026-02-20",
        "--replicates", "200",
      ]
    ),
    ("coint", []), ("dcc", []),
  ]

  /// The universe and single-asset commands with their natural inputs (one snapshot per width,
  /// `others-<width>.txt`).
  static let otherInvocations: [[String]] = [
    ["scan", "ETH", "--universe", "crypto"],
    ["matrix", "ETH", "BTC", "RUT", "SPY"],
    ["stationarity", "ETH"],
    ["stationarity", Fixture.url("golden/eth-one-year.csv").path, "--name", "ETH-1Y"],
    ["garch", "ETH"],
    ["garch", Fixture.url("golden/eth-one-year.csv").path, "--name", "ETH-1Y"],
    ["supply"],
    ["flows", "ETH"],
    ["drivers", "ETH"],
    ["scenario", "--rates", "+50bp"],
    ["rates"],
  ]

  /// The options of `arguments` after the command name, with an option the command does not
  /// offer (ArgumentParser's "Unknown option") dropped with its value; the dropped options.
  static func offered(_ arguments: [String]) -> (arguments: [String], dropped: [String]) {
    var arguments = arguments
    var dropped: [String] = []
    while true {
      do {
        _ = try OutputShapeTests.command(arguments)
        return (arguments, dropped)
      } catch {
        let message = DecoupleCommand.message(for: error)
        guard let i = arguments.firstIndex(where: { message.contains("Unknown option '\($0)'") })
        else { return (arguments, dropped) }
        let takesValue = i + 1 < arguments.count && !arguments[i + 1].hasPrefix("--")
        dropped.append(arguments[i])
        arguments.removeSubrange(i...(takesValue ? i + 1 : i))
      }
    }
  }

  /// The transcript of each of `invocations` at each width, computed once per invocation.
  static func transcripts(of invocations: [[String]], widths: [Int]) throws -> [Int: String] {
    var out: [Int: String] = [:]
    for requested in invocations {
      let (arguments, dropped) = offered(requested)
      let shown = arguments.map { $0.hasSuffix(".csv") ? "eth-one-year.csv" : $0 }
        .joined(separator: " ")
      let notOffered = dropped.isEmpty ? "" : "  (not offered: \(dropped.joined(separator: ", ")))"
      let result: (any Presentable)?
      var failure = ""
      do {
        result = try OutputShapeTests.result(try OutputShapeTests.command(arguments))
      } catch {
        // A refusal is an output too: the fact and the advice, as stderr shows them.
        result = nil
        failure = (ErrorAdvice(error)?.message ?? DecoupleCommand.message(for: error)) + "\n"
      }
      for w in widths {
        let text = result.map { r in TextStyle.$width.withValue(w) { r.text } } ?? failure
        out[w, default: ""] += "$ decouple \(shown)\(notOffered)\n\(text)\n"
      }
    }
    return out
  }

  /// Every command's text for `input` at each width, computed once per command.
  static func transcripts(_ input: Input, widths: [Int]) throws -> [Int: String] {
    var out: [Int: String] = [:]
    for (command, extra) in commands {
      // breaks has no weekly sampling: it is not offered one.
      if command == "breaks" && input.arguments.contains("--frequency") { continue }
      let texts = try transcripts(of: [[command] + input.arguments + extra], widths: widths)
      for (w, text) in texts { out[w, default: ""] += text }
    }
    return out
  }

  /// Checks `texts` (by width) against the snapshots `golden/<name>-<width>.txt`: no line wider
  /// than the width, no machine path.
  static func expectReviewed(_ texts: [Int: String], named name: String) {
    for (width, text) in texts.sorted(by: { $0.key < $1.key }) {
      for line in text.split(separator: "\n")
      where line.count > width && !line.hasPrefix("$ decouple ") && !line.hasPrefix("Error: ") {
        Issue.record("\(name) at \(width): \(line.count) columns: \(line)")
      }
      #expect(!text.contains(Fixture.url("").path), "a machine path in the output")
      if let diff = Snapshot.difference(text, named: "golden/\(name)-\(width).txt") {
        Issue.record(Comment(rawValue: diff))
      }
    }
  }

  @Test(arguments: inputs)
  func textMatchesTheReviewedSnapshots(_ input: Input) throws {
    Self.expectReviewed(try Self.transcripts(input, widths: [80, 120]), named: input.name)
  }

  @Test(arguments: inputs)
  func otherPairCommandsMatchTheReviewedSnapshots(_ input: Input) throws {
    let invocations = Self.pairCommands.map { [$0.0] + input.arguments + $0.1 }
    Self.expectReviewed(
      try Self.transcripts(of: invocations, widths: [80, 120]), named: "\(input.name)-pair")
  }

  @Test func universeAndSingleAssetCommandsMatchTheReviewedSnapshots() throws {
    Self.expectReviewed(
      try Self.transcripts(of: Self.otherInvocations, widths: [80, 120]), named: "others")
  }
}
