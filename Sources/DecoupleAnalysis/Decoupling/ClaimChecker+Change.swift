import DecoupleData
import DecoupleStats

extension ClaimChecker {
  /// "The relationship changed after `day`": correlation and beta in equal windows before and
  /// after it (``EventStudy``). Supported when either change is told from chance at 5% after
  /// adjusting for the two tests (Holm); inconclusive when one is below 5% on its own test only,
  /// or when there is not a whole window on each side; not supported otherwise (no change the
  /// windows can detect — which is not proof of no change).
  public static func changeClaim(_ day: Day, _ study: EventStudy) -> ClaimCheck {
    let claim = Claim.changedAfter(day)
    guard let c = study.changes.first else {
      let why = study.skipped.first?.reason ?? "no returns around that day"
      return ClaimCheck(
        claim: claim, verdict: .inconclusive,
        reason: "There are not \(study.window) returns on both sides of \(day.iso): \(why).",
        evidence: [], record: nil)
    }
    let (a, b) = (study.nameA, study.nameB)
    let p = { (v: Double) in v < 0.001 ? "p < 0.001" : "p = " + Wording.fixed(v, 3) }
    let corrWord = c.after.correlation > c.before.correlation ? "rose" : "fell"
    let betaWord = c.betaChange > 0 ? "rose" : "fell"
    let evidence = [
      "Correlation \(Wording.fixed(c.before.correlation, 2)) over the \(study.window) returns to "
        + "\(c.before.last.iso), \(Wording.fixed(c.after.correlation, 2)) over the "
        + "\(study.window) from \(c.day.iso) (Fisher z \(Wording.fixed(c.correlation.z, 2)), "
        + "\(p(c.correlation.pValue))).",
      "Beta of \(a) on \(b) \(Wording.fixed(c.before.beta, 2)) before, "
        + "\(Wording.fixed(c.after.beta, 2)) after: a change of \(Wording.signed(c.betaChange, 2)) "
        + "± \(Wording.fixed(c.betaChangeStandardError, 2)) (Newey–West, \(study.lags) lags; "
        + "\(p(c.betaChangePValue))).",
      "Volatility of \(a) \(Wording.fixed(c.before.volatilityA * 100, 2))% → "
        + "\(Wording.fixed(c.after.volatilityA * 100, 2))% a day, of \(b) "
        + "\(Wording.fixed(c.before.volatilityB * 100, 2))% → "
        + "\(Wording.fixed(c.after.volatilityB * 100, 2))%; the gap over each window "
        + "\(Wording.signed(c.before.gap * 100, 1)) → \(Wording.signed(c.after.gap * 100, 1)) pts.",
    ]
    let moves =
      "the correlation \(corrWord) from \(Wording.fixed(c.before.correlation, 2)) to "
      + "\(Wording.fixed(c.after.correlation, 2)) and the beta \(betaWord) by "
      + "\(Wording.fixed(abs(c.betaChange), 2))"
    let direction =
      c.after.correlation > c.before.correlation
      ? " — closer together after, the opposite of a decoupling" : ""
    let holm = min(c.correlationPHolm, c.betaChangePHolm)
    let raw = min(c.correlation.pValue, c.betaChangePValue)
    if holm < 0.05 {
      return ClaimCheck(
        claim: claim, verdict: .supported,
        reason: "After \(day.iso) \(moves): more than chance would give, counting both tests "
          + "(Holm, \(p(holm)))\(direction).", evidence: evidence, record: nil)
    }
    if raw < 0.05 {
      return ClaimCheck(
        claim: claim, verdict: .inconclusive,
        reason: "After \(day.iso) \(moves); one test alone says so (\(p(raw))), but not once both "
          + "are counted (Holm, \(p(holm))).", evidence: evidence, record: nil)
    }
    return ClaimCheck(
      claim: claim, verdict: .notSupported,
      reason: "After \(day.iso) \(moves), but neither change is more than chance would give "
        + "over \(study.window) returns a side (\(p(raw))).", evidence: evidence, record: nil)
  }
}
