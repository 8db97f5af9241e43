import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import DecoupleSeries
import DecoupleWorkspace

/// A `D1:D2` day range on the command line.
struct DayRange: ExpressibleByArgument {
  var range: ClosedRange<Day>

  init?(argument: String) {
    let parts = argument.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, let lo = Day(iso: parts[0]), let hi = Day(iso: parts[1]), lo <= hi
    else { return nil }
    range = lo...hi
  }
}

/// `decouple compare A B --period1 D1:D2 --period2 D3:D4`: did the correlation change?
struct CompareCommand: ResultCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Compare the correlation and beta of A and B between two periods (Fisher z test, "
      + "stationary-bootstrap intervals).",
    usage: "decouple compare [<options>] <a> <b> --period1 <d1:d2> --period2 <d3:d4>",
    discussion: """
      Each period is YYYY-MM-DD:YYYY-MM-DD (inclusive). The bootstrap is seeded (--seed), so \
      the intervals are reproducible.
      """)

  @Argument(help: "Asset A: a symbol (ETH) or a CSV path.") var a: String
  @Argument(help: "Asset B: a symbol (RUT) or a CSV path.") var b: String
  @Option(help: "First period, FROM:TO.") var period1: DayRange
  @Option(help: "Second period, FROM:TO.") var period2: DayRange
  @OptionGroup var sampling: SamplingOptions
  @Option(help: "Confidence level of the intervals.") var confidence: Double = 0.95
  @Option(help: "Bootstrap replicates.") var replicates: Int = 2_000
  @Option(help: "Seed of the bootstrap's generator.") var seed: UInt64 = 1
  @Option(help: .format) var format: OutputFormat = .text
  @OptionGroup var input: InputOptions

  func validate() throws {
    guard confidence > 0 && confidence < 1 else {
      throw ValidationError("--confidence must be between 0 and 1 (got \(confidence)).")
    }
    try OptionLimits.check(
      replicates, "--replicates", atLeast: 10, atMost: OptionLimits.replicates)
  }

  func result() throws -> PeriodComparison {
    let (sa, sb) = try input.workspace.pair(a, b)
    return try CoMovement.compare(
      sa, sb, first: period1.range, second: period2.range, returns: sampling.returns,
      frequency: sampling.frequency, confidence: confidence, replicates: replicates, seed: seed)
  }
}
