import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import DecoupleStats
import DecoupleWorkspace
import Foundation

/// `decouple beta A B [--factors X,Y] [--dimson K] [--hac]`: rolling regression of A on B.
struct BetaCommand: ResultCommand {
  static let configuration = CommandConfiguration(
    commandName: "beta",
    abstract: "Rolling beta of A on B (and further factors), with t-statistics, R², upside and "
      + "downside beta, and optionally Dimson beta.",
    discussion: """
      --hac uses Newey–West standard errors (Bartlett weights; --hac-lags, default the \
      Newey–West rule 4·(window/100)^(2/9)). --dimson K adds the Dimson beta: the sum of the \
      betas on B's returns K days before to K days after, for assets that close at different \
      times (it uses B up to K days after each day).
      """)

  @Argument(help: "Asset A: a symbol (ETH) or a CSV path.") var a: String
  @Argument(help: "Asset B, the market factor: a symbol or a CSV path.") var b: String
  @Option(help: "Further factors, comma-separated (e.g. BTC,QQQ).") var factors: String?
  @Option(help: "Dimson lags K (0: off).") var dimson: Int = 0
  @Flag(help: "Newey–West (HAC) standard errors.") var hac = false
  @Option(help: "Lags of the Newey–West estimator.") var hacLags: Int?
  @OptionGroup var common: CommonOptions
  @Option(help: .format) var format: OutputFormat = .text
  @OptionGroup var input: InputOptions

  var extraFactors: [String] {
    (factors ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }

  func validate() throws {
    try OptionLimits.check(dimson, "--dimson", atLeast: 0)
    guard dimson == 0 || 2 * dimson + 3 <= common.window else {
      throw ValidationError("--dimson \(dimson) needs a --window of at least \(2 * dimson + 3).")
    }
    if let l = hacLags {
      try OptionLimits.check(l, "--hac-lags", atLeast: 0)
      // Newey–West weighs autocovariances up to the lag; at or beyond the window there are none
      // left to weigh and the standard errors collapse (t in the hundreds of thousands).
      guard l < common.window else {
        throw ValidationError(
          "--hac-lags must be less than the window \(common.window) (got \(l)).")
      }
    }
    guard common.window >= extraFactors.count + 3 else {
      throw ValidationError("--window must exceed the number of factors plus two.")
    }
  }

  func result() throws -> BetaReport {
    let ws = input.workspace
    let sa = try ws.series(a)
    let names = [b] + extraFactors
    let sf = try names.map { try ws.series($0) }
    let lags = hacLags ?? Int(4 * pow(Double(common.window) / 100, 2.0 / 9.0))
    return try CoMovement.beta(
      sa, on: sf, covariance: hac ? .neweyWest(lags: lags) : .plain, dimsonLags: dimson,
      options: common.analysisOptions)
  }
}
