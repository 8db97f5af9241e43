import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import DecoupleStats
import DecoupleWorkspace

/// `decouple stationarity SERIES`: ADF and KPSS, read together.
struct StationarityCommand: ResultCommand {
  static let configuration = CommandConfiguration(
    commandName: "stationarity",
    abstract: "Test whether a series is stationary (ADF and KPSS), in plain words.",
    discussion: """
      ADF (H0: unit root; MacKinnon p-values and critical values) and KPSS (H0: stationary; \
      automatic bandwidth) as statsmodels computes them, both at 5%. By default on log prices; \
      --on returns tests returns, --input returns takes a file's values as returns.
      """)

  @Argument(help: "The series: a symbol (ETH) or a CSV path.")
  var series: String

  @Option(help: "ADF deterministic terms: c (constant), ct (constant and trend) or n (none).")
  var regression: MacKinnon.Regression = .c

  @Option(help: "What to test: log-prices (default for prices), prices or returns.")
  var on: SeriesScale?

  @OptionGroup var lagOptions: LagOptions
  @OptionGroup var sample: EstimationOptions
  @OptionGroup var input: InputOptions

  func validate() throws { try sample.check(on: on) }

  var format: OutputFormat { sample.format }

  func result() throws -> StationarityAnalysis.Report {
    let ws = input.workspace
    let options = StationarityAnalysis.Options(
      sample: sample.sample(on: on), regression: regression, lags: lagOptions.lags,
      autolag: lagOptions.autolagOrDefault)
    let s = try ws.series(series)
    let report = try StationarityAnalysis.analyze(s, options: options)
    return report
  }
}
