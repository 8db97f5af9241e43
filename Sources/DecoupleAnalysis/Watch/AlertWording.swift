import DecoupleData

/// The sentence each alert carries: what the measure is on the firing day, which condition
/// that meets, and since when.
enum AlertWording {
  static func sentence(
    _ rule: AlertRule, _ summary: DecouplingSummary, row i: Int, since: Day,
    side: Episode.Side?, percentile: Double?, value: Double?
  ) -> String {
    let (a, b) = (summary.nameA, summary.nameB)
    let row = summary.rows[i]
    let day = row.date.iso
    let rank = percentile.map { ", the \(Verdict.ordinal($0)) percentile of its history" } ?? ""
    let held = since == row.date ? "" : " (since \(since.iso))"
    switch rule.condition {
    case .enters(let m, let r):
      return "\(Verdict.valueText(m, row.value(m), a, b)) on \(day)\(rank): the \(m.label) is in "
        + "its \(AlertRule.extreme(m, r.enter))\(held), \(reading(m, side, a, b))."
    case .leaves(let m, _):
      return "\(Verdict.valueText(m, row.value(m), a, b)) on \(day)\(rank): the \(m.label) is "
        + "back from its extreme, where it had been since \(since.iso)."
    case .below(let m, let level, _), .above(let m, let level, _):
      let word = { if case .below = rule.condition { return "below" } else { return "above" } }()
      return "\(Verdict.valueText(m, row.value(m), a, b)) on \(day): \(word) the "
        + "\(AlertRule.value(m, level)) watched\(held)."
    case .gapBeyond(let size, _):
      return "\(Verdict.valueText(.gap, row.gap, a, b)) on \(day): beyond the "
        + "\(AlertRule.value(.gap, size)) watched\(held)."
    case .record(let m, _):
      var prefix = summary
      prefix.rows = Array(summary.rows[...i])
      let check = RecordCheck(m, in: prefix)
      return (check?.sentence ?? "The \(m.label) is at a record.") + " (\(day)\(held))"
    case .entersDynamic(let r):
      return "Dynamic (DCC-GARCH) correlation \(value.map { Wording.fixed($0, 2) } ?? "–") on "
        + "\(day)\(rank): in its bottom \(Wording.fixed(r.enter * 100, 0))%\(held), returns move "
        + "together less than usual once volatility clustering is filtered out."
    case .leavesDynamic:
      return "Dynamic (DCC-GARCH) correlation \(value.map { Wording.fixed($0, 2) } ?? "–") on "
        + "\(day)\(rank): back from its extreme, where it had been since \(since.iso)."
    case .changePoint:
      return "The \(a)-on-\(b) relationship changed inside the current window (PELT, BIC), "
        + "as fitted on the data to \(day)\(held): a decoupling sense."
    }
  }

  static func reading(_ m: DecouplingMeasure, _ side: Episode.Side?, _ a: String, _ b: String)
    -> String
  {
    switch m {
    case .correlation: "returns move together less than usual"
    case .beta: "\(a) responds to \(b) less than usual"
    case .gap:
      side == .high ? "\(a) unusually far ahead of \(b)" : "\(a) unusually far behind \(b)"
    case .residualDrift:
      side == .high
        ? "\(a) unusually far above what its beta to \(b) explains"
        : "\(a) unusually far below what its beta to \(b) explains"
    }
  }
}
