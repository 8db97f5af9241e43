import ArgumentParser
import DecoupleData
import DecoupleRender
import DecoupleSeries
import DecoupleWorkspace

extension ValueKind: ExpressibleByArgument {}

/// Options of the estimation and time-series commands (garch, dcc, breaks, stationarity, coint):
/// CommonOptions' data-range, return and output options (same names, same meaning), without
/// the rolling window, plus `--input`.
struct EstimationOptions: ParsableArguments {
  @OptionGroup var range: RangeOptions

  @OptionGroup var sampling: SamplingOptions

  @Option(help: "What the values are: prices, or returns as fractions (0.01 = 1%).")
  var input: ValueKind = .prices

  @Option(help: .format)
  var format: OutputFormat = .text

  /// Every series the specs name (files with several value columns give one per column),
  /// as percent returns on their common days.
  func panel(_ specs: [String], input files: InputOptions) throws -> ReturnPanel {
    let ws = files.workspace
    return try panel(of: specs.flatMap { try ws.allSeries($0) })
  }

  /// `series` as percent returns on their common days.
  func panel(of series: [DailySeries]) throws -> ReturnPanel {
    try ReturnPanel(
      series, input: input, kind: sampling.returns, frequency: sampling.frequency, from: from,
      to: end)
  }
}

extension EstimationOptions {
  /// `--returns`.
  var returns: ReturnKind { sampling.returns }
  /// `--frequency`.
  var frequency: Frequency { sampling.frequency }
  /// First day of data used.
  var from: Day? { range.from }
  /// The as-of day: `--to` or its alias `--as-of`.
  var end: Day? { range.end }
}
