import Foundation

/// A plain-language judgement: in which senses A is decoupled from B now, and whether any of
/// them is a record.
///
/// A sense holds when its measure is extreme against its own history: correlation or beta at
/// or below the `extremeFraction` percentile (returns move together unusually little, or A
/// responds unusually little to B), gap or residual drift at or below it or at or above
/// 1 − `extremeFraction` (A has run unusually far behind or ahead). A record is the lowest or
/// highest value of that history.
public struct Verdict: Sendable, Equatable {
  /// Why a sense is left uncalled, neither decoupled nor not.
  public enum NotCalled: String, Sendable, Codable {
    /// The history holds fewer than ``HistoryDepth/minimumWindows`` non-overlapping windows.
    case shortHistory
    /// A and B are the same series, or nearly (``PairIdentity``).
    case sameSeries
  }

  /// The judgement on one measure.
  public struct Finding: Sendable, Equatable {
    public var measure: DecouplingMeasure
    /// Whether this sense of decoupling holds now (never when ``notCalled`` is set).
    public var isDecoupled: Bool
    /// "low" or "high" when the current value is a record of its history, else `nil`.
    public var record: String?
    /// Why the sense is not called either way; `nil` when it is.
    public var notCalled: NotCalled?
    /// One sentence with the evidence.
    public var sentence: String
  }

  /// The senses in which A is decoupled from B now.
  public var decoupledSenses: [DecouplingMeasure]
  /// One finding per measure, in ``DecouplingMeasure/allCases`` order.
  public var findings: [Finding]
  /// The answer in one sentence.
  public var headline: String
  /// How much history the percentiles rest on.
  public var depth: HistoryDepth
  /// Whether A and B are the same series.
  public var identity: PairIdentity

  /// Judges each measure.
  ///
  /// With a history shorter than ``HistoryDepth/minimumWindows`` windows no sense is called
  /// (each finding says so, ``NotCalled/shortHistory``); with the same series on both sides
  /// none is either (``NotCalled/sameSeries``), whatever the percentiles.
  public init(
    nameA: String, nameB: String, measures: [DecouplingMeasure: MeasureSummary],
    extremeFraction: Double, depth: HistoryDepth = .ample, identity: PairIdentity = .distinct
  ) {
    self.depth = depth
    self.identity = identity
    let notCalled: NotCalled? =
      identity.isSameAsset ? .sameSeries : (depth.isEnough ? nil : .shortHistory)
    findings = DecouplingMeasure.allCases.map { m in
      Verdict.finding(m, measures[m]!, nameA, nameB, extremeFraction, notCalled, depth)
    }
    decoupledSenses = findings.filter(\.isDecoupled).map(\.measure)
    let total = DecouplingMeasure.allCases.count
    let records = findings.filter { $0.isDecoupled && $0.record != nil }.map(\.measure.label)
    let n = Wording.count(depth.observations)
    switch (identity, notCalled) {
    case (.identical, _):
      headline =
        "\(nameA) and \(nameB) are the same series (identical returns on all \(n) "
        + "observations): there is nothing to decouple."
    case (.nearlyIdentical(let r), _):
      headline =
        "\(nameA) and \(nameB) are nearly the same series (correlation of returns "
        + "\(Wording.fixed(r, 3)) over all \(n) observations): their measures differ by tracking "
        + "noise, so no sense of decoupling is called."
    case (.distinct, .some):
      headline =
        "Not enough history to call: \(n) observations hold "
        + "\(Verdict.windows(depth.independentWindows)) of \(depth.window), fewer than the "
        + "\(HistoryDepth.minimumWindows) needed to call a value unusual."
    case (.distinct, nil) where decoupledSenses.isEmpty:
      headline = "\(nameA) is not decoupled from \(nameB) in any of the \(total) senses measured."
    case (.distinct, nil):
      let senses = Verdict.list(decoupledSenses.map(\.label))
      headline =
        "\(nameA) is decoupled from \(nameB) in \(decoupledSenses.count) of \(total) senses: "
        + senses + "."
        + (records.isEmpty ? " None is a record." : " A record for: \(Verdict.list(records)).")
    }
  }

  /// `1` → `"1 non-overlapping window"`, `4` → `"4 non-overlapping windows"`.
  static func windows(_ k: Int) -> String {
    "\(Wording.count(k)) non-overlapping window\(k == 1 ? "" : "s")"
  }

  static func finding(
    _ m: DecouplingMeasure, _ s: MeasureSummary, _ a: String, _ b: String, _ f: Double,
    _ notCalled: NotCalled?, _ depth: HistoryDepth
  ) -> Finding {
    guard let c = s.current, let p = s.percentile else {
      return Finding(
        measure: m, isDecoupled: false, record: nil, notCalled: notCalled,
        sentence: "The \(m.label) is undefined on the as-of day (a constant window).")
    }
    let record = s.isRecordLow ? "low" : (s.isRecordHigh ? "high" : nil)
    let rank =
      "\(Verdict.ordinal(p)) percentile of \(Wording.count(s.historyCount)) values"
    let now = Verdict.valueText(m, c, a, b)
    if notCalled == .sameSeries {
      return Finding(
        measure: m, isDecoupled: false, record: nil, notCalled: .sameSeries,
        sentence: "\(now): the two series move as one, so there is nothing to rank.")
    }
    if notCalled == .shortHistory {
      let extreme = record.map { ", the \($0 == "low" ? "lowest" : "highest") so far" } ?? ""
      let at = m.isTwoSided ? ", the" : " is at the"
      return Finding(
        measure: m, isDecoupled: false, record: record, notCalled: .shortHistory,
        sentence: "\(now)\(at) \(rank)\(extreme), but these values hold only "
          + "\(windows(depth.independentWindows)), too few to call it usual or unusual.")
    }
    let low = p <= f
    let high = m.isTwoSided && p >= 1 - f
    let recordText =
      record.map { " — the \($0 == "low" ? "lowest" : "highest") on record" } ?? ""
    let reading: String
    switch m {
    case .correlation:
      reading =
        low
        ? "returns move together less than usual"
        : (p >= 1 - f
          ? "returns move together more than usual" : "returns still move together as usual")
    case .beta:
      reading =
        low
        ? "\(a) responds to \(b) less than usual"
        : (p >= 1 - f
          ? "\(a) responds to \(b) more than usual" : "\(a)'s sensitivity to \(b) is not unusual")
    case .gap: reading = low || high ? "an unusual gap" : "not an unusual gap"
    case .residualDrift: reading = low || high ? "an unusual drift" : "not an unusual drift"
    }
    let sentence =
      m.isTwoSided
      ? "\(now), the \(rank)\(recordText): \(reading)."
      : "\(now) is at the \(rank)\(recordText): \(reading)."
    return Finding(
      measure: m, isDecoupled: low || high, record: record, notCalled: nil, sentence: sentence)
  }

  /// The measure's value now, as the start of a sentence.
  static func valueText(_ m: DecouplingMeasure, _ c: Double, _ a: String, _ b: String) -> String {
    switch m {
    case .correlation: "Correlation \(Verdict.number(c))"
    case .beta: "Beta \(Verdict.number(c))"
    case .gap:
      "Over the window \(a) is \(Verdict.points(abs(c))) \(c < 0 ? "behind" : "ahead of") \(b)"
    case .residualDrift:
      "Beyond what its beta to \(b) explains, \(a) is \(Verdict.points(abs(c))) "
        + "\(c < 0 ? "below" : "above") expectation"
    }
  }

  /// `0.4567` → `"46th"` (percent, as an English ordinal).
  public static func ordinal(_ p: Double) -> String {
    let n = Int((p * 100).rounded())
    let suffix =
      (11...13).contains(n % 100)
      ? "th" : (["th", "st", "nd", "rd"] + Array(repeating: "th", count: 6))[n % 10]
    return "\(n)\(suffix)"
  }

  static func number(_ v: Double) -> String { Wording.fixed(v, 2) }

  /// A summed return in percentage points: `0.352` → `"35.2 pts"`.
  static func points(_ v: Double) -> String { Wording.fixed(v * 100, 1) + " pts" }

  static func list(_ items: [String]) -> String {
    switch items.count {
    case 0: ""
    case 1: items[0]
    default: items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
  }
}
