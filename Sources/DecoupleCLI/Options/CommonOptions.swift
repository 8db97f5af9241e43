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
extension DecimalMark: ExpressibleByArgument {}
extension DateFormat: ExpressibleByArgument {}
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
    try OptionLimits.check(window, "--window", atLeast: 1)
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

  @Option(
    help: ArgumentHelp(
      "For a CSV file: the field delimiter (',', ';', 'tab', '|'…; detected by default).",
      valueName: "char"),
    transform: InputOptions.delimiter)
  var delimiter: Character?

  @Option(help: "For a CSV file: the decimal mark, point or comma (detected by default).")
  var decimal: DecimalMark?

  @Option(
    help: ArgumentHelp(
      "For a CSV file: how dates are written (detected by default).",
      discussion: "One of " + DateFormat.allCases.map(\.rawValue).joined(separator: ", ") + "."))
  var dateFormat: DateFormat?

  @Option(
    help: "For a CSV file: the name its series goes by in the output (default: the file's stem).")
  var name: String?

  var importOptions: ImportOptions {
    var o = ImportOptions()
    o.dateColumn = dateColumn
    o.valueColumn = valueColumn
    o.includePartialLastDay = includePartialDay
    o.delimiter = delimiter
    o.decimal = decimal
    o.dateFormat = dateFormat
    o.name = name
    return o
  }

  /// `--delimiter`: one ASCII character, or `tab`.
  static func delimiter(_ text: String) throws -> Character {
    if text.lowercased() == "tab" || text == "\\t" { return "\t" }
    guard text.count == 1, let c = text.first, c.isASCII, c != "\"", !c.isNewline else {
      throw ValidationError(
        "--delimiter must be one ASCII character other than a quote, or 'tab' (got '\(text)').")
    }
    return c
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
