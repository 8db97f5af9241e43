import DecoupleData
import DecoupleStats
import Foundation

/// The long-run relation between A's and B's log prices, and whether the current window breaks
/// it: the cointegration sense of decoupling.
///
/// The **reference period** is the history before the current window. On it, Engle–Granger
/// (statsmodels `coint` parity, constant, AIC lags) regresses log A on log B; if the residual
/// spread is stationary (p < 0.05) the pair is cointegrated there. The spread is then extended
/// to the current window with the reference coefficients, and its deviation on the as-of day is
/// ranked against the reference spread's absolute deviations from their mean. The relation is
/// **broken** when that rank is at or above 1 − `extremeFraction` (default: beyond 90 % of the
/// reference deviations). The spread's mean-reversion half-life (``MeanReversion``, AR(1) on the
/// reference spread) gives the expected closing time, with its interval.
public struct LongRunRelation: Sendable {
  public var referenceStart: Day
  public var referenceEnd: Day
  public var engleGranger: Cointegration.EngleGrangerResult
  public var cointegrated: Bool { engleGranger.pValue < 0.05 }
  /// β in log A = β log B + α over the reference period.
  public var hedgeRatio: Double
  public var intercept: Double
  /// The spread's mean reversion over the reference period (`nil` when it could not be fitted).
  public var meanReversion: MeanReversion.Estimate?
  /// The spread on the as-of day minus the reference spread's mean (log points).
  public var deviation: Double
  /// `deviation` in reference standard deviations.
  public var deviationZ: Double
  /// Fraction of the reference period's |deviations| that are ≤ the current |deviation|.
  public var deviationPercentile: Double
  public var extremeFraction: Double

  /// Whether the current window breaks a relation that held over the reference period.
  public var isBroken: Bool { cointegrated && deviationPercentile >= 1 - extremeFraction }

  /// The relation of `summary`'s pair; `nil` when the reference period has fewer than two
  /// windows of observations or the test cannot run (constant or too short series).
  ///
  /// - Parameter holdout: observations at the end left out of the reference period (default:
  ///   the window, ``ReportSpans/longRunHoldout``); the reference period must hold at least
  ///   two of them and 50 observations.
  public init?(_ summary: DecouplingSummary, holdout: Int? = nil) {
    let rows = summary.rows
    let w = holdout ?? summary.options.window
    let cut = rows.count - w
    guard cut >= 2 * w, cut >= 50 else { return nil }
    let logA = rows.map { log($0.closeA) }
    let logB = rows.map { log($0.closeB) }
    guard
      let eg = try? Cointegration.engleGranger(Array(logA[..<cut]), [Array(logB[..<cut])])
    else { return nil }
    engleGranger = eg
    hedgeRatio = eg.coefficients[0]
    intercept = eg.coefficients.count > 1 ? eg.coefficients[1] : 0
    referenceStart = rows[0].date
    referenceEnd = rows[cut - 1].date
    extremeFraction = summary.options.extremeFraction
    let (beta, alpha) = (hedgeRatio, intercept)
    let spread = zip(logA, logB).map { $0 - beta * $1 - alpha }
    let reference = Array(spread[..<cut])
    let mean = reference.reduce(0, +) / Double(cut)
    let sd = (reference.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(cut - 1)).squareRoot()
    let now = spread[rows.count - 1] - mean
    deviation = now
    deviationZ = sd > 0 ? now / sd : .nan
    let size = abs(now)
    deviationPercentile = Double(reference.filter { abs($0 - mean) <= size }.count) / Double(cut)
    meanReversion = try? MeanReversion.estimate(reference)
  }

  /// The relation in words.
  public func sentence(_ a: String, _ b: String) -> String {
    let period = "\(referenceStart.iso) to \(referenceEnd.iso)"
    let eg = String(
      format: "Engle–Granger τ %.2f, p = %.3f", engleGranger.statistic, engleGranger.pValue)
    guard cointegrated else {
      return "\(a) and \(b) are not cointegrated over \(period) (\(eg)): there is no long-run "
        + "relation between their prices to break."
    }
    var text =
      "\(a) and \(b) were cointegrated over \(period) (\(eg); log \(a) = "
      + String(format: "%.2f", hedgeRatio) + " log \(b) + const). "
      + String(
        format: "Today the spread is %+.1f pts from its mean (%.1f sd, beyond %.0f%% of the "
          + "reference deviations)", deviation * 100, deviationZ, deviationPercentile * 100)
    text += isBroken ? ": the relation is broken." : ": within the relation's usual range."
    if let mr = meanReversion, let h = mr.halfLife {
      let f = { (v: Double) in v < 10 ? String(format: "%.1f", v) : String(format: "%.0f", v) }
      let upper = mr.halfLifeUpper.map(f) ?? "∞"
      text +=
        " Half-life of deviations \(f(h)) observations (95% interval \(f(mr.halfLifeLower ?? 0)) "
        + "to \(upper)): half of today's gap would be expected to close in that time."
    }
    return text
  }
}
