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
  /// The judgement on one measure.
  public struct Finding: Sendable, Equatable {
    public var measure: DecouplingMeasure
    /// Whether this sense of decoupling holds now.
    public var isDecoupled: Bool
    /// "low" or "high" when the current value is a record of its history, else `nil`.
    public var record: String?
    /// One sentence with the evidence.
    public var sentence: String
  }

  /// The senses in which A is decoupled from B now.
  public var decoupledSenses: [DecouplingMeasure]
  /// One finding per measure, in ``DecouplingMeasure/allCases`` order.
  public var findings: [Finding]
  /// The answer in one sentence.
  public var headline: String

  public init(
    nameA: String, nameB: String, measures: [DecouplingMeasure: MeasureSummary],
    extremeFraction: Double
  ) {
    findings = DecouplingMeasure.allCases.map { m in
      Verdict.finding(m, measures[m]!, nameA, nameB, extremeFraction)
    }
    decoupledSenses = findings.filter(\.isDecoupled).map(\.measure)
    let total = DecouplingMeasure.allCases.count
    let records = findings.filter { $0.isDecoupled && $0.record != nil }.map(\.measure.label)
    if decoupledSenses.isEmpty {
      headline = "\(nameA) is not decoupled from \(nameB) in any of the \(total) senses measured."
    } else {
      let senses = Verdict.list(decoupledSenses.map(\.label))
      headline =
        "\(nameA) is decoupled from \(nameB) in \(decoupledSenses.count) of \(total) senses: "
        + senses + "."
        + (records.isEmpty ? " None is a record." : " A record for: \(Verdict.list(records)).")
    }
  }

  static func finding(
    _ m: DecouplingMeasure, _ s: MeasureSummary, _ a: String, _ b: String, _ f: Double
  ) -> Finding {
    guard let c = s.current, let p = s.percentile else {
      return Finding(
        measure: m, isDecoupled: false, record: nil,
        sentence: "The \(m.label) is undefined on the as-of day (a constant window).")
    }
    let low = p <= f
    let high = m.isTwoSided && p >= 1 - f
    let record = s.isRecordLow ? "low" : (s.isRecordHigh ? "high" : nil)
    let rank = "\(Verdict.ordinal(p)) percentile of \(s.historyCount) values"
    let recordText =
      record.map { " — the \($0 == "low" ? "lowest" : "highest") on record" } ?? ""
    let sentence: String
    switch m {
    case .correlation:
      let reading =
        low
        ? "returns move together less than usual"
        : (p >= 1 - f
          ? "returns move together more than usual" : "returns still move together as usual")
      sentence =
        "Correlation \(Verdict.number(c)) is at the \(rank)\(recordText): \(reading)."
    case .beta:
      let reading =
        low
        ? "\(a) responds to \(b) less than usual"
        : (p >= 1 - f
          ? "\(a) responds to \(b) more than usual" : "\(a)'s sensitivity to \(b) is not unusual")
      sentence = "Beta \(Verdict.number(c)) is at the \(rank)\(recordText): \(reading)."
    case .gap:
      let side = c < 0 ? "behind" : "ahead of"
      sentence =
        "Over the window \(a) is \(Verdict.points(abs(c))) \(side) \(b), the \(rank)"
        + "\(recordText)\(low || high ? ": an unusual gap" : ": not an unusual gap")."
    case .residualDrift:
      let side = c < 0 ? "below" : "above"
      sentence =
        "Beyond what its beta to \(b) explains, \(a) is \(Verdict.points(abs(c))) \(side) "
        + "expectation, the \(rank)\(recordText)"
        + "\(low || high ? ": an unusual drift" : ": not an unusual drift")."
    }
    return Finding(measure: m, isDecoupled: low || high, record: record, sentence: sentence)
  }

  /// `0.4567` → `"46th"` (percent, as an English ordinal).
  public static func ordinal(_ p: Double) -> String {
    let n = Int((p * 100).rounded())
    let suffix =
      (11...13).contains(n % 100)
      ? "th" : (["th", "st", "nd", "rd"] + Array(repeating: "th", count: 6))[n % 10]
    return "\(n)\(suffix)"
  }

  static func number(_ v: Double) -> String { String(format: "%.2f", v) }

  /// A summed return in percentage points: `0.352` → `"35.2 pts"`.
  static func points(_ v: Double) -> String { String(format: "%.1f pts", v * 100) }

  static func list(_ items: [String]) -> String {
    switch items.count {
    case 0: ""
    case 1: items[0]
    default: items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
  }
}
