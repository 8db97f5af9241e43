import DecoupleData
import DecoupleStats

extension AlertEngine {
  /// Days on which `m` is a record (told apart from the previous one at 95%), or with
  /// `within`, beyond or within that distance of the previous record. Each day is checked on
  /// the rows up to it (``RecordCheck``); only days near the running extreme are checked at all.
  static func recordStretches(
    _ m: DecouplingMeasure, within: Double?, in summary: DecouplingSummary
  ) -> [RuleStretch] {
    let rows = summary.rows
    let window = summary.options.window
    var low = Double.infinity
    var high = -Double.infinity
    var holds: [(Bool, Episode.Side?)] = Array(repeating: (false, nil), count: rows.count)
    let margin = within ?? 0
    for i in rows.indices {
      let cutoff = i - window + 1
      if cutoff >= 1 {
        let v = rows[cutoff - 1].value(m)
        if !v.isNaN {
          low = min(low, v)
          high = max(high, v)
        }
      }
      let v = rows[i].value(m)
      guard !v.isNaN, low.isFinite else { continue }
      let nearLow = v <= low + margin
      let nearHigh = m.isTwoSided && v >= high - margin
      guard nearLow || nearHigh else { continue }
      var prefix = summary
      prefix.rows = Array(rows[...i])
      guard let check = RecordCheck(m, in: prefix) else { continue }
      let holdsNow =
        within == nil
        ? check.finding == .distinguishableRecord
        : (check.previousRecord.map { abs(check.current - $0.value) <= margin } ?? false)
          || check.finding == .distinguishableRecord || check.finding == .recordWithinNoise
      holds[i] = (holdsNow, m.isTwoSided ? check.side : nil)
    }
    return runs(holds)
  }

  /// Days on which the latest change in the A-on-B relationship, fitted on the rows up to that
  /// day, lies inside the current window. Refitted every `step` rows (and on the last); the
  /// state holds between refits.
  static func changePointStretches(_ summary: DecouplingSummary, step: Int) -> [RuleStretch] {
    let rows = summary.rows
    let spans = ReportSpans(window: summary.options.window)
    let first = max(2 * spans.minChangePointSegment, summary.options.window)
    guard rows.count >= first else { return [] }
    var holds: [(Bool, Episode.Side?)] = Array(repeating: (false, nil), count: rows.count)
    var state = false
    var next = first - 1
    for i in (first - 1)..<rows.count {
      if i == next || i == rows.count - 1 {
        state = (try? DynamicSenses.RelationshipBreak.fit(summary, count: i + 1))?.isRecent ?? false
        next = i + max(1, step)
      }
      holds[i] = (state, nil)
    }
    return runs(holds)
  }

  /// The runs of consecutive true days; a change of side starts a new run.
  static func runs(_ holds: [(Bool, Episode.Side?)]) -> [RuleStretch] {
    var out: [RuleStretch] = []
    var open: RuleStretch?
    for (i, (on, side)) in holds.enumerated() {
      if var o = open {
        if on && side == o.side { continue }
        o.end = i
        out.append(o)
        open = nil
      }
      if on { open = RuleStretch(start: i, end: nil, side: side) }
    }
    if let o = open { out.append(o) }
    return out
  }
}

extension AlertEngine {
  /// The change-point rule on the last day alone (one fit, as a live run makes): an alert
  /// dated from the latest change when that change lies inside the current window; `nil`
  /// when it does not, or the relationship cannot be fitted.
  public static func currentChangePoint(_ rule: AlertRule, in summary: DecouplingSummary)
    -> AlertEvent?
  {
    let rows = summary.rows
    guard
      let fit = try? DynamicSenses.RelationshipBreak.fit(summary, count: rows.count),
      fit.isRecent, let change = fit.changes.last
    else { return nil }
    let last = rows.count - 1
    let start = rows.firstIndex { $0.date >= change } ?? last
    return event(rule, RuleStretch(start: start, end: nil, side: nil), firing: last, in: summary)
  }
}
