import Foundation
import TestSupport
import Testing

/// Oversized and non-finite numeric options (issue 18, defects 2 and 5): each reproducer once
/// crashed (exit ≥ 128), allocated gigabytes or looped. Absurd values are usage errors naming the
/// option (exit 64); a window or lag within the cap but longer than the history is a data error
/// naming both numbers (exit 1). Nothing takes long.
@Suite struct OptionLimitsTests {
  static let huge = "9223372036854775807"  // Int.max
  static let half = "4611686018427387904"  // 2^62: 2·K overflows
  static let periods = ["--period1", "2022-01-01:2022-12-31", "--period2", "2025-01-01:2025-12-31"]

  /// `(arguments, what stderr names)`: refused at the edge with exit 64.
  static let usageErrors: [([String], String)] = [
    (["corr", "ETH", "RUT", "--method", "ewma", "--half-life", "inf"], "--half-life"),
    (["corr", "ETH", "RUT", "--method", "ewma", "--half-life", "nan"], "--half-life"),
    (["corr", "ETH", "RUT", "--method", "ewma", "--half-life", "1e300"], "--half-life"),
    (["corr", "ETH", "RUT", "--method", "ewma", "--lambda", "nan"], "--lambda"),
    (["corr", "ETH", "RUT", "--method", "ewma", "--lambda", "inf"], "--lambda"),
    (["corr", "ETH", "RUT", "--confidence", "nan"], "--confidence"),
    (["beta", "ETH", "RUT", "--dimson", half], "--dimson"),
    (["beta", "ETH", "RUT", "--hac", "--hac-lags", huge], "--hac-lags"),
    (["beta", "ETH", "RUT", "--hac", "--hac-lags", "5000"], "--hac-lags"),
    (["leadlag", "ETH", "RUT", "--lags", huge], "--lags"),
    (["leadlag", "ETH", "RUT", "--granger-lags", half], "--granger-lags"),
    (["stationarity", "ETH", "--lags", half], "--lags"),
    (["coint", "ETH", "BTC", "--lags", huge], "--lags"),
    (["coint", "ETH", "BTC", "--johansen", "--lag-differences", half], "--lag-differences"),
    (["drivers", "ETH", "--window", huge], "--window"),
    (["rates", "--window", huge], "--window"),
    (["compare", "ETH", "RUT"] + periods + ["--replicates", huge], "--replicates"),
    (["compare", "ETH", "RUT"] + periods + ["--confidence", "nan"], "--confidence"),
    (["breaks", "ETH", "RUT", "--min-size", huge], "--min-size"),
    (["supply", "--growth-window", huge], "--growth-window"),
    (["scenario", "--rates", "nan"], "--rates"),
    (["scenario", "--rates", "inf"], "--rates"),
    (["scenario", "--rates", "1e308"], "--rates"),
    (["scenario", "--etf-flows", "nan"], "--etf-flows"),
    (["scenario", "--etf-flows", "-inf"], "--etf-flows"),
    (["scenario", "--etf-flows", "1e308"], "--etf-flows"),
    (["scenario", "--rates", "+50bp", "--confidence", "nan"], "--confidence"),
  ]

  /// Every command with the common options refuses a huge `--window` and `--min-periods`.
  static let commonCommands: [[String]] = [
    ["analyze", "ETH", "RUT"], ["episodes", "ETH", "RUT"], ["corr", "ETH", "RUT"],
    ["beta", "ETH", "RUT"], ["leadlag", "ETH", "RUT"], ["scan", "ETH", "--universe", "ndx"],
    ["matrix", "ETH", "RUT"],
    ["drivers", "ETH"], ["chart", "beta", "ETH", "RUT", "-o", "/tmp/never.svg"],
    ["report", "ETH", "RUT", "-o", "/tmp/never.html"],
  ]

  /// Within the caps but longer than the history: data errors (exit 1) naming both numbers.
  static let dataErrors: [[String]] = [
    ["analyze", "ETH", "RUT", "--window", "90000"],
    ["corr", "ETH", "RUT", "--window", "90000"],
    ["beta", "ETH", "RUT", "--window", "90000"],
    ["drivers", "ETH", "--window", "90000"],
    ["rates", "--window", "90000"],
    ["leadlag", "ETH", "RUT", "--lags", "90000"],
    ["leadlag", "ETH", "RUT", "--granger-lags", "90000"],
    ["stationarity", "ETH", "--lags", "90000"],
    ["coint", "ETH", "BTC", "--lags", "90000"],
    ["coint", "ETH", "BTC", "--johansen", "--lag-differences", "90000"],
  ]

  /// Runs `arguments`, requiring a clean exit (not a signal) within 60 s on a busy machine.
  static func run(_ arguments: [String]) throws -> CLI.Result {
    let start = ContinuousClock.now
    let r = try CLI.run(arguments)
    #expect(ContinuousClock.now - start < .seconds(60), "\(arguments) took too long")
    #expect(r.status < 128, "\(arguments) crashed: \(r.status)")
    return r
  }

  @Test(arguments: usageErrors)
  func absurdValuesAreUsageErrors(_ arguments: [String], _ option: String) throws {
    let r = try Self.run(arguments)
    #expect(r.status == 64, "\(arguments): \(r.stderr)")
    #expect(r.stderr.contains(option), "\(arguments): \(r.stderr)")
  }

  @Test(arguments: commonCommands, ["--window", "--min-periods"])
  func hugeCommonOptionsAreUsageErrors(_ command: [String], _ option: String) throws {
    let r = try Self.run(command + [option, Self.huge])
    #expect(r.status == 64, "\(command) \(option): \(r.stderr)")
    #expect(r.stderr.contains(option), "\(command) \(option): \(r.stderr)")
  }

  @Test(arguments: dataErrors)
  func longerThanTheHistoryIsADataError(_ arguments: [String]) throws {
    let r = try Self.run(arguments)
    #expect(r.status == 1, "\(arguments): \(r.stderr)")
    // Both numbers: what was asked (or what it needs) and what the history has.
    let numbers = r.stderr.split { !$0.isNumber }.compactMap { Int($0) }
    #expect(numbers.contains { $0 >= 90_000 }, "\(arguments): \(r.stderr)")
    #expect(numbers.contains { $0 > 100 && $0 < 90_000 }, "\(arguments): \(r.stderr)")
  }

  /// No down day that deep: the Welch test is undefined, and the text says so instead of
  /// printing `p = nan` (or `+nan` means).
  @Test func anUndefinedTestIsSaidInWords() throws {
    let r = try Self.run(["flows", "ETH", "--drawdown", "90"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("p undefined"), "\(r.stdout)")
    #expect(!r.stdout.lowercased().contains("nan"), "\(r.stdout)")
  }
}
