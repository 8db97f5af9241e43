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

  @OptionGroup var range: RangeOptions

  @Option(help: "Return type: log or simple.")
  var returns: ReturnKind = .log

  @Option(help: "Sampling: daily, or weekly (last common close of each ISO week).")
  var frequency: Frequency = .daily

  @Option(help: "Fewest observations for a value (default: the window).")
  var minPeriods: Int?

  @Option(help: "Output: text for people, json or csv for programs.")
  var format: OutputFormat = .text

  mutating func validate() throws {
    guard window >= 1 else { throw ValidationError("--window must be at least 1 (got \(window)).") }
    if let m = minPeriods, !(1...window).contains(m) {
      throw ValidationError("--min-periods must be between 1 and the window \(window) (got \(m)).")
    }
  }
}

/// Where series come from: CSV options for files, and the local store (`--store`), which symbols
/// resolve from before the embedded dataset (CONVENTIONS.md). Every command that names series
/// resolves them here, so all of them see the same store.
struct InputOptions: ParsableArguments {
  @OptionGroup var storeOptions: StoreOptions

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

  /// The series `spec` names: a path, a stored symbol, or an embedded one (the store first).
  func resolve(_ spec: String) throws -> DailySeries {
    try SeriesResolver.resolve(
      spec, options: importOptions, store: storeOptions.location.openIfPresent())
  }

  /// Every series `spec` names: one per value column of a file that has no obvious one.
  func resolveAll(_ spec: String) throws -> [DailySeries] {
    try SeriesResolver.resolveAll(
      spec, options: importOptions, store: storeOptions.location.openIfPresent())
  }
}

extension CommonOptions {
  /// First day of data used.
  var from: Day? { range.from }
  /// The as-of day: `--to` or its alias `--as-of`.
  var end: Day? { range.end }
}
