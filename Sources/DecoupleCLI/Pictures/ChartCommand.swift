import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import DecoupleWorkspace

/// `decouple chart KIND A B -o FILE.svg|png`: one chart as SVG or PNG.
struct ChartCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chart",
    abstract: "Draw one chart of A against B as SVG or PNG.",
    discussion: """
      KIND is one of: \(ChartKind.allCases.map(\.rawValue).joined(separator: ", ")). \
      The file's extension chooses the format; PNG needs rsvg-convert (Debian: librsvg2-bin). \
      -o - writes the SVG to standard output. The file is written atomically: on any error no \
      file is left behind, and only a regular file is ever replaced (a directory, symbolic \
      link, FIFO or device at the path is refused).
      """)

  @Argument(help: "The chart: \(ChartKind.allCases.map(\.rawValue).joined(separator: ", ")).")
  var kind: ChartKind

  @OptionGroup var pair: PairArguments
  var a: String { pair.a }
  var b: String { pair.b }

  @Option(
    name: [.short, .customLong("output")],
    help: "The file to write: .svg or .png (- for SVG on standard output).")
  var output: String

  @OptionGroup var common: CommonOptions
  @OptionGroup var input: InputOptions
  @OptionGroup var charting: ChartingOptions

  func validate() throws {
    let ext = output.split(separator: ".").last.map { $0.lowercased() } ?? ""
    guard output == "-" || ext == "svg" || ext == "png" else {
      throw ValidationError("-o must name a .svg or .png file, or - (got '\(output)').")
    }
  }

  /// The chart as SVG text (the dashboard's SVG export calls this too).
  func svg() throws -> String {
    let ws = input.workspace
    let seriesA = try ws.series(a)
    let seriesB = try ws.series(b)
    let summary = try DecouplingAnalysis.analyze(
      seriesA, seriesB, options: common.analysisOptions)
    if kind == .matrix {
      // As the report draws it: the pair's as-of day for every pair.
      let m = try charting.pairMatrix(
        ws, seriesA, seriesB, names: (a, b), asOf: summary.asOf, options: common.analysisOptions)
      return m.heatmap(options: charting.chartOptions).svg
    }
    return summary.chart(kind, options: charting.chartOptions).serialized()
  }

  func run() throws {
    let ws = input.workspace
    let svg = try svg()
    if output == "-" {
      print(svg, terminator: svg.hasSuffix("\n") ? "" : "\n")
    } else {
      try ws.writeChart(svg, to: output)
      // One line on success, naming the file (stdout); nothing is printed when writing fails.
      print("Wrote the \(kind.rawValue) chart to \(output).")
    }
  }
}
