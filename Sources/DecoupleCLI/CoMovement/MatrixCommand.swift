import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import DecoupleWorkspace

/// `decouple matrix SYMBOLS... [--cluster]`: the correlation matrix as of the last day.
struct MatrixCommand: ResultCommand {
  static let configuration = CommandConfiguration(
    commandName: "matrix",
    abstract: "Correlation matrix of several series over the last window, optionally clustered.",
    discussion: """
      By default on the days every series has a close; --pairwise puts each pair on its own \
      common days. --cluster orders rows and columns by average-linkage clustering on 1 − r. \
      --universe adds the members of an embedded universe (ndx, crypto).
      """)

  @Argument(help: "Symbols or CSV paths.") var symbols: [String] = []
  @Option(help: "Also include the members of an embedded universe (ndx, crypto).")
  var universe: String?
  @Flag(help: "Each pair on its own common days (pairwise-complete).") var pairwise = false
  @Flag(help: "Order by average-linkage clustering on 1 − r.") var cluster = false
  @Flag(help: "Add the average pairwise correlation over time (every day in JSON).") var history =
    false
  @OptionGroup var common: CommonOptions
  @Option(help: .format) var format: OutputFormat = .text
  @OptionGroup var input: InputOptions

  func validate() throws {
    if let u = universe, !Workspace.isUniverse(u) {
      throw ValidationError(
        "--universe must be one of \(Workspace.universes.map(\.name).joined(separator: ", ")).")
    }
    guard symbols.count + (universe == nil ? 0 : 2) >= 2 else {
      throw ValidationError("Give at least two series.")
    }
  }

  func result() throws -> CorrelationMatrixReport {
    let ws = input.workspace
    var series = try symbols.map { try ws.series($0) }
    if let u = universe { series += try ws.universe(u) }
    var report = try CoMovement.matrix(
      series, pairwiseComplete: pairwise, cluster: cluster, options: common.analysisOptions)
    if history {
      report.history = try CoMovement.averageCorrelation(series, options: common.analysisOptions)
    }
    return report
  }
}
