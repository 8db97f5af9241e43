import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import DecoupleWorkspace

/// `decouple analyze A B`: the decoupling summary of a pair.
struct AnalyzeCommand: ResultCommand {
  static let configuration = CommandConfiguration(
    commandName: "analyze",
    abstract: "Say in which senses A is decoupled from B now, and how unusual each is.",
    discussion: """
      Measures, over a rolling window of returns on the days both have a close: correlation, \
      performance gap (sum of A's returns minus B's), residual drift (A's window return minus \
      beta × B's) and beta. Each is ranked against the pair's own history up to the as-of day.
      """)

  @Argument(help: "Asset A: a symbol (ETH) or a CSV path.")
  var a: String

  @Argument(help: "Asset B: a symbol (RUT) or a CSV path.")
  var b: String

  @OptionGroup var common: CommonOptions
  @Option(help: .format) var format: OutputFormat = .text
  @Flag(help: "JSON only: leave out the daily rows (series); the verdict and measures stay.")
  var noSeries = false
  @OptionGroup var input: InputOptions

  func validate() throws {
    if noSeries && format != .json {
      throw ValidationError("--no-series applies to --format json only.")
    }
  }

  func result() throws -> AnalyzeAnswer {
    let ws = input.workspace
    let (seriesA, seriesB) = try ws.pair(a, b)
    let report = try ws.decouplingReport(seriesA, seriesB, options: common.analysisOptions)
    return AnalyzeAnswer(report, includesSeries: !noSeries)
  }
}

extension CommonOptions {
  var analysisOptions: AnalysisOptions {
    AnalysisOptions(
      window: window, minPeriods: minPeriods, from: from, to: end, returns: returns,
      frequency: frequency)
  }
}
