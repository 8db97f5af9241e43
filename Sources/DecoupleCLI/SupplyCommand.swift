import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import DecoupleWorkspace

/// `decouple supply`: ETH's daily supply model from the embedded on-chain data.
struct SupplyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "supply",
    abstract: "ETH supply, issuance, burn, staking and liquid float, day by day.",
    discussion: """
      Supply merges ultrasound (via validatorqueue, re-dated), Glassnode and Etherscan in that
      order; issuance is PoW block rewards before the Merge and 166.3·√(staked) a year after
      it; burn is Etherscan's where published and issuance − Δsupply (flagged derived)
      elsewhere. Coverage gaps are printed as gaps. See docs/DRIVERS.md.
      """)

  @Option(name: .customLong("from"), help: "First day shown (YYYY-MM-DD).")
  var from: Day?

  @Option(name: .customLong("to"), help: "Last day shown (YYYY-MM-DD).")
  var to: Day?

  @Option(help: "Days to move the validatorqueue supply back (default: 2, the data's lag).")
  var lagDays: Int = SupplyModel.defaultLagDays

  @Option(help: "Trailing window of the annualised growth, days.")
  var growthWindow: Int = 30

  @Option(help: "Output: text, json or csv.")
  var format: OutputFormat = .text

  @OptionGroup var storeOptions: StoreOptions

  func validate() throws {
    guard (0...30).contains(lagDays) else { throw ValidationError("--lag-days must be 0…30.") }
    guard growthWindow >= 1 else { throw ValidationError("--growth-window must be ≥ 1.") }
    if let f = from, let t = to, f > t { throw ValidationError("--from is after --to.") }
  }

  func run() throws {
    let model = try storeOptions.workspace.supplyModel(
      lagDays: lagDays, growthWindow: growthWindow)
    switch format {
    case .text: print(model.text(from: from, to: to), terminator: "")
    case .json: print(model.json(from: from, to: to).serialized(pretty: true))
    case .csv: print(model.csv(from: from, to: to), terminator: "")
    }
  }
}
