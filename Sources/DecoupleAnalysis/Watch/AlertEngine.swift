import DecoupleData
import DecoupleStats
import Foundation

/// A stretch of consecutive observations during which a rule's condition held.
public struct RuleStretch: Sendable, Equatable {
  /// Row index of the first observation it held.
  public var start: Int
  /// Row index of the first observation it no longer held; `nil` while it holds on the last
  /// row.
  public var end: Int?
  /// The measure's side, for two-sided senses ("low": A behind; "high": A ahead).
  public var side: Episode.Side?

  public init(start: Int, end: Int?, side: Episode.Side?) {
    self.start = start
    self.end = end
    self.side = side
  }
}

/// One alert: a rule's condition started (or, for ``AlertRule/Condition/leaves(_:_:)``, ended)
/// holding on a pair.
public struct AlertEvent: Sendable, Equatable {
  public var rule: AlertRule
  /// The day the alert fires: the first evaluated closed day the condition held (its start,
  /// or the first day it could be called, or the first day watched); for a rule firing on the
  /// end, the day it ended.
  public var day: Day
  /// The first day the condition held: with the pair and the rule, it names the stretch, so a
  /// stretch raises one alert however many runs see it.
  public var since: Day
  /// The day it stopped holding; `nil` while it holds on the last day evaluated.
  public var endedOn: Day?
  /// Observations the condition held, to its end or the last day evaluated.
  public var duration: Int
  /// The measure's value and percentile (of its history up to then) on the firing day, where
  /// the rule has one.
  public var value: Double?
  public var percentile: Double?
  public var side: Episode.Side?
  /// What happened, in one sentence a reader can quote.
  public var sentence: String
}

/// Evaluates alert rules on a pair's decoupling summary.
///
/// Each rule's condition is computed for every row from the rows up to it only, so
/// ``events(_:in:from:refitStep:)`` over a long history gives what a watch run every day
/// would have given.
public enum AlertEngine {
  /// Row index of the first day a rule ranking its measure may fire: the first day the
  /// history holds ``HistoryDepth/minimumWindows`` non-overlapping windows. `nil` when A and B
  /// are the same series (nothing to rank) or the history never gets that long.
  public static func firstCallable(_ summary: DecouplingSummary) -> Int? {
    guard !summary.identity.isSameAsset else { return nil }
    let needed = HistoryDepth.minimumWindows * summary.options.window - 1
    return needed < summary.rows.count ? needed : nil
  }

  /// A rule evaluated once on a summary: its stretches over all rows, oldest first, and for the
  /// dynamic correlation the fitted values and ranks the alerts quote. Events and ends are both
  /// read from it (``events(_:in:from:)``), so nothing is computed twice.
  public struct Evaluation: Sendable {
    public var rule: AlertRule
    public var stretches: [RuleStretch]
    var track: DynamicTrack?
  }

  /// Evaluates `rule` on all of `summary`'s rows.
  ///
  /// Change points and the dynamic correlation need a fit per day: with `refitStep` k the model
  /// is refitted every k-th row (and on the last), and a stretch may start up to k − 1 rows
  /// late. With `refitStep` `nil`, change points are refitted every row, and the dynamic
  /// correlation is fitted once on all rows (as a live cycle reads it on its as-of day).
  public static func evaluate(
    _ rule: AlertRule, in summary: DecouplingSummary, refitStep: Int? = nil
  ) -> Evaluation {
    let rows = summary.rows
    var track: DynamicTrack?
    let stretches: [RuleStretch]
    switch rule.condition {
    case .enters(let m, let r), .leaves(let m, let r):
      guard summary.identity != .identical else { return Evaluation(rule: rule, stretches: []) }
      let index = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1.date, $0) })
      stretches = EpisodeDetector.episodes(of: m, in: summary, rules: r).map {
        RuleStretch(
          start: index[$0.start]!, end: $0.end.flatMap { index[$0] },
          side: m.isTwoSided ? $0.side : nil)
      }
    case .below(let m, let level, let rearm):
      stretches = hysteresis(rows.map { $0.value(m) }, on: { $0 < level }, off: { $0 >= rearm })
    case .above(let m, let level, let rearm):
      stretches = hysteresis(rows.map { $0.value(m) }, on: { $0 > level }, off: { $0 <= rearm })
    case .gapBeyond(let size, let rearm):
      stretches = hysteresis(
        rows.map { $0.gap }, on: { abs($0) >= size }, off: { abs($0) < rearm }
      ).map { s in
        var s = s
        s.side = rows[s.start].gap < 0 ? .low : .high
        return s
      }
    case .record(let m, let within):
      stretches = recordStretches(m, within: within, in: summary)
    case .changePoint:
      stretches = changePointStretches(summary, step: refitStep ?? 1)
    case .entersDynamic(let r), .leavesDynamic(let r):
      let t = DynamicTrack(summary, refitStep: refitStep)
      track = t
      stretches = t.stretches(r)
    }
    return Evaluation(rule: rule, stretches: stretches, track: track)
  }

  /// The stretches of `rule` over all of `summary`'s rows, oldest first
  /// (``evaluate(_:in:refitStep:)``).
  public static func stretches(
    _ rule: AlertRule, in summary: DecouplingSummary, refitStep: Int? = nil
  ) -> [RuleStretch] {
    evaluate(rule, in: summary, refitStep: refitStep).stretches
  }

  /// The alerts `rule` raises on `summary` from day `from` to the last row.
  ///
  /// A stretch already holding on `from` fires on `from` (a watch started mid-episode says so
  /// at once); later ones fire on their first day. A rule ranking its measure fires no earlier
  /// than ``firstCallable(_:)``. A rule firing on the end fires for the stretches that end
  /// from `from` on. `from` `nil` means the last row only.
  public static func events(
    _ rule: AlertRule, in summary: DecouplingSummary, from: Day? = nil, refitStep: Int? = nil
  ) -> [AlertEvent] {
    events(evaluate(rule, in: summary, refitStep: refitStep), in: summary, from: from)
  }

  /// The alerts of an evaluation already made on `summary` (as ``events(_:in:from:refitStep:)``).
  public static func events(
    _ evaluation: Evaluation, in summary: DecouplingSummary, from: Day? = nil
  ) -> [AlertEvent] {
    let rule = evaluation.rule
    let rows = summary.rows
    guard let last = rows.indices.last else { return [] }
    let first = from.map { f in rows.firstIndex { $0.date >= f } ?? rows.count } ?? last
    guard first <= last else { return [] }
    var floor = first
    if rule.ranksHistory {
      guard let callable = firstCallable(summary) else { return [] }
      floor = max(floor, callable)
    }
    var out: [AlertEvent] = []
    for s in evaluation.stretches {
      let fire: Int
      if rule.firesOnEnd {
        guard let end = s.end, end >= floor else { continue }
        fire = end
      } else {
        guard (s.end ?? (last + 1)) > floor else { continue }
        fire = max(s.start, floor)
      }
      out.append(event(rule, s, firing: fire, in: summary, track: evaluation.track))
    }
    return out
  }

  static func event(
    _ rule: AlertRule, _ s: RuleStretch, firing i: Int, in summary: DecouplingSummary,
    track: DynamicTrack? = nil
  ) -> AlertEvent {
    let rows = summary.rows
    let measure = rule.measure
    var value = measure.map { rows[i].value($0) }
    var percentile = measure.map { rows[i].percentile($0) }.flatMap { $0.isNaN ? nil : $0 }
    if let track {
      value = track.values[i]
      percentile = track.ranks[i].isNaN ? nil : track.ranks[i]
    }
    let duration = (s.end ?? rows.count) - s.start
    return AlertEvent(
      rule: rule, day: rows[i].date, since: rows[s.start].date,
      endedOn: s.end.map { rows[$0].date },
      duration: duration, value: value.flatMap { $0.isNaN ? nil : $0 }, percentile: percentile,
      side: s.side,
      sentence: AlertWording.sentence(
        rule, summary, row: i, since: rows[s.start].date, side: s.side, percentile: percentile,
        value: value))
  }

  /// Stretches of a boolean condition with a re-arm band: it starts when `on` holds and ends
  /// when `off` holds. Undefined (NaN) values neither start nor end a stretch.
  public static func hysteresis(
    _ values: [Double], on: (Double) -> Bool, off: (Double) -> Bool
  ) -> [RuleStretch] {
    var out: [RuleStretch] = []
    var open: Int?
    for (i, v) in values.enumerated() where !v.isNaN {
      if let o = open {
        if off(v) {
          out.append(RuleStretch(start: o, end: i, side: nil))
          open = nil
        }
      } else if on(v) {
        open = i
      }
    }
    if let o = open { out.append(RuleStretch(start: o, end: nil, side: nil)) }
    return out
  }
}

extension AlertRule {
  /// The measure the rule reads, if one.
  public var measure: DecouplingMeasure? {
    switch condition {
    case .enters(let m, _), .leaves(let m, _), .below(let m, _, _), .above(let m, _, _),
      .record(let m, _):
      m
    case .gapBeyond: .gap
    case .changePoint, .entersDynamic, .leavesDynamic: nil
    }
  }
}
