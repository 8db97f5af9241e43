import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleRender

/// `decouple dcc A B [C …]`: DCC-GARCH(1,1) dynamic correlations.
struct DccCommand: ResultCommand {
  static let configuration = CommandConfiguration(
    commandName: "dcc",
    abstract: "Dynamic conditional correlations of two or more series (DCC-GARCH(1,1)).",
    discussion: """
      Engle (2002), estimated in two stages as R's rmgarch does: a GARCH(1,1) per series, then \
      the DCC parameters (a, b) on the standardized residuals with correlation targeting. A \
      CSV file with several value columns gives one series per column, so \
      `decouple dcc returns.csv --input returns` fits a whole matrix.
      """)

  @Argument(help: "Two or more series: symbols or CSV paths.")
  var series: [String]

  @OptionGroup var options: EstimationOptions
  @OptionGroup var input: InputOptions

  func validate() throws {
    guard !series.isEmpty else { throw ValidationError("Give at least two series.") }
  }

  var format: OutputFormat { options.format }

  func result() throws -> DccReport {
    let panel = try options.panel(series, input: input)
    guard panel.names.count >= 2 else {
      throw ValidationError(
        "DCC needs at least two series; \(series.joined(separator: " ")) gives one.")
    }
    return try DccReport(panel)
  }
}
