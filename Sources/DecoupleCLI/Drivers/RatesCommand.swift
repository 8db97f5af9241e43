import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import DecoupleWorkspace

/// `decouple rates`: yields, the 2-year minus fed-funds spread, and how ETH and RUT respond to
/// rate moves.
struct RatesCommand: ResultCommand {
  static let configuration = CommandConfiguration(
    commandName: "rates",
    abstract: "Show DGS2, DGS10, fed funds, the 2y−FF spread and assets' sensitivity to rates.",
    usage: "decouple rates [<options>]",
    discussion: """
      Sensitivity: the OLS beta of each asset's daily log return on the daily change of \
      --yield (per 100 bp), over --window common days, ranked against its own history.
      """)

  @Option(help: "Assets to measure, comma-separated symbols or CSV paths.")
  var assets: String = "ETH,RUT"

  @Option(help: "The yield whose daily changes are the factor (a rate symbol such as DGS2).")
  var yield: String = "DGS2"

  @Option(help: "Rolling window in observations.")
  var window: Int = 90

  @OptionGroup var range: RangeOptions

  @Option(help: .format)
  var format: OutputFormat = .text

  @OptionGroup var input: InputOptions

  func validate() throws {
    try OptionLimits.check(window, "--window", atLeast: 3)
  }

  func result() throws -> RateSensitivity {
    let ws = input.workspace
    let from = range.from
    let series = try assets.split(separator: ",").map {
      try ws.series(String($0)).clipped(from: from)
    }
    let view = try RateSensitivity(
      assets: series, levels: try ws.rateLevels().map { $0.clipped(from: from) },
      yield: try ws.series(yield).clipped(from: from), window: window, to: range.end)
    return view
  }
}
