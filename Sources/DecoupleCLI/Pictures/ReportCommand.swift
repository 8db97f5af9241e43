import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import DecoupleWorkspace
import Foundation

/// `decouple report A B -o report.html`: one self-contained HTML page.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write a self-contained HTML report: verdict, measures and every chart.",
    discussion: """
      One HTML file that makes no external request (it renders offline). The time charts are \
      interactive (hover read-outs, one crosshair and zoom across the charts, series toggles, \
      event markers, a slider that moves the charts back in time, PNG/SVG/CSV export): the \
      chart library and the data are inlined. Each chart keeps its static SVG, which prints; \
      --static leaves the interactive part out (a smaller file). Each chart comes with a \
      short reading of its numbers. -o - writes it to \
      standard output. Written atomically: only a regular file is ever replaced (a directory, \
      symbolic link, FIFO or device at the path is refused).
      """)

  @OptionGroup var pair: PairArguments
  var a: String { pair.a }
  var b: String { pair.b }

  @Option(
    name: [.short, .customLong("output")],
    help: "The HTML file to write: .html or .htm (- for standard output).")
  var output: String

  @Flag(help: "Leave out the correlation matrix of the universe.")
  var noMatrix = false

  @Flag(name: .customLong("static"), help: "Static charts only: no script, a smaller file.")
  var staticOnly = false

  @Option(
    name: .customLong("event"),
    help: ArgumentHelp("An event of your own, DATE:LABEL (repeatable).", valueName: "date:label"))
  var userEvents: [String] = []

  @OptionGroup var common: CommonOptions
  @OptionGroup var input: InputOptions
  @OptionGroup var charting: ChartingOptions

  func validate() throws {
    let ext = output.split(separator: ".").last.map { $0.lowercased() } ?? ""
    guard output == "-" || output.contains(".") && (ext == "html" || ext == "htm") else {
      throw ValidationError("-o must name a .html or .htm file, or - (got '\(output)').")
    }
    for e in userEvents where EventsCommand.parse(e) == nil {
      throw ValidationError("--event must be DATE:LABEL (2024-07-23:ETF launch), got '\(e)'.")
    }
    if staticOnly && !userEvents.isEmpty {
      throw ValidationError("--event marks the interactive charts; --static has none.")
    }
  }

  func run() throws {
    let ws = input.workspace
    let (seriesA, seriesB) = try ws.pair(a, b)
    // The full analysis, as `analyze` makes it: the headline counts the same senses, and the
    // page carries the same follow-up sections.
    let full = try ws.decouplingReport(seriesA, seriesB, options: common.analysisOptions)
    let summary = full.summary
    var matrix: CorrelationMatrixReport?
    if !noMatrix {
      matrix = try charting.pairMatrix(
        ws, seriesA, seriesB, names: (a, b), asOf: summary.asOf, options: common.analysisOptions)
    }
    let page: HTMLReport
    if staticOnly {
      page = full.report(matrix: matrix, options: charting.chartOptions)
    } else {
      // The band the dashboard draws: Pearson with its 95% Fisher-z interval.
      let band = try CoMovement.correlation(
        seriesA, seriesB, method: .pearson, confidence: 0.95,
        options: common.analysisOptions)
      page = full.interactiveReport(
        matrix: matrix, band: band, options: charting.chartOptions,
        events: userEvents.compactMap(EventsCommand.parse).map {
          // Marked on this pair's charts (the charts mark the events of their assets).
          var e = $0
          e.assets = [full.summary.nameA, full.summary.nameB]
          return e
        })
    }
    let html = page.html
    if output == "-" {
      print(html, terminator: html.hasSuffix("\n") ? "" : "\n")
    } else {
      try ws.writeReport(html, to: output)
      // One line on success, naming the file (stdout); nothing is printed when writing fails.
      print("Wrote the report of \(a) and \(b) to \(output).")
    }
  }
}
