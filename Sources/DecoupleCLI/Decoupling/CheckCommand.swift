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
      Claims: record-low-correlation, record-gap, decoupled-since DATE (give --since), \
      correlation-below X (give --threshold), supply-deflationary-since DATE (give --since; a \
      claim about ETH's supply, answered from the embedded on-chain data).

      Records are compared with the previous record from non-overlapping windows, with a \
      one-sided test at 95%: a record within noise is inconclusive. Use --as-of to check a claim as it could have been checked on a past day.
      """)

  enum ClaimName: String, ExpressibleByArgument, CaseIterable {
    case recordLowCorrelation = "record-low-correlation"
    case recordGap = "record-gap"
    case decoupledSince = "decoupled-since"
    case correlationBelow = "correlation-below"
    case supplyDeflationarySince = "supply-deflationary-since"
  }

  @Argument(help: "Asset A: a symbol (ETH) or a CSV path.")
  var a: String

  @Argument(help: "Asset B: a symbol (RUT) or a CSV path.")
  var b: String

  @Option(help: "The claim: \(ClaimName.allCases.map(\.rawValue).joined(separator: ", ")).")
  var claim: ClaimName

  @Option(help: "For decoupled-since: the day the decoupling is said to have started.")
  var since: Day?

  @Option(help: "For correlation-below: the level the correlation is said to be below.")
  var threshold: Double?

  @OptionGroup var common: CommonOptions
  @Option(help: .format) var format: OutputFormat = .text
  @OptionGroup var input: InputOptions

  func validate() throws {
    if (claim == .decoupledSince || claim == .supplyDeflationarySince) && since == nil {
      throw ValidationError("--claim \(claim.rawValue) needs --since DATE.")
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
    case .decoupledSince: .decoupledSince(since!)
    case .correlationBelow: .correlationBelow(threshold!)
    case .supplyDeflationarySince: .supplyDeflationarySince(since!)
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
    let result = ClaimChecker.check(resolvedClaim, in: report, supply: supply)
    return ClaimAnswer(result, in: report)
  }
}
