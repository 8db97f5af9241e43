import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import DecoupleWorkspace

/// `decouple drivers ETH --vs RUT`: how much of ETH's variance each driver explains.
struct DriversCommand: ResultCommand {
  static let configuration = CommandConfiguration(
    commandName: "drivers",
    abstract: "Attribute ETH's return variance to equity, BTC, rates, ETF flows and supply.",
    discussion: """
      Rolling OLS of the target's daily log returns on the equity index, BTC, the 2-year yield \
      change, US spot ETH ETF net flows and supply growth, decomposed by Shapley R² (every \
      order of entry averaged). A driver absent from a window (flows before 2024-07-23, supply \
      gaps) leaves that window's model. Also one decomposition per calendar year.
      """)

  @Argument(help: "The target: ETH (or another crypto symbol or CSV path).")
  var target: String

  @Option(help: "The equity index (symbol or CSV path).")
  var vs: String = "RUT"

  @OptionGroup var common: CommonOptions
  @Option(help: .format) var format: OutputFormat = .text
  @OptionGroup var input: InputOptions

  func result() throws -> DriverAttribution {
    let ws = input.workspace
    let a = try DriverAttribution.compute(
      target: try ws.series(target), equity: try ws.series(vs), inputs: try ws.driverInputs(),
      options: common.analysisOptions)
    return a
  }
}
