import DecoupleData
import DecoupleSeries
import DecoupleStats

/// How much a universe moves together over time: on each day, the average of the rolling
/// correlations of every pair of its members defined that day.
public struct AverageCorrelation: Sendable, Equatable {
  /// One day of the average.
  public struct Point: Sendable, Equatable {
    public var date: Day
    /// The mean of the pairs' rolling correlations that day.
    public var average: Double
    /// How many pairs had a value that day (of `k(k − 1)/2`).
    public var pairs: Int
  }

  /// Oldest first; only days with at least one pair defined.
  public var points: [Point]
  /// The number of pairs of the universe.
  public var pairCount: Int
}

extension CoMovement {
  /// The average pairwise correlation over time: each pair of `series` on its own common days
  /// (the pair convention), its rolling Pearson correlation over `options.window` returns
  /// (``Rolling``, at least `minPeriods`), then on each day the mean over the pairs
  /// defined that day. A pair with too little common history contributes nothing; a day no
  /// pair covers is left out. On a day every pair covers, it equals the mean of the
  /// off-diagonal entries of ``matrix(_:pairwiseComplete:cluster:options:)`` (pairwise) as of
  /// that day.
  /// - Throws: ``SeriesError/nonPositivePrice`` for a close ≤ 0.
  public static func averageCorrelation(_ series: [DailySeries], options: AnalysisOptions)
    throws -> AverageCorrelation
  {
    var sums: [Day: (sum: Double, count: Int)] = [:]
    let k = series.count
    for i in 0..<k {
      for j in (i + 1)..<k {
        guard let r = try pairReturns(series[i], series[j], options: options) else { continue }
        let rho = Rolling.correlation(
          r.returns[0], r.returns[1], window: options.window,
          minPeriods: min(options.minPeriods ?? options.window, options.window))
        for (d, v) in zip(r.days, rho) where v.isFinite {
          sums[d, default: (0, 0)].sum += v
          sums[d, default: (0, 0)].count += 1
        }
      }
    }
    let points = sums.keys.sorted().map { d in
      AverageCorrelation.Point(
        date: d, average: sums[d]!.sum / Double(sums[d]!.count), pairs: sums[d]!.count)
    }
    return AverageCorrelation(points: points, pairCount: k * (k - 1) / 2)
  }
}
