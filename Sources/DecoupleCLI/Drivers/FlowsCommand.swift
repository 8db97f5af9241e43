import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import DecoupleWorkspace

/// `decouple flows ETH|BTC`: US spot ETF flows.
struct FlowsCommand: ResultCommand {
  static let configuration = CommandConfiguration(
    commandName: "flows",
    abstract: "US spot ETF net flows for ETH or BTC: per fund, cumulative, share of market cap.",
    usage: "decouple flows [<options>] <asset>",
    discussion: """
      Farside daily net flows (US$ millions). Market cap: ETH from the supply model, BTC from \
      the issuance schedule. Stress: flows on days the asset fell more than --drawdown percent \
      (between consecutive flow days) against other days, with Welch's t test.
      """)

  enum Asset: String, ExpressibleByArgument, CaseIterable {
    case ETH, BTC
    /// `eth` reads as `ETH`, as symbols do everywhere else.
    init?(argument: String) { self.init(rawValue: argument.uppercased()) }
  }

  @Argument(help: "ETH or BTC.")
  var asset: Asset

  @Option(help: "A down day: the asset fell more than this many percent.")
  var drawdown: Double = 5

  @Option(help: .format)
  var format: OutputFormat = .text

  @OptionGroup var storeOptions: StoreOptions

  func validate() throws {
    guard drawdown > 0, drawdown < 100 else {
      throw ValidationError("--drawdown must be between 0 and 100 (percent).")
    }
  }

  func result() throws -> FlowsAnalysis {
    let ws = storeOptions.workspace
    let flows = try ws.etfFlows(asset.rawValue)
    let a = try FlowsAnalysis.compute(
      asset: asset.rawValue, total: flows.total, funds: flows.funds,
      price: try ws.series(asset.rawValue), supply: asset == .ETH ? try ws.supplyModel() : nil,
      threshold: drawdown / 100)
    return a
  }
}
