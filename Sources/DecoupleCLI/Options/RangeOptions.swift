import ArgumentParser
import DecoupleData
import DecoupleSeries

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

/// How returns are sampled, shared by every command that computes returns (CONVENTIONS.md):
/// `--returns log|simple` and `--frequency daily|weekly`.
struct SamplingOptions: ParsableArguments {
  @Option(help: "Return type when returns are computed from prices: log or simple.")
  var returns: ReturnKind = .log

  @Option(help: "Sampling: daily, or weekly (the last common close of each ISO week).")
  var frequency: Frequency = .daily
}

/// The two series of a pair, as positional arguments: A, then B (a symbol or a CSV path each).
struct PairArguments: ParsableArguments {
  @Argument(help: "Asset A: a symbol (ETH) or a CSV path.")
  var a: String

  @Argument(help: "Asset B: a symbol (RUT) or a CSV path.")
  var b: String
}
