import Foundation

/// Multiple structural breaks in a linear regression (Bai & Perron 2003), y on [1, x] or on a
/// constant alone, with the sup-F test for one break (Andrews 1993).
///
/// Reference: R `strucchange` (Zeileis et al.): `breakpoints(y ~ x, h = 0.15)` and
/// `sctest(Fstats(y ~ x, from = 0.15))`, reproduced step for step:
/// - every segment has at least h = ⌊trimming · n⌋ observations; at most ⌈n / h⌉ − 2 breaks;
/// - for each number of breaks m, the breakpoints minimizing the total residual sum of squares,
///   by dynamic programming over all segments (first minimum on ties, as `which.min`);
/// - the number of breaks minimizing BIC = n (log RSS + 1 − log n + log 2π) + log n · (k + 1)(m + 1);
/// - sup-F: the largest Chow F statistic (RSS₀ − RSSᵢ) / (RSSᵢ / (n − 2k)) over single breaks i
///   in [⌊0.15 n⌋, n − ⌊0.15 n⌋], its p-value from Hansen (1997) (``SupFPValue``, k ≤ 2).
/// Segment RSS come from prefix sums of the centered data (strucchange uses recursive
/// residuals; the two agree to rounding).
///
/// Breakpoints are strucchange's: the 1-based index of the last observation of a segment
/// (equivalently the 0-based first index of the next one). Edge behaviour: h ≤ k (too few
/// observations per segment) or h > ⌊n/2⌋ throw ``EstimationError/tooShort``; non-finite values
/// throw ``EstimationError/nonFinite``.
public enum BaiPerron {}

extension BaiPerron {
  /// Breaks, fit statistics for every number of breaks, and the sup-F test.
  public struct Result: Sendable {
    public var count: Int
    /// Regressors: 1 (constant) or 2 (constant and x).
    public var regressors: Int
    /// Smallest segment.
    public var minimumSegment: Int
    /// The breakpoints chosen by BIC (empty for none).
    public var breakpoints: [Int]
    /// The optimal breakpoints for 1, 2, … M breaks.
    public var byBreaks: [[Int]]
    /// Residual sum of squares for 0…M breaks.
    public var rss: [Double]
    /// BIC for 0…M breaks.
    public var bic: [Double]
    public var supF: Double
    /// Where the sup-F statistic peaks.
    public var supFBreakpoint: Int
    /// Hansen's (1997) approximate p-value; `nil` when unavailable.
    public var supFPValue: Double?
    /// Per segment of the chosen breaks: first index, end (exclusive), intercept, slope (0 for
    /// the constant-only model).
    public var segments: [(start: Int, end: Int, intercept: Double, slope: Double)]
  }

  /// Breaks in the regression of `y` on a constant and `x` (or on a constant alone when `x` is
  /// `nil`).
  /// - Throws: ``EstimationError``.
  public static func fit(y: [Double], x: [Double]? = nil, trimming: Double = 0.15)
    throws(EstimationError) -> Result
  {
    let name = "Bai–Perron"
    let n = y.count
    let k = x == nil ? 1 : 2
    precondition(x == nil || x!.count == n, "y and x must have the same length")
    precondition(trimming > 0 && trimming < 0.5)
    let h = Int((trimming * Double(n)).rounded(.down))
    guard h > k, h <= n / 2 else {
      throw .tooShort(
        estimator: name, needed: Int((Double(k + 1) / trimming).rounded(.up)), count: n)
    }
    for s in [y, x ?? []] {
      if let bad = s.firstIndex(where: { !$0.isFinite }) {
        throw .nonFinite(estimator: name, index: bad)
      }
    }
    let c = Pelt.SegmentCost(cost: x == nil ? .l2 : .linear, y: y, x: x)
    // rss(a, b): 1-based inclusive segment a...b.
    func rss(_ a: Int, _ b: Int) -> Double { c.error(a - 1, b) }
    let maxBreaks = Int((Double(n) / Double(h)).rounded(.up)) - 2

    // table[m][i]: best RSS of the first i observations with m breaks; from[m][i]: last break.
    var table = [[Double]](repeating: [Double](repeating: .nan, count: n + 1), count: maxBreaks + 1)
    var from = [[Int]](repeating: [Int](repeating: 0, count: n + 1), count: maxBreaks + 1)
    if maxBreaks >= 1 {
      for i in h...(n - h) { table[1][i] = rss(1, i) }
    }
    if maxBreaks >= 2 {
      for m in 2...maxBreaks where m * h <= n - h {
        for i in (m * h)...(n - h) {
          var best = Double.infinity
          var arg = -1
          for j in ((m - 1) * h)...(i - h) {
            let v = table[m - 1][j] + rss(j + 1, i)
            if v < best {
              best = v
              arg = j
            }
          }
          table[m][i] = best
          from[m][i] = arg
        }
      }
    }
    var byBreaks: [[Int]] = []
    var rssByM = [rss(1, n)]
    if maxBreaks >= 1 {
      for m in 1...maxBreaks {
        var best = Double.infinity
        var arg = -1
        for i in h...(n - h) where !table[m][i].isNaN {
          let v = table[m][i] + rss(i + 1, n)
          if v < best {
            best = v
            arg = i
          }
        }
        var bps = [arg]
        var mm = m
        while mm > 1 {
          bps.insert(from[mm][bps[0]], at: 0)
          mm -= 1
        }
        byBreaks.append(bps)
        let bounds = [0] + bps + [n]
        rssByM.append((1..<bounds.count).reduce(0) { $0 + rss(bounds[$1 - 1] + 1, bounds[$1]) })
      }
    }
    let nn = Double(n)
    let bic = rssByM.indices.map { m in
      nn * (log(rssByM[m]) + 1 - log(nn) + log(2 * Double.pi)) + log(nn) * Double((k + 1) * (m + 1))
    }
    let chosen = bic.indices.min { bic[$0] < bic[$1] } ?? 0
    let breakpoints = chosen == 0 ? [] : byBreaks[chosen - 1]

    // sup-F over single breaks (strucchange's Fstats, from = 0.15).
    var lo = Int((0.15 * nn).rounded(.down))
    var hi = n - lo
    lo = max(lo, k + 1)
    hi = min(hi, n - k - 1)
    let rss0 = rssByM[0]
    var supF = -Double.infinity
    var supAt = lo
    if lo <= hi {
      for i in lo...hi {
        let r = rss(1, i) + rss(i + 1, n)
        let f = (rss0 - r) / (r / Double(n - 2 * k))
        if f > supF {
          supF = f
          supAt = i
        }
      }
    }
    let lambda = Double((n - lo) * hi) / Double(lo * (n - hi))
    let bounds = [0] + breakpoints + [n]
    let segments = (1..<bounds.count).map { s in
      let (a, b) = (bounds[s - 1], bounds[s])
      let (ic, sl) = ols(y[a..<b], x.map { Array($0[a..<b]) })
      return (start: a, end: b, intercept: ic, slope: sl)
    }
    return Result(
      count: n, regressors: k, minimumSegment: h, breakpoints: breakpoints, byBreaks: byBreaks,
      rss: rssByM, bic: bic, supF: supF, supFBreakpoint: supAt,
      supFPValue: SupFPValue.pValue(supF, k: k, lambda: lambda), segments: segments)
  }

  /// Intercept and slope of y on [1, x] (slope 0 and the mean without x).
  static func ols(_ y: ArraySlice<Double>, _ x: [Double]?) -> (Double, Double) {
    let n = Double(y.count)
    let my = y.reduce(0, +) / n
    guard let x else { return (my, 0) }
    let mx = x.reduce(0, +) / n
    var sxy = 0.0
    var sxx = 0.0
    for (a, b) in zip(y, x) {
      sxy += (a - my) * (b - mx)
      sxx += (b - mx) * (b - mx)
    }
    let slope = sxx > 0 ? sxy / sxx : 0
    return (my - slope * mx, slope)
  }
}
