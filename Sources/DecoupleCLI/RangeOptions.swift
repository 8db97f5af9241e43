import ArgumentParser
import DecoupleData

/// The data range every command that reads history shares (CONVENTIONS.md): `--from`, `--to`
/// and its alias `--as-of`. Nothing after the as-of day is used.
struct RangeOptions: ParsableArguments {
  @Option(name: .customLong("from"), help: "First day of data used (YYYY-MM-DD).")
  var from: Day?

  @Option(name: .customLong("to"), help: "Last day of data used, the as-of day (YYYY-MM-DD).")
  var to: Day?

  @Option(name: .customLong("as-of"), help: "Alias of --to: nothing after it is used.")
  var asOf: Day?

  /// The as-of day: `--to` or its alias `--as-of`.
  var end: Day? { to ?? asOf }

  func validate() throws {
    if to != nil && asOf != nil && to != asOf {
      throw ValidationError("--to and --as-of are the same option; give one of them.")
    }
    if let f = from, let t = end, f > t {
      throw ValidationError("--from \(f.iso) is after --to \(t.iso).")
    }
  }
}
