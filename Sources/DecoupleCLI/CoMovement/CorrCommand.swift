import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import DecoupleStats
import DecoupleWorkspace

extension CorrelationMethod: ExpressibleByArgument {}

/// `decouple corr A B --method pearson|spearman|kendall|ewma`: a rolling correlation with its
/// confidence band.
struct CorrCommand: ResultCommand {
  static let configuration = CommandConfiguration(
    commandName: "corr",
    abstract: "Rolling correlation of A and B: Pearson (with a Fisher-z band), Spearman, Kendall "
      + "tau-b, or EWMA.",
    discussion: """
      Spearman and Kendall rank the returns, so fat tails (crypto) do not dominate. EWMA weighs \
      recent days more (RiskMetrics λ = 0.94 by default, or --half-life); --window is then unused \
      and --min-periods is the warm-up.
      """)

  @Argument(help: "Asset A: a symbol (ETH) or a CSV path.") var a: String
  @Argument(help: "Asset B: a symbol (RUT) or a CSV path.") var b: String
  @Option(help: "pearson, spearman, kendall or ewma.") var method: CorrelationMethod = .pearson
  @Option(help: "EWMA decay λ (RiskMetrics: 0.94).") var lambda: Double = 0.94
  @Option(help: "EWMA half-life in observations (overrides --lambda).") var halfLife: Double?
  @Option(help: "Confidence level of the intervals.") var confidence: Double = 0.95
  @OptionGroup var common: CommonOptions
  @Option(help: .format) var format: OutputFormat = .text
  @OptionGroup var input: InputOptions

  func validate() throws {
    guard lambda >= 0 && lambda < 1 else {
      throw ValidationError("--lambda must be in [0, 1) (got \(lambda)).")
    }
    if let h = halfLife {
      try OptionLimits.finite(h, "--half-life")
      guard h > 0 else { throw ValidationError("--half-life must be positive (got \(h)).") }
      guard h <= Double(OptionLimits.observations) else {
        throw ValidationError(
          "--half-life must be at most \(OptionLimits.grouped(OptionLimits.observations)) "
            + "observations (got \(h)).")
      }
    }
    if method == .spearman, common.window > 20_000 {
      throw ValidationError("--window must be at most 20,000 for Spearman (got \(common.window)).")
    }
    guard confidence > 0 && confidence < 1 else {
      throw ValidationError("--confidence must be between 0 and 1 (got \(confidence)).")
    }
  }

  func result() throws -> CorrelationSeries {
    let (sa, sb) = try input.workspace.pair(a, b)
    let alpha = halfLife.map { EWMA.alpha(halfLife: $0) } ?? EWMA.alpha(lambda: lambda)
    return try CoMovement.correlation(
      sa, sb, method: method, alpha: alpha, confidence: confidence,
      options: common.analysisOptions)
  }
}
