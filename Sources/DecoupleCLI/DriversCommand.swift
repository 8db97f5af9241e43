import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleRender

/// `decouple drivers ETH --vs RUT`: how much of ETH's variance each driver explains.
struct DriversCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "drivers",
    abstract: "Attribute ETH's return variance to equity, BTC, rates, ETF flows and supply.",
    discussion: """
      Rolling OLS of the target's daily log returns on the equity index, BTC, the 2-year yield
      change, US spot ETH ETF net flows and supply growth, decomposed by Shapley R² (every
      order of entry averaged). A driver absent from a window (flows before 2024-07-23, supply
      gaps) leaves that window's model. Also one decomposition per calendar year.
      """)

  @Argument(help: "The target: ETH (or another crypto symbol or CSV path).")
  var target: String

  @Option(help: "The equity index (symbol or CSV path).")
  var vs: String = "RUT"

  @OptionGroup var common: CommonOptions
  @OptionGroup var input: InputOptions

  func run() throws {
    let model = SupplyModel.build(try SupplyInputs.embedded())
    let panel = FactorPanel.build(
      target: try input.resolve(target),
      equity: try input.resolve(vs), btc: try Dataset.load("BTC"),
      dgs2: try Dataset.load("DGS2"), flows: try Dataset.load("ETH-ETF-FLOWS"), supply: model,
      from: common.from, to: common.end)
    guard panel.days.count > common.window else {
      throw AnalysisError.historyTooShort(
        a: target, b: vs, needed: common.window + 1, available: panel.days.count,
        first: panel.days.first, last: panel.days.last)
    }
    let a = DriverAttribution.compute(panel, window: common.window, minPeriods: common.minPeriods)
    switch common.format {
    case .text: print(a.text, terminator: "")
    case .json: print(a.json.serialized(pretty: true))
    case .csv: print(a.csv, terminator: "")
    }
  }
}
