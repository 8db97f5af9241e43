import ArgumentParser
import DecoupleData
import DecoupleSeries

extension ValueKind: ExpressibleByArgument {}

/// Options of the estimation and time-series commands (garch, dcc, breaks, stationarity, coint):
/// CommonOptions' data-range, return and output options (same names, same meaning), without
/// the rolling window, plus `--input`.
struct EstimationOptions: ParsableArguments {
  @Option(name: .customLong("from"), help: "First day of data used (YYYY-MM-DD).")
  var from: Day?

  @Option(name: .customLong("to"), help: "Last day of data used, the as-of day (YYYY-MM-DD).")
  var to: Day?

  @Option(name: .customLong("as-of"), help: "Alias of --to: nothing after it is used.")
  var asOf: Day?

  @Option(help: "Return type when returns are computed from prices: log or simple.")
  var returns: ReturnKind = .log

  @Option(help: "Sampling: daily, or weekly (last common day of each ISO week).")
  var frequency: Frequency = .daily

  @Option(help: "What the values are: prices, or returns as fractions (0.01 = 1%).")
  var input: ValueKind = .prices

  @Option(help: "Output: text for people, json or csv for programs.")
  var format: OutputFormat = .text

  var end: Day? { to ?? asOf }

  mutating func validate() throws {
    if to != nil && asOf != nil && to != asOf {
      throw ValidationError("--to and --as-of are the same option; give one of them.")
    }
    if let f = from, let t = end, f > t {
      throw ValidationError("--from \(f.iso) is after --to \(t.iso).")
    }
  }

  /// Every series the specs name (files with several value columns give one per column),
  /// as percent returns on their common days.
  func panel(_ specs: [String], input files: InputOptions) throws -> ReturnPanel {
    let series = try specs.flatMap { spec in
      try SeriesResolver.resolveAll(spec, options: files.importOptions).map { resolved in
        // `path.csv:COLUMN` is shown as COLUMN; other names as resolved.
        var s = resolved
        if SeriesResolver.isPath(spec), let colon = spec.lastIndex(of: ":"),
          spec[..<colon].lowercased().hasSuffix(".csv")
        {
          s.name = String(spec[spec.index(after: colon)...])
        }
        return s
      }
    }
    return try ReturnPanel(
      series, input: input, kind: returns, frequency: frequency, from: from, to: end)
  }

  func print(text: String, json: String, csv: String) {
    switch format {
    case .text: Swift.print(text, terminator: "")
    case .json: Swift.print(json)
    case .csv: Swift.print(csv, terminator: "")
    }
  }
}
