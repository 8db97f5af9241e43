import DecoupleData
import DecoupleSeries
import DecoupleStats

/// Rolling regression of A on B (and optional further factors), with the latest window's fit,
/// its Dimson and upside/downside betas.
public struct BetaReport: Sendable {
  public var nameA: String
  /// B first, then the extra factors.
  public var factors: [String]
  public var options: AnalysisOptions
  public var covariance: OLSCovariance
  /// Dimson lags (0 when not asked for).
  public var dimsonLags: Int
  public var days: [Day]
  public var rolling: RollingRegression
  /// Rolling Dimson beta on B (NaN everywhere when `dimsonLags` is 0).
  public var dimson: [Double]
  /// The fit of the last window.
  public var latest: OLSFit
  /// Upside and downside beta on B over the last window.
  public var upBeta: Double
  public var downBeta: Double
  /// Rolling upside and downside beta on B (NaN in a window with fewer than 10 such days).
  public var rollingUpBeta: [Double]
  public var rollingDownBeta: [Double]
}

extension CoMovement {
  /// Rolls the OLS of A on `factors` (B first) over the options' window.
  public static func beta(
    _ a: DailySeries, on factors: [DailySeries], covariance: OLSCovariance = .plain,
    dimsonLags: Int = 0, options: AnalysisOptions
  ) throws -> BetaReport {
    precondition(!factors.isEmpty, "at least one factor")
    let w = options.window
    let m = options.minPeriods ?? w
    let r = try returns([a] + factors, options: options, needed: max(m, factors.count + 2))
    let y = r.returns[0]
    let x = Array(r.returns.dropFirst())
    let rolling = Rolling.regression(y, on: x, window: w, minPeriods: m, covariance: covariance)
    let last = max(0, r.count - w)..<r.count
    let ly = Array(y[last])
    let lx = x.map { Array($0[last]) }
    let dimson =
      dimsonLags > 0
      ? Beta.rollingDimson(y, x[0], lags: dimsonLags, window: w, minPeriods: min(m, w - dimsonLags))
      : [Double](repeating: .nan, count: r.count)
    return BetaReport(
      nameA: a.name, factors: factors.map(\.name), options: options, covariance: covariance,
      dimsonLags: dimsonLags, days: r.days, rolling: rolling, dimson: dimson,
      latest: OLS.fit(ly, on: lx, covariance: covariance),
      upBeta: Beta.conditional(ly, lx[0], side: .up),
      downBeta: Beta.conditional(ly, lx[0], side: .down),
      rollingUpBeta: Beta.rollingConditional(y, x[0], side: .up, window: w),
      rollingDownBeta: Beta.rollingConditional(y, x[0], side: .down, window: w))
  }
}

/// Cross-correlations and Granger tests of A and B over the whole range.
public struct LeadLagReport: Sendable {
  public var nameA: String
  public var nameB: String
  public var options: AnalysisOptions
  public var from: Day
  public var to: Day
  public var crossCorrelation: CrossCorrelation
  /// Does B's past help predict A?
  public var bToA: GrangerTest
  /// Does A's past help predict B?
  public var aToB: GrangerTest
}

extension CoMovement {
  /// Cross-correlations at lags −`maxLag`…`maxLag` and Granger tests of order `grangerLags`.
  public static func leadLag(
    _ a: DailySeries, _ b: DailySeries, maxLag: Int, grangerLags: Int, options: AnalysisOptions
  ) throws -> LeadLagReport {
    // Every lag needs two overlapping pairs and the Granger regressions a residual degree of
    // freedom: too short a history is a data error, not a table of NaN.
    let r = try returns([a, b], options: options, needed: max(2 * grangerLags + 3, maxLag + 3))
    let x = r.returns[0]
    let y = r.returns[1]
    return LeadLagReport(
      nameA: a.name, nameB: b.name, options: options, from: r.baseDay, to: r.days.last!,
      crossCorrelation: LeadLag.crossCorrelation(x, y, maxLag: maxLag),
      bToA: LeadLag.granger(effect: x, cause: y, lags: grangerLags),
      aToB: LeadLag.granger(effect: y, cause: x, lags: grangerLags))
  }
}
