import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import DecoupleStats
import DecoupleWorkspace

extension Johansen.DeterministicOrder: ExpressibleByArgument {
  public init?(argument: String) {
    guard let i = Int(argument) else { return nil }
    self.init(rawValue: i)
  }
}

/// `--trend` of `coint`: `c` or `ct` (MacKinnon's 2010 cointegration tables have no `n`).
private func cointTrend(_ text: String) throws -> MacKinnon.Regression {
  guard let r = MacKinnon.Regression(argument: text), r != .n else {
    throw ValidationError("--trend must be c or ct (MacKinnon's 2010 tables have no 'n').")
  }
  return r
}

/// `decouple coint A B`: are A and B cointegrated, and how fast does their spread revert?
struct CointCommand: ResultCommand {
  static let configuration = CommandConfiguration(
    commandName: "coint",
    abstract: "Test whether A and B are cointegrated; if so, the spread's half-life.",
    discussion: """
      Engle–Granger two-step (A regressed on B, ADF on the residuals, MacKinnon p-values) as \
      statsmodels `coint`; with --johansen also Johansen's trace and maximum-eigenvalue tests \
      (statsmodels `coint_johansen`). On log prices by default, on the days both have a close. \
      When cointegrated, the spread's Ornstein–Uhlenbeck half-life with a 95% interval \
      (AR(1) on the spread by OLS; the Wald interval for the coefficient mapped to half-lives).
      """)

  @Argument(help: "Series A (the regressand): a symbol or a CSV path.")
  var a: String

  @Argument(help: "Series B: a symbol or a CSV path.")
  var b: String

  // Parsed by `cointTrend`, so the help lists only what MacKinnon's cointegration tables
  // accept (c, ct), not every ADF regression.
  @Option(
    help: ArgumentHelp(
      "Cointegrating-regression terms: c (constant; the default) or ct (constant and trend).",
      valueName: "c|ct"),
    transform: cointTrend)
  var trend: MacKinnon.Regression = .c

  @Option(help: "What to test: log-prices (default for prices), prices or returns.")
  var on: SeriesScale?

  @Flag(help: "Also run Johansen's trace and maximum-eigenvalue tests.")
  var johansen = false

  @Option(help: "Johansen deterministic order: -1 none, 0 constant, 1 trend.")
  var detOrder: Johansen.DeterministicOrder = .constant

  @Option(help: "Johansen lagged differences (k_ar_diff).")
  var lagDifferences = 1

  @OptionGroup var lagOptions: LagOptions
  @OptionGroup var sample: EstimationOptions
  @OptionGroup var input: InputOptions

  func validate() throws {
    try sample.check(on: on)
    guard trend != .n else {
      throw ValidationError("--trend must be c or ct (MacKinnon's 2010 tables have no 'n').")
    }
    try OptionLimits.check(lagDifferences, "--lag-differences", atLeast: 0)
  }

  var format: OutputFormat { sample.format }

  func result() throws -> CointegrationAnalysis.Report {
    let ws = input.workspace
    var options = CointegrationAnalysis.Options(sample: sample.sample(on: on))
    options.trend = trend
    options.lags = lagOptions.lags
    options.autolag = lagOptions.autolagOrDefault
    options.johansen = johansen
    options.johansenOrder = detOrder
    options.lagDifferences = lagDifferences
    let sa = try ws.series(a)
    let sb = try ws.series(b)
    let report = try CointegrationAnalysis.analyze(sa, sb, options: options)
    return report
  }
}
