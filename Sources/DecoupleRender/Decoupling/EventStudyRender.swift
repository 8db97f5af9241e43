import DecoupleAnalysis
import DecoupleData
import Foundation

extension EventStudy: Presentable {
  public static let columns = [
    "date", "event", "day", "correlationBefore", "correlationAfter", "correlationZ",
    "correlationP", "correlationPHolm", "betaBefore", "betaAfter", "betaChange",
    "betaChangeSE", "betaChangeP", "betaChangePHolm", "volatilityABefore", "volatilityAAfter",
    "volatilityBBefore", "volatilityBAfter", "gapBefore", "gapAfter",
  ]

  static func window(_ w: Window) -> JSONValue {
    .object([
      ("first", .string(w.first.iso)), ("last", .string(w.last.iso)), ("count", .integer(w.count)),
      ("correlation", .finite(w.correlation)), ("beta", .finite(w.beta)),
      ("volatilityA", .finite(w.volatilityA)), ("volatilityB", .finite(w.volatilityB)),
      ("gap", .finite(w.gap)),
    ])
  }

  public var json: JSONValue {
    .object([
      ("pair", .object([("a", .string(nameA)), ("b", .string(nameB))])),
      ("window", .integer(window)), ("hacLags", .integer(lags)),
      ("tests", .integer(2 * changes.count)),
      (
        "events",
        .array(
          changes.map { c in
            .object([
              ("date", .string(c.event.date.iso)), ("event", .string(c.event.label)),
              ("source", .string(c.event.source)), ("day", .string(c.day.iso)),
              ("before", Self.window(c.before)), ("after", Self.window(c.after)),
              ("correlationZ", .finite(c.correlation.z)),
              ("correlationP", .finite(c.correlation.pValue)),
              ("correlationPHolm", .finite(c.correlationPHolm)),
              ("betaChange", .finite(c.betaChange)),
              ("betaChangeSE", .finite(c.betaChangeStandardError)),
              ("betaChangeP", .finite(c.betaChangePValue)),
              ("betaChangePHolm", .finite(c.betaChangePHolm)),
            ])
          })
      ),
      (
        "skipped",
        .array(
          skipped.map {
            .object([
              ("date", .string($0.event.date.iso)), ("event", .string($0.event.label)),
              ("reason", .string($0.reason)),
            ])
          })
      ),
    ])
  }

  public var csv: String {
    CSVWriter.table(
      header: Self.columns,
      rows: changes.map { c in
        [c.event.date.iso, c.event.label, c.day.iso]
          + [
            c.before.correlation, c.after.correlation, c.correlation.z, c.correlation.pValue,
            c.correlationPHolm, c.before.beta, c.after.beta, c.betaChange,
            c.betaChangeStandardError, c.betaChangePValue, c.betaChangePHolm,
            c.before.volatilityA, c.after.volatilityA, c.before.volatilityB,
            c.after.volatilityB, c.before.gap, c.after.gap,
          ].map(CSVWriter.number)
      })
  }

  /// The verdict: at how many events the relationship changed, on each event's own tests and
  /// after adjusting for the number of tests.
  public var headline: String {
    let n = changes.count
    guard n > 0 else {
      return "No event has \(window) returns of \(nameA) and \(nameB) on both sides to compare."
    }
    let own = changes.filter { $0.changed() }
    let adjusted = changes.filter { $0.changed(adjusted: true) }
    let events = "\(n) event\(n == 1 ? "" : "s")"
    var text =
      "Around \(events), the \(nameA)–\(nameB) relationship (correlation or beta) changed at "
      + "\(own.count) by more than chance would give on the event's own tests (p < 0.05)"
    if n > 1 {
      text +=
        "; counting all \(2 * n) tests (Holm), at \(adjusted.isEmpty ? "none" : "\(adjusted.count)")"
      if !adjusted.isEmpty {
        text += ": " + adjusted.map { "\($0.event.label) (\($0.day.iso))" }.joined(separator: ", ")
      }
    }
    return text + "."
  }

  public var text: String {
    var lines = TextStyle.wrap(headline)
    lines.append("")
    lines += TextStyle.wrap(
      "\(window) returns before each event day and \(window) from it. Correlation: Fisher z; "
        + "beta: the change in one regression over both windows with Newey–West errors "
        + "(\(lags) lags). p: the event's own test; Holm: adjusted for all \(2 * changes.count) "
        + "tests.")
    lines.append("")
    guard !changes.isEmpty else { return lines.joined(separator: "\n") + "\n" }
    let p = { (v: Double) in v.isNaN ? "–" : (v < 0.001 ? "<0.001" : Wording.fixed(v, 3)) }
    let rows = changes.map { c in
      [
        c.day.iso, c.event.short,
        "\(Wording.fixed(c.before.correlation, 2)) → \(Wording.fixed(c.after.correlation, 2))",
        p(c.correlation.pValue), p(c.correlationPHolm),
        "\(Wording.fixed(c.before.beta, 2)) → \(Wording.fixed(c.after.beta, 2))",
        p(c.betaChangePValue), p(c.betaChangePHolm),
      ]
    }
    lines += TextLayout.table(
      header: ["day", "event", "correlation", "p", "Holm", "beta", "p", "Holm"], rows: rows,
      rightAligned: [3, 4, 6, 7])
    lines.append("")
    let vol = { (v: Double) in Wording.fixed(v * 100, 2) + "%" }
    let pts = { (v: Double) in Wording.signed(v * 100, 1) }
    lines += TextLayout.table(
      header: ["day", "event", "\(nameA) vol", "\(nameB) vol", "gap, pts"],
      rows: changes.map { c in
        [
          c.day.iso, c.event.short, "\(vol(c.before.volatilityA)) → \(vol(c.after.volatilityA))",
          "\(vol(c.before.volatilityB)) → \(vol(c.after.volatilityB))",
          "\(pts(c.before.gap)) → \(pts(c.after.gap))",
        ]
      }, rightAligned: [])
    for s in skipped {
      lines += TextStyle.wrap("\(s.event.label) (\(s.event.date.iso)) is left out: \(s.reason).")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
