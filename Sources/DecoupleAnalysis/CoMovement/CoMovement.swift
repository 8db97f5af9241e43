import DecoupleData
import DecoupleSeries
import DecoupleStats

/// Co-movement measures of A against B (and other factors) on real series: the library calls
/// behind `decouple corr`, `beta`, `leadlag` and `compare`. Each clips to the options' range,
/// aligns on common days and takes returns as ``DecouplingAnalysis`` does.
public enum CoMovement {}

/// How a correlation is measured.
public enum CorrelationMethod: String, Sendable, CaseIterable, Codable {
  case pearson, spearman, kendall, ewma
}

extension CoMovement {
  /// Common returns of `series` within the options' range, with at least `needed` returns.
  /// - Throws: ``SeriesError``, or ``AnalysisError/historyTooShort`` when fewer than `needed`.
  public static func returns(
    _ series: [DailySeries], options: AnalysisOptions, needed: Int
  ) throws -> CommonReturns {
    let clipped = series.map { $0.clipped(from: options.from, to: options.to) }
    let r = try CommonReturns(clipped, kind: options.returns, frequency: options.frequency)
    guard r.count >= needed else {
      if series.count > 2 {
        let latest = clipped.max {
          ($0.firstDay ?? .init(daysSince1970: .min)) < ($1.firstDay ?? .init(daysSince1970: .min))
        }!
        throw AnalysisError.commonHistoryTooShort(
          count: series.count, needed: needed, available: r.count, latest: latest.name,
          latestStart: latest.firstDay)
      }
      throw AnalysisError.historyTooShort(
        a: series[0].name, b: series.count > 1 ? series[1].name : series[0].name,
        needed: needed, available: r.count, first: r.baseDay, last: r.days.last)
    }
    return r
  }
}

/// A rolling correlation with its confidence band.
public struct CorrelationSeries: Sendable {
  public var nameA: String
  public var nameB: String
  public var method: CorrelationMethod
  public var options: AnalysisOptions
  /// EWMA smoothing factor (`ewma` only).
  public var alpha: Double?
  public var confidence: Double
  public var days: [Day]
  public var values: [Double]
  /// Fisher-z band: Pearson's 1/(n − 3), or Fieller–Hartley–Pearson variances for Spearman and
  /// Kendall; NaN for EWMA (no sample size to speak of).
  public var lower: [Double]
  public var upper: [Double]
  /// Valid pairs in each window.
  public var count: [Int]
  /// For `ewma`: the weighted covariance and volatilities (not annualised) alongside.
  public var ewma: EWMAPairStatistics<Double>?
}

extension CoMovement {
  /// The rolling correlation of A and B by `method` (window and range from `options`; EWMA uses
  /// `alpha` instead of the window, with `minPeriods` as its warm-up, default the window).
  public static func correlation(
    _ a: DailySeries, _ b: DailySeries, method: CorrelationMethod, alpha: Double = 0.06,
    confidence: Double = 0.95, options: AnalysisOptions
  ) throws -> CorrelationSeries {
    let m = options.minPeriods ?? options.window
    let r = try returns([a, b], options: options, needed: max(m, 2))
    let x = r.returns[0]
    let y = r.returns[1]
    let w = options.window
    let ewma = method == .ewma ? EWMA.pairStatistics(x, y, alpha: alpha, minPeriods: m) : nil
    let values: [Double] =
      switch method {
      case .pearson: Rolling.correlation(x, y, window: w, minPeriods: m)
      case .spearman: Rolling.spearman(x, y, window: w, minPeriods: m)
      case .kendall: Rolling.kendall(x, y, window: w, minPeriods: m)
      case .ewma: ewma!.correlation
      }
    let count = r.days.indices.map { i in method == .ewma ? i + 1 : min(i + 1, w) }
    let nan = [Double](repeating: .nan, count: values.count)
    let band: ([Double], [Double]) =
      switch method {
      case .pearson: FisherZ.intervals(values, count: count, confidence: confidence)
      case .spearman:
        FisherZ.intervals(values, count: count, confidence: confidence, kind: .spearman)
      case .kendall: FisherZ.intervals(values, count: count, confidence: confidence, kind: .kendall)
      case .ewma: (nan, nan)
      }
    return CorrelationSeries(
      nameA: a.name, nameB: b.name, method: method, options: options,
      alpha: method == .ewma ? alpha : nil, confidence: confidence, days: r.days,
      values: values, lower: band.0, upper: band.1, count: count, ewma: ewma)
  }
}
