import ArgumentParser
import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import DecoupleWorkspace
import Foundation

extension ChartKind: ExpressibleByArgument {}
extension Scale.Kind: ExpressibleByArgument {}

/// Options shared by `chart` and `report`.
struct ChartingOptions: ParsableArguments {
  @Option(help: "Rebase the performance chart to 100 on this day (default: the first day).")
  var rebase: Day?

  @Option(help: "Performance chart y scale: linear or log (default: log when prices span > 4×).")
  var scale: Scale.Kind?

  @Option(
    help: ArgumentHelp(
      "Comma-separated symbols of the correlation matrix (A and B are added first).",
      valueName: "symbols"))
  var universe: String = "ETH,BTC,RUT,SPY,QQQ,IWM"

  @Option(
    help: ArgumentHelp(
      "The scatter chart's periods, e.g. 2021-01-01:2021-12-31,2026-01-01:2026-06-04 "
        + "(default: the history before the current window, and the window).",
      valueName: "from:to,from:to"))
  var periods: String?

  /// The parsed `--periods`.
  var periodRanges: [ClosedRange<Day>] {
    get throws {
      guard let periods else { return [] }
      return try periods.split(separator: ",").map { part in
        let ends = part.split(separator: ":")
        guard ends.count == 2, let f = Day(iso: ends[0]), let t = Day(iso: ends[1]), f <= t else {
          throw ValidationError(
            "--periods takes FROM:TO ranges of ISO days separated by commas (got '\(part)').")
        }
        return f...t
      }
    }
  }

  func validate() throws { _ = try periodRanges }

  var chartOptions: ChartOptions {
    ChartOptions(rebase: rebase, scale: scale, periods: (try? periodRanges) ?? [])
  }

  /// The correlation matrix of A, B and the universe's other symbols, each pair on its own
  /// common days, as of the pair's as-of day (`asOf`), so that `chart matrix` and the report
  /// show the same days and values.
  func pairMatrix(
    _ ws: Workspace, _ a: DailySeries, _ b: DailySeries, names: (String, String), asOf: Day,
    options: AnalysisOptions
  ) throws -> CorrelationMatrixReport {
    let others = try universeSymbols(names.0, names.1).dropFirst(2).map { try ws.series($0) }
    var options = options
    options.to = asOf
    return try CoMovement.matrix([a, b] + others, pairwiseComplete: true, options: options)
  }

  /// A and B, then the universe's other symbols, in order, without repeats.
  func universeSymbols(_ a: String, _ b: String) -> [String] {
    var out: [String] = []
    for s in [a, b] + universe.split(separator: ",").map({ String($0).trimmed }) where !s.isEmpty {
      if !out.contains(s) { out.append(s) }
    }
    return out
  }
}

extension String {
  var trimmed: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
