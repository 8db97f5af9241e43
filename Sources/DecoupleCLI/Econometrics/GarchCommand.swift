import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import DecoupleStats

extension Garch.Distribution: ExpressibleByArgument {}

/// `decouple garch A`: a GARCH(1,1) fit and the conditional volatility series.
struct GarchCommand: ResultCommand {
  static let configuration = CommandConfiguration(
    commandName: "garch",
    abstract: "Fit a GARCH(1,1) to one series: volatility now, its long-run level, and decay.",
    discussion: """
      Constant mean, normal or Student's t errors, by maximum likelihood on percent returns. \
      Matches Python arch's arch_model(r, mean="Constant", vol="GARCH", p=1, q=1); standard \
      errors are arch's default robust (sandwich) ones. A fit that does not converge is an \
      error (exit 1), never a number.
      """)

  @Argument(help: "The series: a symbol (ETH) or a CSV path (file.csv:COLUMN picks a column).")
  var a: String

  @Option(help: "Error distribution: normal or t.")
  var dist: Garch.Distribution = .normal

  @OptionGroup var options: EstimationOptions
  @OptionGroup var input: InputOptions

  var format: OutputFormat { options.format }

  func result() throws -> GarchView {
    // Resolved once: the panel and the calendar (which annualises) come from the same series.
    let series = try input.workspace.allSeries(a)
    let panel = try options.panel(of: series)
    guard panel.names.count == 1 else {
      throw ValidationError(
        "\(a) has \(panel.names.count) value columns; pick one with \(a):COLUMN.")
    }
    let report = try GarchReport(panel, distribution: dist)
    let calendar = series.first?.calendar ?? .exchange
    return GarchView(
      report, periodsPerYear: GarchReport.periodsPerYear(panel.frequency, calendar: calendar))
  }
}
