import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleSeries
import DecoupleStats

extension MacKinnon.Regression: ExpressibleByArgument {}
extension UnitRoot.Autolag: ExpressibleByArgument {}
extension SeriesScale: ExpressibleByArgument {}

/// The time-series tests (`stationarity`, `coint`) take the same sample options as the
/// estimation commands; these two turn them into the tests' sample.
extension EstimationOptions {
  /// Rejects `--on prices|log-prices` with `--input returns` (call from `validate()`).
  func check(on scale: SeriesScale?) throws {
    if input == .returns, let scale, scale != .returns {
      throw ValidationError("--input returns takes the values as returns; --on must be returns.")
    }
  }

  /// The sample, with the scale chosen by `--on` (`nil`: the default for the input kind).
  func sample(on scale: SeriesScale?) -> SampleOptions {
    SampleOptions(
      from: from, to: end, frequency: frequency, returns: returns, input: input,
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
    if let l = lags { try OptionLimits.check(l, "--lags", atLeast: 0) }
  }

  var autolagOrDefault: UnitRoot.Autolag? { lags == nil ? (autolag ?? .aic) : nil }
}
