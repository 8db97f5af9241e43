import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import Testing

@testable import DecoupleCLI

/// The command line parsed in process (`DecoupleCommand.parseAsRoot`): what each option sets,
/// and which input is a usage error (exit 64) before any data is read.
@Suite struct ParsingTests {
  static func parse<C: ParsableCommand>(_ args: [String], as _: C.Type) throws -> C {
    let command = try DecoupleCommand.parseAsRoot(args)
    return try #require(command as? C, "\(args) parsed as \(type(of: command))")
  }

  static func day(_ iso: String) -> Day { Day(iso: iso)! }

  @Test func analyzeSetsWindowAsOfAndFormat() throws {
    let c = try Self.parse(
      ["analyze", "ETH", "RUT", "--window", "60", "--as-of", "2024-03-15", "--format", "json"],
      as: AnalyzeCommand.self)
    #expect(c.a == "ETH" && c.b == "RUT" && c.format == .json)
    #expect(c.common.window == 60 && c.common.end == Self.day("2024-03-15"))
    #expect(c.common.analysisOptions == AnalysisOptions(window: 60, to: Self.day("2024-03-15")))
    // --to is the same option; the defaults follow CONVENTIONS.md.
    let d = try Self.parse(
      [
        "analyze", "ETH", "RUT", "--to", "2024-03-15", "--from", "2020-01-01", "--frequency",
        "weekly",
      ],
      as: AnalyzeCommand.self)
    #expect(d.common.end == Self.day("2024-03-15") && d.common.from == Self.day("2020-01-01"))
    #expect(d.common.window == 90 && d.format == .text && d.common.frequency == .weekly)
    #expect(d.common.returns == .log && d.common.minPeriods == nil)
  }

  @Test func checkResolvesEachClaim() throws {
    let below = try Self.parse(
      ["check", "ETH", "RUT", "--claim", "correlation-below", "--threshold", "0.5"],
      as: CheckCommand.self)
    #expect(below.resolvedClaim == .correlationBelow(0.5))
    let since = try Self.parse(
      ["check", "ETH", "RUT", "--claim", "decoupled-since", "--since", "2024-01-02"],
      as: CheckCommand.self)
    #expect(since.resolvedClaim == .decoupledSince(Self.day("2024-01-02")))
    let supply = try Self.parse(
      [
        "check", "ETH", "RUT", "--claim", "supply-deflationary-since", "--since", "2023-05-21",
        "--as-of", "2024-03-13",
      ],
      as: CheckCommand.self)
    #expect(supply.resolvedClaim == .supplyDeflationarySince(Self.day("2023-05-21")))
    #expect(supply.common.end == Self.day("2024-03-13"))
    let record = try Self.parse(
      ["check", "ETH", "RUT", "--claim", "record-low-correlation"], as: CheckCommand.self)
    #expect(record.resolvedClaim == .recordLowCorrelation)
  }

  @Test func scanFetchAndRatesOptions() throws {
    let scan = try Self.parse(
      ["scan", "QQQ", "--universe", "ndx", "--since", "2026-01-02", "--sort", "change"],
      as: ScanCommand.self)
    #expect(scan.a == "QQQ" && scan.universe == "ndx" && scan.sort == .change)
    #expect(scan.since == Self.day("2026-01-02") && scan.common.window == 90)
    let fetch = try Self.parse(
      ["fetch", "ETH", "--source", "coinbase", "--from", "2024-01-01", "--to", "2024-02-01"],
      as: FetchCommand.self)
    #expect(fetch.symbol == "ETH" && fetch.source == "coinbase")
    #expect(fetch.range.from == Self.day("2024-01-01") && fetch.range.end == Self.day("2024-02-01"))
    let fetchAsOf = try Self.parse(
      ["fetch", "ETH", "--as-of", "2024-02-01"], as: FetchCommand.self)
    #expect(fetchAsOf.range.end == Self.day("2024-02-01") && fetchAsOf.range.to == nil)
    let rates = try Self.parse(
      ["rates", "--from", "2024-01-01", "--assets", "ETH,SPY", "--window", "30"],
      as: RatesCommand.self)
    #expect(rates.range.from == Self.day("2024-01-01") && rates.range.end == nil)
    #expect(rates.assets == "ETH,SPY" && rates.window == 30 && rates.yield == "DGS2")
  }

  /// Each is a usage error (exit 64) whose message names the problem.
  @Test(arguments: [
    (["analyze", "ETH", "RUT", "--window", "0"], "--window must be at least 1"),
    (["analyze", "ETH", "RUT", "--min-periods", "91"], "--min-periods must be between 1"),
    (["analyze", "ETH", "RUT", "--from", "2024-02-01", "--to", "2024-01-01"], "is after --to"),
    (["analyze", "ETH", "RUT", "--to", "2024-01-01", "--as-of", "2024-01-02"], "--as-of"),
    (["analyze", "ETH", "RUT", "--as-of", "2024-13-01"], "as-of"),
    (["analyze", "ETH", "RUT", "--format", "yaml"], "format"),
    (
      ["check", "ETH", "RUT", "--claim", "decoupled-since"],
      "needs a day: A B DATE, or --since DATE"
    ),
    (["check", "ETH", "RUT", "--claim", "correlation-below", "--threshold", "1"], "-1 < X < 1"),
    (["scan", "ETH", "--universe", "dax"], "--universe must be"),
    (["scan", "QQQ", "--universe", "ndx", "--sort", "change"], "--sort change needs --since"),
    (["fetch", "ETH", "--from", "2024-02-01", "--to", "2024-01-01"], "is after --to"),
    (["fetch", "ETH", "--to", "2024-01-01", "--as-of", "2024-01-02"], "--as-of"),
    (["rates", "--window", "2"], "--window must be at least 3"),
    (["rates", "--from", "2025-01-01", "--as-of", "2024-01-01"], "is after --to"),
  ])
  func badInputIsAValidationError(_ args: [String], _ message: String) {
    do {
      let c = try DecoupleCommand.parseAsRoot(args)
      Issue.record("\(args) parsed as \(c)")
    } catch {
      #expect(DecoupleCommand.exitCode(for: error) == .validationFailure, "\(args)")
      #expect(DecoupleCommand.message(for: error).contains(message), "\(args)")
    }
  }
}
