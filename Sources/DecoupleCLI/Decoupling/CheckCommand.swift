import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import DecoupleWorkspace

/// `decouple check A B --claim …`: is a claim about the pair supported by the data?
struct CheckCommand: ResultCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Test a claim about A and B: supported, not supported or inconclusive.",
    discussion: """
      Claims: record-low-correlation, record-gap, decoupled-since DATE, correlation-below X \
      (give --threshold), supply-deflationary-since DATE (a claim about ETH's supply, answered \
      from the embedded on-chain data), changed-after DATE (correlation and beta in --window \
      returns before and after it, as `decouple events`). A claim's DATE follows A and B, or \
      give --since.

      Records are compared with the previous record from non-overlapping windows, with a \
      one-sided test at 95%: a record within noise is inconclusive. Use --as-of to check a claim as it could have been checked on a past day.
      """)

  enum ClaimName: String, ExpressibleByArgument, CaseIterable {
    case recordLowCorrelation = "record-low-correlation"
    case recordGap = "record-gap"
    case decoupledSince = "decoupled-since"
    case correlationBelow = "correlation-below"
    case supplyDeflationarySince = "supply-deflationary-since"
    case changedAfter = "changed-after"

    /// Whether the claim names a day.
    var takesDay: Bool {
      [.decoupledSince, .supplyDeflationarySince, .changedAfter].contains(self)
    }
  }

  @Argument(help: "Asset A: a symbol (ETH) or a CSV path.")
  var a: String

  @Argument(help: "Asset B: a symbol (RUT) or a CSV path.")
  var b: String

  @Argument(help: "The claim's day (decoupled-since, changed-after, supply-deflationary-since).")
  var day: Day?

  @Option(help: "The claim: \(ClaimName.allCases.map(\.rawValue).joined(separator: ", ")).")
  var claim: ClaimName

  @Option(help: "For decoupled-since: the day the decoupling is said to have started.")
  var since: Day?

  /// The claim's day, given after A and B or with --since.
  var claimDay: Day? { day ?? since }

  @Option(help: "For correlation-below: the level the correlation is said to be below.")
  var threshold: Double?

  @OptionGroup var common: CommonOptions
  @Option(help: .format) var format: OutputFormat = .text
  @OptionGroup var input: InputOptions

  func validate() throws {
    if claim.takesDay && claimDay == nil {
      throw ValidationError("--claim \(claim.rawValue) needs a day: A B DATE, or --since DATE.")
    }
    if let day, let since, day != since {
      throw ValidationError(
        "Give the claim's day once: \(day.iso) and --since \(since.iso) differ.")
    }
    if claim == .correlationBelow {
      guard let t = threshold, t > -1, t < 1 else {
        throw ValidationError("--claim correlation-below needs --threshold X with -1 < X < 1.")
      }
    }
  }

  var resolvedClaim: Claim {
    switch claim {
    case .recordLowCorrelation: .recordLowCorrelation
    case .recordGap: .recordGap
    case .decoupledSince: .decoupledSince(claimDay!)
    case .correlationBelow: .correlationBelow(threshold!)
    case .supplyDeflationarySince: .supplyDeflationarySince(claimDay!)
    case .changedAfter: .changedAfter(claimDay!)
    }
  }

  func result() throws -> ClaimAnswer {
    let ws = input.workspace
    let seriesA = try ws.series(a)
    // The supply claim concerns ETH alone: answering it for another asset would quote ETH's
    // supply under that asset's name.
    if claim == .supplyDeflationarySince && seriesA.asset != "ETH" {
      throw ValidationError(
        "--claim supply-deflationary-since is about ETH's supply; asset A (\(a)) is "
          + "\(seriesA.asset ?? "not known to be ETH"). Name ETH as A, or give --asset ETH for a file."
      )
    }
    let report = try ws.decouplingReport(
      seriesA, try ws.series(b), options: common.analysisOptions, extras: [])
    let supply = claim == .supplyDeflationarySince ? try ws.supplyModel() : nil
    let event =
      claim == .changedAfter
      ? try EventStudy(
        seriesA, try ws.series(b),
        events: [
          MarketEvent(
            date: claimDay!, label: "the claim's day", short: "claim", assets: [],
            source: "the command line")
        ], window: common.window, options: common.analysisOptions) : nil
    let result = ClaimChecker.check(resolvedClaim, in: report, supply: supply, event: event)
    return ClaimAnswer(result, in: report)
  }
}
