import Foundation

/// Exact change-point detection by PELT (Killick, Fearnhead & Eckley 2012): the segmentation
/// minimizing Σ segment costs + penalty × (number of segments), every position a candidate.
///
/// Reference: Python `ruptures` `Pelt(model=..., min_size=..., jump=1).fit(x).predict(pen=...)`,
/// reproduced step for step (the same recursion order, first minimum on ties, the same pruning
/// test `F(t) + c(t, s) + pen ≤ F(s) + pen`), so breakpoints match exactly. ruptures' default
/// `jump=5` only considers every fifth position and can miss breaks; there is no `jump` here.
///
/// Costs (ruptures names): ``Cost/l2`` change in mean (sum of squared deviations), ``Cost/normal``
/// change in mean and variance (n · log(σ̂² + 10⁻⁶), ruptures ≥ 1.1.5 adds the 10⁻⁶), and
/// ``Cost/linear`` change in the regression of y on x with an intercept (residual sum of
/// squares; ruptures with signal `[y, 1, x]`). Segment costs are O(1) from prefix sums of the
/// globally centered data.
///
/// Breakpoints use ruptures' convention: the end (exclusive) of each segment, the last one
/// being the number of observations. Edge behaviour: fewer than `minSize` observations, a
/// non-finite value, or a non-positive penalty throw ``EstimationError``.
public enum Pelt {}

extension Pelt {
  /// What changes at a break.
  public enum Cost: String, Sendable, CaseIterable {
    /// The mean (ruptures `"l2"`).
    case l2
    /// The mean and the variance (ruptures `"normal"`).
    case normal
    /// The intercept and slope of y on x (ruptures `"linear"` with an intercept column).
    case linear

    /// Parameters per segment: 1 (mean), 2 (mean, variance), 2 (intercept, slope).
    public var parametersPerSegment: Int { self == .l2 ? 1 : 2 }
    /// ruptures' smallest segment for this cost.
    public var minimumSegment: Int { self == .l2 ? 1 : 2 }
  }

  /// How much a new segment must improve the fit.
  public enum Penalty: Sendable, Equatable {
    /// (parameters per segment + 1) · log n, scaled by a noise variance for the sum-of-squares
    /// costs: for l2 (1.4826 · MAD of first differences)² / 2, for linear the residual
    /// variance (divisor n) of the full-sample regression; normal's cost is a log-likelihood.
    case bic
    /// As ``bic`` with (parameters per segment + 2) · log n: the penalty part of Zhang &
    /// Siegmund's (2007) modified BIC, without its segment-length term.
    case mbic
    /// A value used as given.
    case value(Double)
  }

  /// Breakpoints and what produced them.
  public struct Result: Sendable, Equatable {
    public var cost: Cost
    public var minSize: Int
    /// The penalty value used.
    public var penalty: Double
    /// Segment ends (exclusive), ruptures' convention; the last is `count`.
    public var breakpoints: [Int]
    /// Σ segment costs + penalty × segments.
    public var objective: Double
    /// Positions of the changes (the first index of each new segment): breakpoints without
    /// the last.
    public var changes: [Int] { Array(breakpoints.dropLast()) }
  }

  /// Changes in the mean (`.l2`) or mean and variance (`.normal`) of `x`.
  /// - Throws: ``EstimationError/zeroPenalty(estimator:penalty:)`` when `.bic`/`.mbic` is zero
  ///   (a noiseless series), `.degenerate` for a value that is not positive, `.tooShort`,
  ///   `.nonFinite`.
  public static func detect(
    _ x: [Double], cost: Cost, minSize: Int = 2, penalty: Penalty = .bic
  ) throws(EstimationError) -> Result {
    precondition(cost != .linear, "use detect(y:x:) for the linear cost")
    try check(x, minSize: max(minSize, cost.minimumSegment))
    let segment = SegmentCost(cost: cost, y: x, x: nil)
    return try run(segment, count: x.count, minSize: minSize, penalty: penalty)
  }

  /// Changes in the regression of `y` on `x` (intercept and slope).
  /// - Throws: ``EstimationError/zeroPenalty(estimator:penalty:)`` when `.bic`/`.mbic` is zero
  ///   (a noiseless series), `.degenerate` for a value that is not positive, `.tooShort`,
  ///   `.nonFinite`.
  public static func detect(
    y: [Double], x: [Double], minSize: Int = 30, penalty: Penalty = .bic
  ) throws(EstimationError) -> Result {
    precondition(y.count == x.count, "y and x must have the same length")
    try check(y, minSize: max(minSize, 2))
    try check(x, minSize: max(minSize, 2))
    let segment = SegmentCost(cost: .linear, y: y, x: x)
    return try run(segment, count: y.count, minSize: minSize, penalty: penalty)
  }

  /// Exact PELT over positions 0…n for any additive segment cost `cost(start, end)`.
  /// - Returns: the breakpoints (segment ends, the last is `count`) and the objective.
  public static func segment(
    count n: Int, minSize: Int, penalty pen: Double, cost: (Int, Int) -> Double
  ) -> (breakpoints: [Int], objective: Double) {
    precondition(minSize >= 1 && n >= minSize)
    var f = [Double](repeating: .nan, count: n + 1)
    var last = [Int](repeating: 0, count: n + 1)
    f[0] = 0
    // Candidate last-segment starts, in the order ruptures keeps them (increasing), with the
    // value F(t) + c(t, s) + pen of the current step; compacted in place when pruning.
    var admissible = [Int](repeating: 0, count: n + 1)
    var values = [Double](repeating: 0, count: n + 1)
    var size = 0
    f.withUnsafeMutableBufferPointer { f in
      last.withUnsafeMutableBufferPointer { last in
        admissible.withUnsafeMutableBufferPointer { adm in
          values.withUnsafeMutableBufferPointer { values in
            for s in minSize...n {
              adm[size] = s - minSize
              size += 1
              var best = Double.infinity
              var arg = -1
              var live = 0
              for i in 0..<size {
                let t = adm[i]
                // ruptures skips starts with no partition yet (0 < t < minSize): dropped.
                guard t == 0 || t >= minSize else { continue }
                let v = f[t] + (cost(t, s) + pen)
                adm[live] = t
                values[live] = v
                live += 1
                if v < best {
                  best = v
                  arg = t
                }
              }
              f[s] = best
              last[s] = arg
              var kept = 0
              for i in 0..<live where values[i] <= best + pen {
                adm[kept] = adm[i]
                kept += 1
              }
              size = kept
            }
          }
        }
      }
    }
    var bkps: [Int] = []
    var s = n
    while s > 0 {
      bkps.append(s)
      s = last[s]
    }
    return (bkps.reversed(), f[n])
  }

  // MARK: - Pieces

  static func check(_ x: [Double], minSize: Int) throws(EstimationError) {
    guard x.count >= minSize else {
      throw .tooShort(estimator: "PELT", needed: minSize, count: x.count)
    }
    if let bad = x.firstIndex(where: { !$0.isFinite }) {
      throw .nonFinite(estimator: "PELT", index: bad)
    }
  }

  static func run(_ c: SegmentCost, count n: Int, minSize: Int, penalty: Penalty)
    throws(EstimationError) -> Result
  {
    let m = max(minSize, c.cost.minimumSegment)
    let pen = c.penaltyValue(penalty)
    guard pen.isFinite, pen > 0 else {
      if case .value = penalty {
        throw .degenerate(estimator: "PELT", reason: "the penalty must be positive (got \(pen))")
      }
      throw .zeroPenalty(estimator: "PELT", penalty: penalty == .mbic ? "MBIC" : "BIC")
    }
    let (bkps, objective) = c.withError { segment(count: n, minSize: m, penalty: pen, cost: $0) }
    return Result(cost: c.cost, minSize: m, penalty: pen, breakpoints: bkps, objective: objective)
  }
}
