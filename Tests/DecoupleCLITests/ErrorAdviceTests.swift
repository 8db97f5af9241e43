import ArgumentParser
import DecoupleAnalysis
import DecoupleCLI
import DecoupleConnectors
import DecoupleData
import DecoupleSeries
import DecoupleStats
import DecoupleStore
import DecoupleWorkspace
import Foundation
import TestSupport
import Testing

/// The one mapping from library errors to the CLI's advice and exit status, tested in process.
@Suite struct ErrorAdviceTests {
  static let day = Day(iso: "2024-03-05")!

  /// Each error with strings its advice must contain (empty: no advice) and its exit status.
  static let cases: [(any Error, [String], Int32)] = [
    (DataError.unknownSymbol(symbol: "DOGE", known: ["ETH"]), ["path to a CSV file"], 1),
    (DataError.datasetMissing, ["Reinstall decouple"], 1),
    (ImportError.fileNotFound(path: "x.csv"), ["Check the path", "decouple list"], 1),
    (
      ImportError.unknownFormat(file: "a.csv", header: ["x"]), ["--date-column", "--value-column"],
      1
    ),
    (
      ImportError.invalidNumber(file: "a.csv", line: 3, column: "c", text: "x"), ["Fix the cell"], 1
    ),
    (ImportError.invalidDate(file: "a.csv", line: 3, column: "d", text: "x"), ["--date-column"], 1),
    (
      ImportError.ambiguousDayOrder(file: "a.csv", column: "Date", example: "01/02/2024"),
      ["--date-format dd/mm/yyyy", "mm/dd/yyyy"], 1
    ),
    (ImportError.duplicateDate(file: "a.csv", line: 4, date: "d", firstLine: 3), ["Remove one"], 1),
    (
      ImportError.outOfOrder(file: "a.csv", line: 4, date: "d", previous: "e", previousLine: 3),
      ["Sort"], 1
    ),
    (
      ImportError.missingColumn(file: "a.csv", column: "z", available: ["a"]),
      ["a.csv:a", "--value-column"], 1
    ),
    (
      ImportError.ambiguousColumn(file: "a.csv", available: ["a", "b"]),
      ["a.csv:COLUMN", "a.csv:a", "--value-column"], 1
    ),
    (ImportError.noData(file: "a.csv", column: "a"), ["a.csv:COLUMN", "--value-column"], 1),
    (ImportError.invalidJSON(file: "s.json", reason: "not JSON"), [], 1),
    (
      SeriesError.nonPositivePrice(series: "X", day: day, value: 0),
      ["--from", "after 2024-03-05"], 1
    ),
    (SeriesError.tooFewCommonDays(a: "A", b: "B", count: 1), ["--from/--to", "calendars"], 1),
    (PanelError.tooFewCommonDays(names: ["A", "B"], count: 0), ["--from/--to"], 1),
    (
      PanelError.nonPositivePrice(series: "X", day: day, value: 0), ["--from", "--input returns"], 1
    ),
    (EstimationError.tooShort(estimator: "GARCH", needed: 100, count: 20), ["--from", "--to"], 1),
    (EstimationError.notConverged(estimator: "DCC", reason: "r", iterations: 3), ["--from"], 1),
    (EstimationError.degenerate(estimator: "GARCH", reason: "constant"), [], 1),
    (EstimationError.zeroPenalty(estimator: "PELT", penalty: "BIC"), ["--penalty"], 1),
    (TimeSeriesError.tooShort(what: "ADF", needed: 44, got: 30), ["--from", "--lags"], 1),
    (TimeSeriesError.constant(what: "KPSS"), ["--from"], 1),
    (TimeSeriesError.invalidArgument("The lag order must be ≥ 0."), [], 64),
    (
      AnalysisError.historyTooShort(
        a: "A", b: "B", needed: 90, available: 9, first: nil, last: nil),
      ["--window", "--min-periods", "--from"], 1
    ),
    (
      AnalysisError.commonHistoryTooShort(
        count: 3, needed: 90, available: 9, latest: "C", latestStart: nil),
      ["--window", "--pairwise"], 1
    ),
    (AnalysisError.windowTooShort(window: 5, minimum: 20), ["--window 20"], 64),
    (
      EconometricsError.nonPositivePrice(name: "X", day: day, value: 0), ["--on prices", "--from"],
      1
    ),
    (EconometricsError.scaleNeedsPrices(name: "R", scale: "prices"), ["--on returns"], 64),
    (
      EconometricsError.nonFinite(
        name: "X", first: nil, last: nil, what: nil, day: day, value: .nan),
      ["--from/--to"], 1
    ),
    (
      EconometricsError.test(
        name: "X", first: nil, last: nil, reason: .tooShort(what: "ADF", needed: 44, got: 9)),
      ["--lags"], 1
    ),
    (
      EconometricsError.test(name: "X", first: nil, last: nil, reason: .invalidArgument("No 'n'.")),
      [], 64
    ),
    (OutputError.unwritable(path: "/x/c.svg", reason: "no such directory."), ["-o"], 1),
    (OutputError.rasterizerMissing, ["librsvg2-bin", ".svg"], 1),
    (OutputError.rasterizerFailed(status: 1, message: "bad SVG."), [".svg"], 1),
    (OutputError.unsupportedExtension(path: "c.txt", expected: ["svg", "png"]), ["-o"], 64),
    (OutputError.notRegularFile(path: "/dev/null", kind: "a character device"), ["-o -"], 1),
    (StoreError.cannotOpen(path: "/x/s.sqlite", reason: "denied"), ["--store"], 1),
    (StoreError.database(path: "/x/s.sqlite", reason: "full"), ["--store"], 1),
    (WorkspaceError.unknownUniverse(name: "x", known: ["ndx"]), ["--universe", "CSV"], 1),
    (WorkspaceError.notStored(symbol: "ETH", stored: ["RUT"]), ["decouple list"], 1),
    (
      FetchError.timeout(source: "kraken", url: "u", seconds: 1, attempts: 2), ["try again later"],
      1
    ),
    (
      FetchError.unreachable(source: "kraken", url: "u", reason: "refused"),
      ["DECOUPLE_KRAKEN_URL"], 1
    ),
    (FetchError.rateLimited(source: "kraken", url: "u", retryAfter: 5, attempts: 3), ["Wait"], 1),
    (
      FetchError.serverError(source: "fred", url: "u", status: 503, attempts: 4),
      ["Try again later"], 1
    ),
    (FetchError.httpStatus(source: "fred", url: "u", status: 418, detail: ""), ["--source"], 1),
    (FetchError.refused(source: "kraken", reason: "No."), ["--source"], 1),
    (
      FetchError.regionBlocked(source: "binance", reason: "HTTP 451."),
      ["--source coinbase or --source kraken instead"], 1
    ),
    (
      FetchError.historyLimited(source: "coingecko", days: 365, reason: "365 days."),
      ["--from within the past 365 days", "--source coinbase"], 1
    ),
    (
      FetchError.unofficialAPIRefused(source: "yahoo", reason: "crumb."),
      ["--source", "`decouple import`"], 1
    ),
    (FetchError.malformed(source: "fred", url: "u", reason: "empty"), ["try again"], 1),
    (
      FetchError.htmlInsteadOfData(source: "fred", url: "u", expected: "CSV"),
      ["DECOUPLE_FRED_URL"], 1
    ),
    (FetchError.unknownSymbol(source: "coinbase", symbol: "DOGE", detail: ""), ["--source"], 1),
    (FetchError.duplicateTimestamp(source: "yahoo", time: "t"), ["Nothing from this fetch"], 1),
    (FetchError.clockSkew(source: "yahoo", time: "t", now: "n"), ["clock"], 1),
    (FetchError.misaligned(source: "coinmetrics", time: "t", interval: "1d"), ["Nothing"], 1),
    (FetchError.unknownSource(source: "nowhere", known: ["coinbase"]), ["--source"], 1),
    (
      FetchError.unsupportedInterval(source: "fred", interval: "1h"), ["--interval", "--source"], 64
    ),
  ]

  @Test func everyLibraryErrorGetsItsAdviceAndExitStatus() throws {
    for (error, parts, code) in Self.cases {
      let advice = try #require(ErrorAdvice(error), "\(error)")
      #expect(advice.fact == "\(error)")
      #expect(ErrorText.problems(advice.fact, facts: []) == [], "\(error)")
      #expect(advice.exitCode == code, "\(error)")
      #expect(advice.kind == (code == 64 ? .usage : .data), "\(error)")
      if parts.isEmpty {
        #expect(advice.advice == nil, "\(error): \(advice.advice ?? "")")
      }
      for part in parts {
        #expect(advice.advice?.contains(part) == true, "\(error): \(advice.advice ?? "nil")")
      }
      #expect(advice.advice.map { $0.hasSuffix(".") && !$0.contains("\n") } ?? true)
    }
  }

  @Test func everyLibraryErrorTypeIsMapped() {
    let types = Set(Self.cases.map { String(describing: type(of: $0.0)) })
    #expect(
      types == [
        "DataError", "ImportError", "SeriesError", "PanelError", "EstimationError",
        "TimeSeriesError", "AnalysisError", "EconometricsError", "OutputError", "StoreError",
        "WorkspaceError", "FetchError",
      ])
  }

  @Test func theMessageIsTheFactThenTheAdvice() throws {
    let error = AnalysisError.historyTooShort(
      a: "ETH", b: "RUT", needed: 5000, available: 2151, first: Self.day, last: Self.day)
    let advice = try #require(ErrorAdvice(error))
    #expect(
      advice.message
        == "Error: The window needs at least 5000 returns, but ETH and RUT have only 2151 from "
        + "2024-03-05 to 2024-03-05.\n"
        + "Use a shorter --window (or --min-periods), or a longer range (--from, --to).")
    let bare = try #require(ErrorAdvice(ImportError.invalidJSON(file: "s.json", reason: "r")))
    #expect(bare.message == "Error: \(bare.fact)")
  }

  struct Other: Error {}

  @Test func argumentParserAndOtherErrorsAreLeftToArgumentParser() {
    #expect(ErrorAdvice(ValidationError("--window must be at least 1.")) == nil)
    #expect(ErrorAdvice(CleanExit.helpRequest()) == nil)
    #expect(ErrorAdvice(ExitCode(3)) == nil)
    #expect(ErrorAdvice(Other()) == nil)
    #expect(ErrorAdvice(CocoaError(.fileNoSuchFile)) == nil)
  }
}
