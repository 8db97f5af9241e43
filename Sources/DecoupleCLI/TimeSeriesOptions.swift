import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleSeries
import DecoupleStats

extension MacKinnon.Regression: ExpressibleByArgument {}
extension UnitRoot.Autolag: ExpressibleByArgument {}
extension SeriesScale: ExpressibleByArgument {}

/// The options of the time-series tests (`stationarity`, `coint`): the sample they see. Same
/// names and meanings as ``CommonOptions`` (CONVENTIONS.md), without the rolling window.
struct TimeSeriesOptions: ParsableArguments {
  @Option(name: .customLong("from"), help: "First day of data used (YYYY-MM-DD).")
  var from: Day?

  @Option(name: .customLong("to"), help: "Last day of data used, the as-of day (YYYY-MM-DD).")
  var to: Day?

  @Option(name: .customLong("as-of"), help: "Alias of --to: the test sees nothing after it.")
  var asOf: Day?

  @Option(help: "Sampling: daily, or weekly (last common close of each ISO week).")
  var frequency: Frequency = .daily

  @Option(help: "Return type for --on returns: log or simple.")
  var returns: ReturnKind = .log

  @Option(help: "What the values are: prices, or returns (taken as given, not differenced).")
  var input: ValueKind = .prices

  @Option(help: "Output: text for people, json or csv for programs.")
  var format: OutputFormat = .text

  mutating func validate() throws {
    if to != nil && asOf != nil && to != asOf {
      throw ValidationError("--to and --as-of are the same option; give one of them.")
    }
    if let f = from, let t = to ?? asOf, f > t {
      throw ValidationError("--from \(f.iso) is after --to \(t.iso).")
    }
  }

  /// Rejects `--on prices|log-prices` with `--input returns` (call from `validate()`).
  func check(on scale: SeriesScale?) throws {
    if input == .returns, let scale, scale != .returns {
      throw ValidationError("--input returns takes the values as returns; --on must be returns.")
    }
  }

  /// The sample, with the scale chosen by `--on` (`nil`: the default for the input kind).
  func sample(on scale: SeriesScale?) -> SampleOptions {
    SampleOptions(
      from: from, to: to ?? asOf, frequency: frequency, returns: returns, input: input,
      scale: scale)
  }
}

/// The ADF lag choice shared by `stationarity` and `coint`: `--lags N` or `--autolag`.
struct LagOptions: ParsableArguments {
  @Option(help: "A fixed ADF lag order (instead of --autolag).")
  var lags: Int?

  @Option(help: "Choose the ADF lag order by aic (default), bic or t-stat.")
  var autolag: UnitRoot.Autolag?

  mutating func validate() throws {
    if lags != nil && autolag != nil {
      throw ValidationError("Give either --lags or --autolag, not both.")
    }
    if let l = lags, l < 0 { throw ValidationError("--lags must be 0 or more (got \(l)).") }
  }

  var autolagOrDefault: UnitRoot.Autolag? { lags == nil ? (autolag ?? .aic) : nil }
}
