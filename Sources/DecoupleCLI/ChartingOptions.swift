import ArgumentParser
import DecoupleData
import DecoupleRender
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

  var chartOptions: ChartOptions { ChartOptions(rebase: rebase, scale: scale) }

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
