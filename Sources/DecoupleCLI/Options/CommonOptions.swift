import ArgumentParser
import DecoupleData
import DecoupleRender
import DecoupleSeries
import DecoupleWorkspace

extension OutputFormat: ExpressibleByArgument {}

extension Day: ExpressibleByArgument {
  public init?(argument: String) { self.init(iso: argument) }
}

extension ReturnKind: ExpressibleByArgument {}
extension Frequency: ExpressibleByArgument {}

/// The options every analysis command shares (CONVENTIONS.md): same name, same meaning.
/// `--format` is not among them: each command that prints a result declares it (`chart` and
/// `report` write files and have no format).
struct CommonOptions: ParsableArguments {
  @Option(help: "Rolling window in observations.")
  var window: Int = 90

  @OptionGroup var range: RangeOptions

  @OptionGroup var sampling: SamplingOptions

  @Option(help: "Fewest observations for a value (default: the window).")
  var minPeriods: Int?

  mutating func validate() throws {
    guard window >= 1 else { throw ValidationError("--window must be at least 1 (got \(window)).") }
    if let m = minPeriods, !(1...window).contains(m) {
      throw ValidationError("--min-periods must be between 1 and the window \(window) (got \(m)).")
    }
  }
}

/// Where series come from: the local store (`--store`), which symbols resolve from before the
/// embedded dataset, and how CSV files are read (CONVENTIONS.md). Every command that names
/// series gets them from ``workspace``, so all of them see the same store and rules.
struct InputOptions: ParsableArguments {
  @OptionGroup var storeOptions: StoreOptions

  @Option(help: "For a generic CSV: the column holding dates.")
  var dateColumn: String?

  @Option(help: "For a generic CSV: the column holding values.")
  var valueColumn: String?

  @Flag(help: "Keep a 24/7 market's partial last day (excluded by default).")
  var includePartialDay = false

  @Option(
    help: ArgumentHelp(
      "For a CSV file: the asset it holds (ETH, BTC…).",
      discussion: "Decides asset-specific sections, such as the drivers of ETH."))
  var asset: String?

  var importOptions: ImportOptions {
    var o = ImportOptions()
    o.dateColumn = dateColumn
    o.valueColumn = valueColumn
    o.includePartialLastDay = includePartialDay
    return o
  }

  /// The workspace every series of the command comes from.
  var workspace: Workspace {
    Workspace(storePath: storeOptions.store, importOptions: importOptions, fileAsset: asset)
  }
}

extension CommonOptions {
  /// `--returns`.
  var returns: ReturnKind { sampling.returns }
  /// `--frequency`.
  var frequency: Frequency { sampling.frequency }
  /// First day of data used.
  var from: Day? { range.from }
  /// The as-of day: `--to` or its alias `--as-of`.
  var end: Day? { range.end }
}
