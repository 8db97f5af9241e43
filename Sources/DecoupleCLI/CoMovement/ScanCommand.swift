import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import DecoupleWorkspace

extension UniverseScan.Order: ExpressibleByArgument {}

/// `decouple scan A --universe FILE|ndx|crypto`: A against every member, ranked.
struct ScanCommand: ResultCommand {
  static let configuration = CommandConfiguration(
    commandName: "scan",
    abstract: "Correlation and beta of A against every asset of a universe, ranked; with --since, "
      + "the change since that day.",
    discussion: """
      --universe is an embedded universe (ndx: Nasdaq-100 members; crypto: six CoinGecko \
      assets) or a CSV file with a date column and one column per asset.
      """)

  @Argument(help: "Asset A: a symbol (ETH) or a CSV path.") var a: String
  @Option(help: "ndx, crypto, or a wide CSV file (one column per asset).") var universe: String
  @Option(help: "Compare with the correlation on this past day (YYYY-MM-DD).") var since: Day?
  @Option(
    help: "Rank by correlation (highest first) or change (largest fall first; needs --since).")
  var sort: UniverseScan.Order = .correlation
  @OptionGroup var common: CommonOptions
  @Option(help: .format) var format: OutputFormat = .text
  @OptionGroup var input: InputOptions

  func validate() throws {
    guard Workspace.isUniverse(universe) || Workspace.isPath(universe) else {
      throw ValidationError(
        "--universe must be "
          + Workspace.universes.map(\.name).joined(separator: ", ")
          + " or a CSV path (got '\(universe)').")
    }
    if sort == .change && since == nil {
      throw ValidationError("--sort change needs --since DATE.")
    }
  }

  func result() throws -> UniverseScan {
    let ws = input.workspace
    let sa = try ws.series(a)
    let members = try ws.universe(universe)
    return CoMovement.scan(
      sa, members: members, universe: universe, since: since, order: sort,
      options: common.analysisOptions)
  }
}
