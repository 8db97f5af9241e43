import Foundation

/// One condition a watchlist watches on a pair, and the alert it raises once per stretch of
/// days it holds.
///
/// Every rule reads only the pair's closed days up to each day (no look-ahead), so a rule run
/// over history gives the alerts a live watch would have given (``AlertEngine``).
public struct AlertRule: Sendable, Equatable, Hashable {
  /// What the rule watches.
  public enum Condition: Sendable, Equatable, Hashable {
    /// A decoupling sense enters its extreme: an episode opens (``EpisodeDetector``, the
    /// rules of `decouple episodes`).
    case enters(DecouplingMeasure, EpisodeRules)
    /// An episode of the sense ends: the measure is back within bounds.
    case leaves(DecouplingMeasure, EpisodeRules)
    /// The measure falls below `level`; armed again once it is back at or above `rearm`.
    case below(DecouplingMeasure, level: Double, rearm: Double)
    /// The measure rises above `level`; armed again once it is back at or below `rearm`.
    case above(DecouplingMeasure, level: Double, rearm: Double)
    /// The performance gap reaches `size` (log points, either side: 0.30 is 30 pts); armed again
    /// once it is back within `rearm`.
    case gapBeyond(size: Double, rearm: Double)
    /// The measure is a record of its history, told apart from the previous record at 95%
    /// (``RecordCheck``), or — with `within` — within that distance of the previous record.
    case record(DecouplingMeasure, within: Double?)
    /// A change in the A-on-B relationship (PELT, BIC) falls inside the current window.
    case changePoint
    /// The dynamic (DCC-GARCH) correlation enters its extreme: its percentile within its own
    /// history at or below `enter` (``DynamicSenses``), closing once back past `exit`.
    case entersDynamic(EpisodeRules)
    /// That stretch ends.
    case leavesDynamic(EpisodeRules)
  }

  public var condition: Condition

  public init(_ condition: Condition) { self.condition = condition }

  /// The rules a watchlist gets when it names none: every rolling sense entering its extreme,
  /// with the episode rules' defaults (enter 0.10, exit 0.25).
  public static let defaults: [AlertRule] = DecouplingMeasure.allCases.map {
    AlertRule(.enters($0, EpisodeRules()))
  }

  /// Whether the rule ranks a measure against its history: such a rule fires only once the
  /// history holds ``HistoryDepth/minimumWindows`` windows, as the verdict calls a sense.
  public var ranksHistory: Bool {
    switch condition {
    case .enters, .leaves, .entersDynamic, .leavesDynamic: true
    default: false
    }
  }

  /// Whether the alert marks the end of a stretch rather than its start.
  public var firesOnEnd: Bool {
    switch condition {
    case .leaves, .leavesDynamic: true
    default: false
    }
  }

  /// A stable key: the same rule gets the same key across runs and versions (it is part of
  /// every alert's id).
  public var key: String {
    switch condition {
    case .enters(let m, let r): "enters-\(m.rawValue)-\(Self.n(r.enter))-\(Self.n(r.exit))"
    case .leaves(let m, let r): "leaves-\(m.rawValue)-\(Self.n(r.enter))-\(Self.n(r.exit))"
    case .below(let m, let l, let r): "below-\(m.rawValue)-\(Self.n(l))-\(Self.n(r))"
    case .above(let m, let l, let r): "above-\(m.rawValue)-\(Self.n(l))-\(Self.n(r))"
    case .gapBeyond(let s, let r): "gap-beyond-\(Self.n(s))-\(Self.n(r))"
    case .record(let m, let w): "record-\(m.rawValue)" + (w.map { "-within-\(Self.n($0))" } ?? "")
    case .changePoint: "change-point"
    case .entersDynamic(let r): "enters-dynamic-correlation-\(Self.n(r.enter))-\(Self.n(r.exit))"
    case .leavesDynamic(let r): "leaves-dynamic-correlation-\(Self.n(r.enter))-\(Self.n(r.exit))"
    }
  }

  /// The rule in words: "correlation enters its extreme (bottom 10%)".
  public var label: String {
    switch condition {
    case .enters(let m, let r):
      "\(m.label) enters its extreme (\(Self.extreme(m, r.enter)))"
    case .leaves(let m, let r):
      "\(m.label) leaves its extreme (back past \(Self.extreme(m, r.exit)))"
    case .below(let m, let l, _): "\(m.label) below \(Self.value(m, l))"
    case .above(let m, let l, _): "\(m.label) above \(Self.value(m, l))"
    case .gapBeyond(let s, _): "performance gap beyond \(Self.value(.gap, s))"
    case .record(let m, let w):
      w.map { "\(m.label) within \(Self.value(m, $0)) of its record" } ?? "\(m.label) at a record"
    case .changePoint: "a change in the relationship inside the window"
    case .entersDynamic(let r):
      "dynamic (DCC-GARCH) correlation enters its extreme (bottom \(Wording.fixed(r.enter * 100, 0))%)"
    case .leavesDynamic(let r):
      "dynamic (DCC-GARCH) correlation leaves its extreme (back past bottom \(Wording.fixed(r.exit * 100, 0))%)"
    }
  }

  static func extreme(_ m: DecouplingMeasure, _ f: Double) -> String {
    let pct = Wording.fixed(f * 100, 0) + "%"
    return m.isTwoSided ? "bottom or top \(pct)" : "bottom \(pct)"
  }

  /// A measure's value as people read it: correlation and beta as numbers, gap and drift in
  /// points.
  static func value(_ m: DecouplingMeasure, _ v: Double) -> String {
    switch m {
    case .correlation, .beta: Wording.fixed(v, 2)
    case .gap, .residualDrift: Wording.fixed(v * 100, 1) + " pts"
    }
  }

  static func n(_ v: Double) -> String {
    var s = String(format: "%.4f", v)
    while s.hasSuffix("0") { s.removeLast() }
    if s.hasSuffix(".") { s.removeLast() }
    return s
  }
}
