import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import DecoupleWorkspace

/// `decouple leadlag A B --lags K`: does one now move first?
struct LeadLagCommand: ResultCommand {
  static let configuration = CommandConfiguration(
    commandName: "leadlag",
    abstract: "Cross-correlation of A and B at lags −K…K with significance bounds, and Granger "
      + "causality both ways.",
    discussion: """
      Over the whole range (--from/--to). A positive lag pairs A today with B that many \
      observations earlier: B leads A.
      """)

  @Argument(help: "Asset A: a symbol (ETH) or a CSV path.") var a: String
  @Argument(help: "Asset B: a symbol (RUT) or a CSV path.") var b: String
  @Option(help: "Largest lag K of the cross-correlation.") var lags: Int = 10
  @Option(help: "Lag order of the Granger test.") var grangerLags: Int = 5
  // No rolling window: the cross-correlation and the Granger test use the whole range, so
  // `--window` and `--min-periods` are not offered.
  @OptionGroup var range: RangeOptions
  @OptionGroup var sampling: SamplingOptions
  @Option(help: .format) var format: OutputFormat = .text
  @OptionGroup var input: InputOptions

  func validate() throws {
    try OptionLimits.check(lags, "--lags", atLeast: 0)
    try OptionLimits.check(grangerLags, "--granger-lags", atLeast: 1)
  }

  func result() throws -> LeadLagReport {
    let (sa, sb) = try input.workspace.pair(a, b)
    return try CoMovement.leadLag(
      sa, sb, maxLag: lags, grangerLags: grangerLags,
      options: AnalysisOptions(
        from: range.from, to: range.end, returns: sampling.returns, frequency: sampling.frequency))
  }
}
