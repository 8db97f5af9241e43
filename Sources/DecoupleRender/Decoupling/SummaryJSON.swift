import DecoupleAnalysis
import DecoupleData

/// The JSON document of `decouple analyze` (schema in docs/json.md).
extension DecouplingSummary {
  public var json: JSONValue { json(series: true) }

  /// The document; without its last key, `series` (the daily rows), when `series` is false.
  public func json(series: Bool) -> JSONValue {
    var fields: [(String, JSONValue)] = [
      ("pair", .object([("a", .string(nameA)), ("b", .string(nameB))])),
      ("window", .integer(options.window)),
      ("minPeriods", .integer(options.minPeriods ?? options.window)),
      ("returns", .string(options.returns.rawValue)),
      ("frequency", .string(options.frequency.rawValue)),
      ("asOf", .string(asOf.iso)),
      ("windowStart", .string(windowStart.iso)),
      ("historyStart", .string(historyStart.iso)),
      ("observations", .integer(observations)),
      ("extremeFraction", .number(options.extremeFraction)),
      ("independentWindows", .integer(depth.independentWindows)),
      ("minimumWindows", .integer(HistoryDepth.minimumWindows)),
      ("enoughHistory", .bool(depth.isEnough)),
      ("identity", .string(identity.name)),
      ("identityCorrelation", identity.correlation.map(JSONValue.finite) ?? .null),
      (
        "measures",
        .object(DecouplingMeasure.allCases.map { ($0.rawValue, self[$0].json(verdict, $0)) })
      ),
      ("verdict", verdict.json),
      ("sources", .object([("a", sources.a.json), ("b", sources.b.json)])),
      ("notes", .array(notes.map(JSONValue.string))),
    ]
    if series { fields.append(("series", .array(rows.map(\.json)))) }
    return .object(fields)
  }
}

extension DecouplingSummary.Row {
  /// The CSV/JSON column names of a series row, in order.
  public static let columns = [
    "date", "correlation", "gap", "residualDrift", "beta", "closeA", "closeB", "returnA",
    "returnB", "correlationPercentile", "gapPercentile", "residualDriftPercentile",
    "betaPercentile",
  ]

  var json: JSONValue {
    .object(
      [
        ("date", .string(date.iso)), ("correlation", .finite(correlation)), ("gap", .finite(gap)),
        ("residualDrift", .finite(residualDrift)), ("beta", .finite(beta)),
        ("closeA", .finite(closeA)), ("closeB", .finite(closeB)), ("returnA", .finite(returnA)),
        ("returnB", .finite(returnB)),
      ] + DecouplingMeasure.allCases.map { ($0.rawValue + "Percentile", .finite(percentile($0))) })
  }
}

extension MeasureSummary {
  func json(_ verdict: Verdict, _ m: DecouplingMeasure) -> JSONValue {
    let finding = verdict.findings.first { $0.measure == m }
    return .object([
      ("current", .finite(current)), ("percentile", .finite(percentile)),
      ("recordLow", recordLow.json), ("recordHigh", recordHigh.json),
      ("historyCount", .integer(historyCount)),
      ("isDecoupled", .bool(finding?.isDecoupled ?? false)),
      ("notCalled", finding?.notCalled.map { .string($0.rawValue) } ?? .null),
      ("record", finding?.record.map(JSONValue.string) ?? .null),
    ])
  }
}

extension Optional where Wrapped == DatedValue {
  var json: JSONValue {
    guard let v = self else { return .null }
    return .object([("value", .finite(v.value)), ("date", .string(v.date.iso))])
  }
}

extension Verdict {
  var json: JSONValue {
    .object([
      ("headline", .string(headline)),
      ("decoupledSenses", .array(decoupledSenses.map { .string($0.rawValue) })),
      (
        "findings",
        .array(
          findings.map { f in
            .object([
              ("measure", .string(f.measure.rawValue)), ("isDecoupled", .bool(f.isDecoupled)),
              ("record", f.record.map(JSONValue.string) ?? .null),
              ("notCalled", f.notCalled.map { .string($0.rawValue) } ?? .null),
              ("sentence", .string(f.sentence)),
            ])
          })
      ),
    ])
  }
}

extension SeriesSource {
  var json: JSONValue {
    .object([("file", .string(file)), ("format", .string(format)), ("column", .string(column))])
  }
}

extension PairIdentity {
  /// `distinct`, `identical` or `nearlyIdentical` (JSON).
  var name: String {
    switch self {
    case .distinct: "distinct"
    case .identical: "identical"
    case .nearlyIdentical: "nearlyIdentical"
    }
  }

  /// The whole-history correlation of returns when nearly identical.
  var correlation: Double? {
    if case .nearlyIdentical(let r) = self { return r }
    return nil
  }
}
