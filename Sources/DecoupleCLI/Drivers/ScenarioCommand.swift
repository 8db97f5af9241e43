import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import DecoupleWorkspace

/// `decouple scenario --rates +50bp --etf-flows -1bn`: shocks mapped to ETH and RUT moves.
struct ScenarioCommand: ResultCommand {
  static let configuration = CommandConfiguration(
    commandName: "scenario",
    abstract: "Map a one-week shock (rates, ETF flows) to expected ETH and RUT moves.",
    discussion: """
      Weekly log returns of each asset regressed on the shocked factors over the sample \
      (--from/--to; default: all weeks where every shocked factor exists, i.e. from 2024-07 when \
      flows are shocked). Intervals are 95% OLS prediction intervals for one week.

      Shocks: --rates +50bp (2-year yield change), --etf-flows -1bn or -500m (US$).
      """)

  @Option(
    parsing: .unconditional,
    help: "2-year yield change over the week, e.g. +50bp or -0.25 (percentage points).")
  var rates: String?

  @Option(
    name: .customLong("etf-flows"), parsing: .unconditional,
    help: "ETH ETF net flows over the week, e.g. -1bn, 500m.")
  var etfFlows: String?

  /// `--assets`, worded as in `rates`.
  @Option(help: "Assets to measure, comma-separated symbols or CSV paths.")
  var assets: String = "ETH,RUT"

  /// The old name of `--assets` (one asset per use), still read and no longer shown.
  @Option(name: .customLong("target"), parsing: .singleValue, help: .hidden)
  var legacyTarget: [String] = []

  /// The assets asked for, by either name.
  var names: [String] {
    let given = legacyTarget.isEmpty ? [assets] : legacyTarget
    return given.flatMap { $0.split(separator: ",").map(String.init) }
  }

  @OptionGroup var range: RangeOptions

  /// `--confidence`, worded as in `corr` and `compare`.
  @Option(help: "Confidence level of the intervals.")
  var confidence: Double = 0.95

  /// The old name of `--confidence`, still read and no longer shown.
  @Option(name: .customLong("level"), help: .hidden)
  var legacyLevel: Double?

  /// The confidence level asked for, by either name.
  var level: Double { legacyLevel ?? confidence }

  @Option(help: .format)
  var format: OutputFormat = .text

  /// The largest 2-year yield move a shock may name: 10,000 bp (100 percentage points). Beyond
  /// it a one-week regression says nothing, and 1e308 would overflow to infinity.
  static let maxRatesBP = 10_000.0
  /// The largest weekly ETF flow a shock may name: US$ 1,000 bn (larger than the market).
  static let maxFlowsBillions = 1_000.0

  /// `+50bp` → 50; `-0.25` (percentage points) → −25.
  static func parseRates(_ s: String) -> Double? {
    let t = s.lowercased()
    if t.hasSuffix("bp") { return Double(t.dropLast(2)) }
    return Double(t).map { $0 * 100 }
  }

  /// `-1bn` → −1; `500m` → 0.5; plain numbers are US$ millions (Farside's unit).
  static func parseFlows(_ s: String) -> Double? {
    let t = s.lowercased()
    if t.hasSuffix("bn") { return Double(t.dropLast(2)) }
    if t.hasSuffix("b") { return Double(t.dropLast(1)) }
    if t.hasSuffix("m") { return Double(t.dropLast(1)).map { $0 / 1000 } }
    return Double(t).map { $0 / 1000 }
  }

  /// Throws unless `text` (when given) parses to a finite shock within ±`limit` units.
  static func checkShock(
    _ text: String?, _ option: String, parse: (String) -> Double?, within limit: Double,
    unit: String, example: String
  ) throws {
    guard let text else { return }
    guard let value = parse(text), value.isFinite else {
      throw ValidationError("\(option) '\(text)' is not \(example).")
    }
    guard abs(value) <= limit else {
      throw ValidationError(
        "\(option) must be within ±\(OptionLimits.grouped(Int(limit)))\(unit) (got '\(text)').")
    }
  }

  func validate() throws {
    guard rates != nil || etfFlows != nil else {
      throw ValidationError("Give at least one shock: --rates +50bp and/or --etf-flows -1bn.")
    }
    try Self.checkShock(
      rates, "--rates", parse: Self.parseRates, within: Self.maxRatesBP, unit: "bp",
      example: "a change like +50bp or -0.25")
    try Self.checkShock(
      etfFlows, "--etf-flows", parse: Self.parseFlows, within: Self.maxFlowsBillions, unit: "bn",
      example: "an amount like -1bn or 500m")
    guard level > 0, level < 1 else {
      throw ValidationError("--confidence must be between 0 and 1 (got \(level)).")
    }
  }

  @OptionGroup var input: InputOptions

  func result() throws -> Scenario {
    let ws = input.workspace
    let s = try Scenario.compute(
      shock: Scenario.Shock(
        ratesBP: rates.flatMap(Self.parseRates), flowsBillions: etfFlows.flatMap(Self.parseFlows)),
      targets: try names.map { try ws.series($0) }, dgs2: try ws.series("DGS2"),
      flows: try ws.series("ETH-ETF-FLOWS"), from: range.from, to: range.end, level: level)
    return s
  }
}
