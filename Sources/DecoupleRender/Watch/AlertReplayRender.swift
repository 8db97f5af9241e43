import DecoupleAnalysis
import DecoupleData
import Foundation

extension AlertEvent {
  /// The alert as JSON: the fields of the webhook body that describe the event.
  public var json: JSONValue {
    .object([
      ("rule", .string(rule.key)), ("ruleText", .string(rule.label)),
      ("day", .string(day.iso)), ("since", .string(since.iso)),
      ("endedOn", endedOn.map { .string($0.iso) } ?? .null), ("duration", .integer(duration)),
      ("value", .finite(value)), ("percentile", .finite(percentile)),
      ("side", side.map { .string($0.rawValue) } ?? .null), ("sentence", .string(sentence)),
    ])
  }
}

extension AlertReplay: Presentable {
  public static let columns = [
    "rule", "day", "since", "endedOn", "duration", "value", "percentile", "side",
    "returnA30", "returnB30", "returnA90", "returnB90",
  ]

  public var json: JSONValue {
    .object([
      ("pair", .object([("a", .string(nameA)), ("b", .string(nameB))])),
      ("window", .integer(window)), ("from", .string(from.iso)), ("asOf", .string(asOf.iso)),
      ("firstCallable", firstCallable.map { .string($0.iso) } ?? .null),
      ("refitStep", .integer(refitStep)),
      (
        "baseRateABeatB",
        .object(zip(Self.horizons, baseRateABeatB).map { ("\($0)d", .finite($1)) })
      ),
      (
        "rules",
        .array(
          rules.map { r in
            .object([
              ("rule", .string(r.key)), ("ruleText", .string(r.label)),
              ("alerts", .integer(entries(of: r).count)),
            ])
          })
      ),
      (
        "alerts",
        .array(
          entries.map { e in
            var fields: [(String, JSONValue)]
            if case .object(let f) = e.event.json { fields = f } else { fields = [] }
            for (k, h) in Self.horizons.enumerated() {
              fields.append(("returnA\(h)", .finite(e.forwardA[k])))
              fields.append(("returnB\(h)", .finite(e.forwardB[k])))
            }
            return .object(fields)
          })
      ),
    ])
  }

  public var csv: String { CSVWriter.table(header: Self.columns, rows: csvRows) }

  /// The CSV's rows, one per alert, in ``columns`` order (without the header).
  public var csvRows: [[String]] {
    entries.map { e in
      let ev = e.event
      return [
        ev.rule.key, ev.day.iso, ev.since.iso, ev.endedOn?.iso ?? "", String(ev.duration),
        ev.value.map(CSVWriter.number) ?? "", ev.percentile.map(CSVWriter.number) ?? "",
        ev.side?.rawValue ?? "",
      ]
        + zip(e.forwardA, e.forwardB).flatMap { [$0, $1] }.map {
          $0.map(CSVWriter.number) ?? ""
        }
    }
  }

  public var text: String {
    let n = entries.count
    var lines = [
      "\(nameA) vs \(nameB): \(n) alert\(n == 1 ? "" : "s") would have fired from \(from.iso) "
        + "to \(asOf.iso) (window \(window))."
    ]
    var notes: [String] = []
    if let c = firstCallable, rules.contains(where: \.ranksHistory), c > from {
      notes.append(
        "Rules that rank a measure against its history fire from \(c.iso), when the history "
          + "first holds \(HistoryDepth.minimumWindows) non-overlapping windows.")
    }
    var refitted: [String] = []
    for rule in rules {
      switch rule.condition {
      case .changePoint: refitted.append("change-point")
      case .entersDynamic, .leavesDynamic: refitted.append("dynamic-correlation")
      default: break
      }
    }
    let models = Array(Set(refitted)).sorted()
    if !models.isEmpty && refitStep > 1 {
      let which = models.joined(separator: " and ")
      notes.append(
        "The \(which) model\(models.count == 1 ? " is" : "s are") refitted every \(refitStep) "
          + "observations, so \(models.count == 1 ? "its" : "their") alerts may come up to "
          + "\(refitStep - 1) observations late.")
    }
    for note in notes { lines += TextStyle.wrap(note) }
    lines.append("")
    for (k, rule) in rules.enumerated() {
      if k > 0 { lines.append("") }
      lines += ruleSection(rule)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  func ruleSection(_ rule: AlertRule) -> [String] {
    let mine = entries(of: rule)
    let head = "\(rule.label): \(mine.count) alert\(mine.count == 1 ? "" : "s")"
    guard !mine.isEmpty else { return [head] }
    var lines: [String] = []
    let closed = mine.filter { $0.event.endedOn != nil }.map(\.event.duration).sorted()
    let median: Int? =
      closed.isEmpty
      ? nil
      : closed.count % 2 == 1
        ? closed[closed.count / 2]
        : Int((Double(closed[closed.count / 2 - 1] + closed[closed.count / 2]) / 2).rounded())
    lines += TextStyle.wrap(
      head
        + (median.map {
          closed.count == 1
            ? ", lasting \($0) observations" : ", lasting a median \($0) observations"
        } ?? "")
        + "."
        + afterSentence(rule, horizon: Self.horizons.count - 1))
    let rows = mine.map { e -> [String] in
      let ev = e.event
      return [
        ev.day.iso, ev.since.iso, ev.endedOn?.iso ?? "open", String(ev.duration),
      ] + zip(e.forwardA, e.forwardB).flatMap { [Self.percent($0), Self.percent($1)] }
    }
    let h = Self.horizons
    lines += TextLayout.table(
      header: ["fired", "since", "ended", "obs"]
        + h.flatMap { ["\(nameA) \($0)d", "\(nameB) \($0)d"] },
      rows: rows, rightAligned: Set(3..<(4 + 2 * h.count))
    ).map { "  " + $0 }
    return lines
  }

  /// How often A beat B over the horizon after the alerts, against every day's base rate, and
  /// whether that many alerts can tell the two apart.
  func afterSentence(_ rule: AlertRule, horizon k: Int) -> String {
    let (beat, count, p) = afterEvidence(of: rule, horizon: k)
    guard count > 0 else { return "" }
    let base = baseRateABeatB[k].map { " (on all days watched: \(Self.share($0)))" } ?? ""
    var verdict = ""
    if count < HistoryDepth.minimumWindows {
      verdict = "; too few alerts to tell that from chance"
    } else if let p {
      let shown = p < 0.001 ? "p < 0.001" : "p = " + Wording.fixed(p, 3)
      let base = baseRateABeatB[k] ?? 0.5
      let side = Double(beat) / Double(count) > base ? "more" : "less"
      verdict =
        p < 0.05
        ? "; \(side) often than on all days by more than chance would give (binomial \(shown)), "
          + "though alerts close together share their after-periods, which makes it look surer "
          + "than it is"
        : "; no different from chance (binomial \(shown))"
    }
    return " \(Self.horizons[k]) days after, \(nameA) beat \(nameB) after \(beat) of "
      + "\(count)\(base)\(verdict)."
  }

  static func percent(_ v: Double?) -> String {
    guard let v, v.isFinite else { return "–" }
    return Wording.signed(v * 100, 1) + "%"
  }

  static func share(_ v: Double) -> String { Wording.fixed(v * 100, 0) + "%" }
}
