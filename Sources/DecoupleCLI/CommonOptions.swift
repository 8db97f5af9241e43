import ArgumentParser
import DecoupleData
import DecoupleSeries

/// How a command prints its result.
public enum OutputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
  case text, json, csv
}

extension Day: ExpressibleByArgument {
  public init?(argument: String) { self.init(iso: argument) }
}

extension ReturnKind: ExpressibleByArgument {}
extension Frequency: ExpressibleByArgument {}

/// The options every analysis command shares (CONVENTIONS.md): same name, same meaning.
struct CommonOptions: ParsableArguments {
  @Option(help: "Rolling window in observations.")
  var window: Int = 90

  @Option(name: .customLong("from"), help: "First day of data used (YYYY-MM-DD).")
  var from: Day?

  @Option(name: .customLong("to"), help: "Last day of data used, the as-of day (YYYY-MM-DD).")
  var to: Day?

  @Option(name: .customLong("as-of"), help: "Alias of --to: the analysis sees nothing after it.")
  var asOf: Day?

  @Option(help: "Return type: log or simple.")
  var returns: ReturnKind = .log

  @Option(help: "Sampling: daily, or weekly (last common close of each ISO week).")
  var frequency: Frequency = .daily

  @Option(help: "Fewest observations for a value (default: the window).")
  var minPeriods: Int?

  @Option(help: "Output: text for people, json or csv for programs.")
  var format: OutputFormat = .text

  @Option(help: "The local SQLite store (default: $XDG_DATA_HOME/decouple/decouple.sqlite).")
  var store: String?

  /// The as-of day: `--to` or its alias `--as-of`.
  var end: Day? { to ?? asOf }

  mutating func validate() throws {
    guard window >= 1 else { throw ValidationError("--window must be at least 1 (got \(window)).") }
    if let m = minPeriods, !(1...window).contains(m) {
      throw ValidationError("--min-periods must be between 1 and the window \(window) (got \(m)).")
    }
    if to != nil && asOf != nil && to != asOf {
      throw ValidationError("--to and --as-of are the same option; give one of them.")
    }
    if let f = from, let t = end, f > t {
      throw ValidationError("--from \(f.iso) is after --to \(t.iso).")
    }
  }
}

extension CommonOptions {
  /// The series `spec` names: a path, a stored symbol, or an embedded one (in that order for
  /// symbols: the store first).
  func resolve(_ spec: String, _ input: InputOptions) throws -> DailySeries {
    try SeriesResolver.resolve(
      spec, options: input.importOptions, store: StoreLocation(path: store).openIfPresent())
  }
}

/// Options for reading a series from a file rather than the embedded dataset.
struct InputOptions: ParsableArguments {
  @Option(help: "For a generic CSV: the column holding dates.")
  var dateColumn: String?

  @Option(help: "For a generic CSV: the column holding values.")
  var valueColumn: String?

  @Flag(help: "Keep a 24/7 market's partial last day (excluded by default).")
  var includePartialDay = false

  var importOptions: ImportOptions {
    var o = ImportOptions()
    o.dateColumn = dateColumn
    o.valueColumn = valueColumn
    o.includePartialLastDay = includePartialDay
    return o
  }
}
