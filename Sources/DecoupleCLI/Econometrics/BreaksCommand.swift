import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import DecoupleStats

extension BreaksReport.Method: ExpressibleByArgument {}
extension Pelt.Cost: ExpressibleByArgument {}

/// `decouple breaks A B`: when did the relationship between A and B change?
struct BreaksCommand: ResultCommand {
  static let configuration = CommandConfiguration(
    commandName: "breaks",
    abstract: "Find the days on which the relationship between A and B changed.",
    discussion: """
      pelt (default): exact PELT change points (every day a candidate; matches Python ruptures \
      with jump=1). --cost linear looks for changes in the regression of A's returns on B's; \
      normal for changes in the mean and volatility of the daily gap A − B; l2 for changes in \
      its mean. bai-perron: Bai–Perron breaks in the regression of A on B with the sup-F test \
      (matches R strucchange::breakpoints, 15% minimum segment, number of breaks by BIC).
      """)

  @Argument(help: "Asset A: a symbol (ETH) or a CSV path.")
  var a: String

  @Argument(help: "Asset B: a symbol (RUT) or a CSV path.")
  var b: String

  @Option(help: "Method: pelt or bai-perron.")
  var method: BreaksReport.Method = .pelt

  @Option(help: "PELT cost: linear (A on B), normal (gap mean and volatility), l2 (gap mean).")
  var cost: Pelt.Cost = .linear

  @Option(help: "PELT penalty: bic, mbic, or a positive number.")
  var penalty: String = "bic"

  @Option(help: "PELT: fewest observations in a segment.")
  var minSize: Int = 30

  @OptionGroup var options: EstimationOptions
  @OptionGroup var input: InputOptions

  var parsedPenalty: Pelt.Penalty? {
    switch penalty.lowercased() {
    case "bic": .bic
    case "mbic": .mbic
    default: Double(penalty).flatMap { $0 > 0 && $0.isFinite ? .value($0) : nil }
    }
  }

  func validate() throws {
    guard parsedPenalty != nil else {
      throw ValidationError("--penalty must be bic, mbic or a positive number (got '\(penalty)').")
    }
    try OptionLimits.check(minSize, "--min-size", atLeast: 2)
  }

  var format: OutputFormat { options.format }

  func result() throws -> BreaksReport {
    let panel = try options.panel([a, b], input: input)
    guard panel.names.count == 2 else {
      throw ValidationError("breaks compares exactly two series; pick columns with FILE:COLUMN.")
    }
    return try BreaksReport(
      panel, method: method, cost: cost, minSize: minSize, penalty: parsedPenalty!)
  }
}
