import DecoupleStats
import Foundation

/// The measures of one window recomputed exactly (two-pass) from its returns, with standard
/// errors: the evidence behind record and claim checks.
public struct WindowEstimate: Sendable, Equatable {
  /// Returns in the window.
  public var count: Int
  public var correlation: Double
  public var beta: Double
  /// OLS standard error of beta: √(s² / Σ(b − b̄)²), s² the residual variance (n − 2).
  public var betaStandardError: Double
  /// Σa − Σb.
  public var gap: Double
  /// √n · sd(a − b): the standard error of the gap if daily return differences were
  /// independent.
  public var gapStandardError: Double
  /// Σa − beta · Σb.
  public var residualDrift: Double
  /// √n · sd(a − beta · b), holding beta fixed.
  public var residualDriftStandardError: Double

  /// The window of `summary` ending at row `end` (`window` rows, fewer at the start).
  public init(_ summary: DecouplingSummary, endingAt end: Int) {
    let lo = max(0, end - summary.options.window + 1)
    let rows = summary.rows[lo...end]
    let a = rows.map(\.returnA)
    let b = rows.map(\.returnB)
    let m = PairMoments(a, b)
    let n = Double(a.count)
    let (ma, mb, saa, sbb, sab) = (m.meanA, m.meanB, m.ssA, m.ssB, m.cross)
    count = a.count
    correlation = m.correlation
    let slope = m.beta
    beta = slope
    let residualSS = max(0, saa - slope * sab)
    betaStandardError = sbb > 0 && n > 2 ? (residualSS / (n - 2) / sbb).squareRoot() : .nan
    gap = n * (ma - mb)
    gapStandardError = n.squareRoot() * Self.sd(zip(a, b).map { $0 - $1 })
    residualDrift = n * (ma - slope * mb)
    residualDriftStandardError = n.squareRoot() * Self.sd(zip(a, b).map { $0 - slope * $1 })
  }

  /// The estimate of `measure` and its standard error (`nil` for correlation, whose
  /// uncertainty is Fisher's z).
  public func estimate(_ measure: DecouplingMeasure) -> (value: Double, standardError: Double?) {
    switch measure {
    case .correlation: (correlation, nil)
    case .beta: (beta, betaStandardError)
    case .gap: (gap, gapStandardError)
    case .residualDrift: (residualDrift, residualDriftStandardError)
    }
  }

  static func sd(_ x: [Double]) -> Double {
    guard x.count > 1 else { return .nan }
    let m = x.reduce(0, +) / Double(x.count)
    return (x.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(x.count - 1)).squareRoot()
  }
}
