import DecoupleAnalysis
import DecoupleData

extension RateSensitivity {
  public var json: JSONValue {
    .object([
      ("asOf", .string(asOf.iso)), ("yield", .string(yield)), ("window", .integer(window)),
      (
        "levels",
        .object(
          levels.map {
            ($0.name, .object([("value", .finite($0.value)), ("date", .string($0.date.iso))]))
          })
      ),
      ("changesBp", .object(changes.map { ($0.name, .finite($0.bp)) })),
      (
        "sensitivities",
        .array(
          sensitivities.map { s in
            .object([
              ("asset", .string(s.asset)), ("betaPer100bp", .finite(s.betaPer100bp.current)),
              ("percentile", .finite(s.betaPer100bp.percentile)),
              ("correlation", .finite(s.correlation.current)),
              ("recordLow", s.betaPer100bp.recordLow.json),
              ("recordHigh", s.betaPer100bp.recordHigh.json),
            ])
          })
      ),
      ("sentences", .array(sentences.map(JSONValue.string))),
    ])
  }

  /// One row per day: each asset's rolling beta per 100 bp.
  public var csv: String {
    var byDay: [Day: [String: Double]] = [:]
    for s in sensitivities {
      for (d, b) in zip(s.days, s.betas) { byDay[d, default: [:]][s.asset] = b }
    }
    let names = sensitivities.map(\.asset)
    return CSVWriter.table(
      header: ["date"] + names.map { "\($0)BetaPer100bp" },
      rows: byDay.keys.sorted().map { d in
        [d.iso] + names.map { CSVWriter.number(byDay[d]?[$0] ?? .nan) }
      })
  }

  public var text: String {
    (["Rates and rate sensitivity (\(RateNames.label(yield)), \(window)-observation window)", ""]
      + sentences.flatMap { TextLayout.wrap($0, width: TextStyle.columns, indent: 2, prefix: "· ") })
      .joined(separator: "\n") + "\n"
  }
}
