import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import DecoupleWorkspace

/// `decouple supply`: ETH's daily supply model from the embedded on-chain data.
struct SupplyCommand: ResultCommand {
  static let configuration = CommandConfiguration(
    commandName: "supply",
    abstract: "ETH supply, issuance, burn, staking and liquid float, day by day.",
    usage: "decouple supply [<options>]",
    discussion: """
      Supply merges ultrasound (via validatorqueue, re-dated), Glassnode and Etherscan in that \
      order; issuance is PoW block rewards before the Merge and 166.3·√(staked) a year after \
      it; burn is Etherscan's where published and issuance − Δsupply (flagged derived) \
      elsewhere. Coverage gaps are printed as gaps. See docs/DRIVERS.md.
      """)

  @OptionGroup var range: RangeOptions

  @Option(help: "Days to move the validatorqueue supply back (the data's lag).")
  var lagDays: Int = SupplyModel.defaultLagDays

  @Option(help: "Trailing window of the annualised growth, days.")
  var growthWindow: Int = 30

  @Option(help: .format)
  var format: OutputFormat = .text

  @OptionGroup var storeOptions: StoreOptions

  func validate() throws {
    guard (0...30).contains(lagDays) else { throw ValidationError("--lag-days must be 0…30.") }
    try OptionLimits.check(growthWindow, "--growth-window", atLeast: 1)
  }

  func result() throws -> SupplyView {
    let model = try storeOptions.workspace.supplyModel(
      lagDays: lagDays, growthWindow: growthWindow)
    return SupplyView(model, from: range.from, to: range.end)
  }
}
