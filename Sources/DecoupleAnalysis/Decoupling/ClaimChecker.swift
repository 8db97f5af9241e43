import DecoupleData
import DecoupleStats

/// Decides claims about a pair from a ``DecouplingReport``; whichever way the evidence points.
public enum ClaimChecker {
  /// Checks `claim` against `report` (as of its as-of day). Claims about ETH's supply are
  /// answered from `supply`, which the caller builds from the on-chain series; without it such a
  /// claim is inconclusive.
  /// A `changed-after` claim is answered from `event` (the pair's ``EventStudy`` around that
  /// day); without it the claim is inconclusive.
  public static func check(
    _ claim: Claim, in report: DecouplingReport, supply: SupplyModel? = nil,
    event: EventStudy? = nil
  ) -> ClaimCheck {
    let s = report.summary
    let a = s.nameA
    let b = s.nameB
    switch claim {
    case .recordLowCorrelation:
      return recordClaim(claim, .correlation, wantedSide: .low, report)
    case .recordGap:
      return recordClaim(claim, .gap, wantedSide: nil, report)
    case .correlationBelow(let x):
      let c = s[.correlation]
      guard let r = c.current, case let ci = FisherZ.interval(r: r, count: s.options.window),
        !ci.lower.isNaN
      else {
        return ClaimCheck(
          claim: claim, verdict: .inconclusive,
          reason: "The correlation is undefined on \(s.asOf.iso).", evidence: [], record: nil)
      }
      let evidence = [
        String(
          format: "Correlation %.3f over %d returns to %@, 95%% interval %.3f to %.3f (Fisher z).",
          r, s.options.window, s.asOf.iso, ci.lower, ci.upper)
      ]
      if ci.upper < x {
        return ClaimCheck(
          claim: claim, verdict: .supported,
          reason: "The whole 95% interval of the correlation lies below \(x).", evidence: evidence,
          record: nil)
      }
      if ci.lower > x {
        return ClaimCheck(
          claim: claim, verdict: .notSupported,
          reason: "The whole 95% interval of the correlation lies above \(x).", evidence: evidence,
          record: nil)
      }
      return ClaimCheck(
        claim: claim, verdict: .inconclusive,
        reason: "The 95% interval of the correlation contains \(x): the data cannot tell.",
        evidence: evidence, record: nil)
    case .decoupledSince(let day):
      return sinceClaim(claim, day, report, a, b)
    case .supplyDeflationarySince(let day):
      guard let model = supply else {
        return ClaimCheck(
          claim: claim, verdict: .inconclusive,
          reason: "No supply model was given: the on-chain supply series are missing.",
          evidence: [], record: nil)
      }
      return supplyClaim(day, asOf: s.asOf, model: model)
    case .changedAfter(let day):
      guard let event else {
        return ClaimCheck(
          claim: claim, verdict: .inconclusive, reason: "No event study was given.",
          evidence: [], record: nil)
      }
      return changeClaim(day, event)
    }
  }

  static func recordClaim(
    _ claim: Claim, _ m: DecouplingMeasure, wantedSide: Episode.Side?, _ report: DecouplingReport
  ) -> ClaimCheck {
    let s = report.summary
    guard let rc = report.records[m] else {
      return ClaimCheck(
        claim: claim, verdict: .inconclusive,
        reason: "The \(m.label) is undefined on \(s.asOf.iso).", evidence: [], record: nil)
    }
    let ms = s[m]
    var evidence = [rc.sentence]
    if let p = ms.percentile, let low = ms.recordLow, let high = ms.recordHigh {
      evidence.append(
        "Over all \(Wording.count(ms.historyCount)) values since \(s.historyStart.iso), the current "
          + "\(m.label) is at the \(Verdict.ordinal(p)) percentile; record low "
          + "\(RecordCheck.format(low.value, m)) on \(low.date.iso), record high "
          + "\(RecordCheck.format(high.value, m)) on \(high.date.iso).")
    }
    if let side = wantedSide, rc.side != side {
      return ClaimCheck(
        claim: claim, verdict: .notSupported, reason: "The \(m.label) is not on that side.",
        evidence: evidence, record: rc)
    }
    let (verdict, reason): (ClaimCheck.Verdict, String) =
      switch rc.finding {
      case .distinguishableRecord:
        (.supported, "It is a record, and distinguishable from the previous one.")
      case .recordWithinNoise:
        (.inconclusive, "It is beyond the previous record, but within the noise of the estimates.")
      case .notRecordWithinNoise:
        (
          .notSupported,
          "It is not beyond the previous record (though within the noise of the estimates)."
        )
      case .notRecord:
        (.notSupported, "It is clearly short of the previous record.")
      case .noHistory:
        (.inconclusive, "There is no earlier, non-overlapping window to compare with.")
      }
    return ClaimCheck(
      claim: claim, verdict: verdict, reason: reason, evidence: evidence, record: rc)
  }

  static func sinceClaim(
    _ claim: Claim, _ day: Day, _ report: DecouplingReport, _ a: String, _ b: String
  ) -> ClaimCheck {
    let s = report.summary
    guard day <= s.asOf, let first = s.rows.first?.date, day >= first else {
      return ClaimCheck(
        claim: claim, verdict: .inconclusive,
        reason:
          "\(day.iso) is outside the analysed history (\(s.historyStart.iso) to \(s.asOf.iso)).",
        evidence: [], record: nil)
    }
    let open = report.episodes.compactMap { h in h.current.map { (h.measure, $0) } }
    var evidence = open.map { m, e in
      "The \(m.label) has been extreme (\(e.side.rawValue)) since \(e.start.iso) (\(e.duration) observations)."
    }
    if open.isEmpty {
      evidence.append("No sense of decoupling holds on \(s.asOf.iso): \(s.verdict.headline)")
      return ClaimCheck(
        claim: claim, verdict: .notSupported,
        reason: "\(a) is not decoupled from \(b) in any sense on \(s.asOf.iso).",
        evidence: evidence, record: nil)
    }
    // Allow the claim's date to be a little early: a third of a window.
    let slack = max(1, s.options.window / 3)
    let dayIndex = s.rows.firstIndex { $0.date >= day } ?? s.rows.count - 1
    let covering = open.filter { _, e in
      let startIndex = s.rows.firstIndex { $0.date == e.start } ?? s.rows.count - 1
      return startIndex <= dayIndex + slack
    }
    if let (m, e) = covering.min(by: { $0.1.start < $1.1.start }) {
      let exact = e.start <= day
      return ClaimCheck(
        claim: claim, verdict: .supported,
        reason: "The \(m.label) has been extreme since \(e.start.iso)"
          + (exact ? ", on or before \(day.iso)." : ", within a third of a window of \(day.iso)."),
        evidence: evidence, record: nil)
    }
    let earliest = open.map(\.1.start).min()!
    return ClaimCheck(
      claim: claim, verdict: .notSupported,
      reason:
        "\(a) is decoupled from \(b) now, but only since \(earliest.iso), well after \(day.iso).",
      evidence: evidence, record: nil)
  }

  /// "ETH's supply has been deflationary since `day`": supply on the as-of day (or the last day
  /// with a supply value before it) against supply on `day` (or the first day with a value after
  /// it, within a week). A change within ±1,000 ETH — a few days of the supply model's
  /// identity error (RMSE ≈ 220 ETH/day) — is inconclusive; so is a start inside a coverage
  /// gap.
  public static func supplyClaim(_ day: Day, asOf: Day, model: SupplyModel) -> ClaimCheck {
    let claim = Claim.supplyDeflationarySince(day)
    let withSupply = model.rows.filter { $0.supply != nil }
    guard let start = withSupply.first(where: { $0.date >= day }),
      start.date.daysSince1970 - day.daysSince1970 <= 7,
      let end = withSupply.last(where: { $0.date <= asOf }), end.date > start.date
    else {
      let gaps =
        model.coverage.first { $0.field == "supply" }?.gaps
        .map { "\($0.lowerBound.iso) to \($0.upperBound.iso)" }.joined(separator: ", ") ?? ""
      return ClaimCheck(
        claim: claim, verdict: .inconclusive,
        reason: "There is no supply figure within a week of \(day.iso) (or none after it to "
          + "\(asOf.iso)); the supply data have gaps: \(gaps).", evidence: [], record: nil)
    }
    let s0 = start.supply!
    let s1 = end.supply!
    let change = s1 - s0
    let years = Double(end.date.daysSince1970 - start.date.daysSince1970) / 365.25
    let rate = (s1 / s0 - 1) / years
    var evidence = [
      String(
        format: "Supply %.0f ETH on %@ and %.0f ETH on %@: %+.0f ETH (%+.2f%% a year).", s0,
        start.date.iso, s1, end.date.iso, change, rate * 100)
    ]
    let growth = model.rows.filter { $0.date >= start.date && $0.date <= end.date }
      .compactMap(\.growthAnnualised)
    if !growth.isEmpty {
      let negative = growth.filter { $0 < 0 }.count
      evidence.append(
        "The trailing \(model.growthWindow)-day growth was negative on \(negative) of \(growth.count) "
          + "days with a value in that span.")
    }
    if change < -1_000 {
      return ClaimCheck(
        claim: claim, verdict: .supported, reason: "Supply fell over the span.", evidence: evidence,
        record: nil)
    }
    if change > 1_000 {
      return ClaimCheck(
        claim: claim, verdict: .notSupported, reason: "Supply rose over the span.",
        evidence: evidence, record: nil)
    }
    return ClaimCheck(
      claim: claim, verdict: .inconclusive,
      reason: "Supply barely changed: within the supply model's error.", evidence: evidence,
      record: nil)
  }
}
