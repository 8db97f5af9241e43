import DecoupleData
import DecoupleSeries
import DecoupleStats

/// Pairwise correlations of returns across a set of series (the universe view).
///
/// Each pair is aligned on its own common days within the range, and its correlation is that
/// of the last `window` returns up to the as-of day: the same "now" as the pair analysis.
public struct WindowCorrelationMatrix: Sendable, Equatable {
  /// Series names, in the order given.
  public var names: [String]
  /// `values[i][j]`: correlation of i's and j's returns; 1 on the diagonal; NaN when a pair
  /// has fewer than `minPeriods` common returns or a constant window.
  public var values: [[Double]]
  /// The number of returns behind each value.
  public var observations: [[Int]]
  /// The last common day of each pair, the latest of them.
  public var asOf: Day?
  public var window: Int

  public init(names: [String], values: [[Double]], observations: [[Int]], asOf: Day?, window: Int) {
    self.names = names
    self.values = values
    self.observations = observations
    self.asOf = asOf
    self.window = window
  }

  /// Computes the matrix for `series` with the window, range, return kind and frequency of
  /// `options`.
  /// - Throws: ``SeriesError`` when a close is not positive.
  public static func compute(_ series: [DailySeries], options: AnalysisOptions = .init()) throws
    -> WindowCorrelationMatrix
  {
    let n = series.count
    var values = Array(repeating: Array(repeating: Double.nan, count: n), count: n)
    var counts = Array(repeating: Array(repeating: 0, count: n), count: n)
    var asOf: Day?
    let clipped = series.map { $0.clipped(from: options.from, to: options.to) }
    let minPeriods = max(2, options.minPeriods ?? options.window)
    for i in 0..<n {
      values[i][i] = 1
      for j in (i + 1)..<max(i + 1, n) {
        let pair = AlignedPair(clipped[i], clipped[j])
        guard pair.count >= 2 else { continue }
        let r = try PairReturns(pair, kind: options.returns, frequency: options.frequency)
        let k = min(options.window, r.count)
        counts[i][j] = k
        counts[j][i] = k
        if let last = r.days.last { asOf = max(asOf ?? last, last) }
        guard k >= minPeriods else { continue }
        let c = Rolling.correlation(
          Array(r.returnsA.suffix(k)), Array(r.returnsB.suffix(k)), window: k)
        values[i][j] = c.last ?? .nan
        values[j][i] = values[i][j]
      }
      counts[i][i] = 0
    }
    return WindowCorrelationMatrix(
      names: series.map(\.name), values: values, observations: counts, asOf: asOf,
      window: options.window)
  }
}
