/// Does one asset now move first? Cross-correlations at leads and lags, and Granger causality.
///
/// Lag convention: at lag k the correlation pairs A at t with B at t − k, so **k > 0 means B
/// leads A** (B's past against A's present) and k < 0 means A leads B. This is pandas
/// `a.corr(b.shift(k))`, the reference.
public enum LeadLag {}

/// Cross-correlations of A and B at lags −K…K.
public struct CrossCorrelation: Sendable, Equatable {
  /// −K…K.
  public var lags: [Int]
  /// Pearson correlation of A[t] and B[t − lag] over the overlapping valid pairs.
  public var correlation: [Double]
  /// Overlapping valid pairs at each lag.
  public var count: [Int]
  /// The two-sided significance bound ±q/√n at each lag (q the normal quantile of the
  /// confidence): under no correlation at that lag, |r| exceeds it with probability 1 − level.
  public var bound: [Double]
}

/// The outcome of a Granger causality F test.
public struct GrangerTest: Sendable, Equatable {
  /// Lag order.
  public var lags: Int
  /// ((SSRᵣ − SSRᵤ) / L) / (SSRᵤ / (n − 2L − 1)).
  public var f: Double
  /// P(F(L, n − 2L − 1) > f).
  public var pValue: Double
  public var dfNumerator: Int
  public var dfDenominator: Int
  /// Rows used in both regressions.
  public var count: Int
}

extension LeadLag {
  /// Cross-correlations of `a` and `b` at lags −`maxLag`…`maxLag` (see ``LeadLag`` for the
  /// sign). A lag with fewer than two overlapping pairs, or a constant side, gives NaN.
  /// - Complexity: O(n · maxLag), two-pass Pearson per lag; the three outputs are reserved
  ///   up front, nothing else is allocated.
  public static func crossCorrelation(
    _ a: [Double], _ b: [Double], maxLag: Int, confidence: Double = 0.95
  ) -> CrossCorrelation {
    precondition(a.count == b.count, "series must have the same length")
    precondition(maxLag >= 0, "maxLag must be ≥ 0")
    let n = a.count
    let q = Distributions.normalQuantile((1 + confidence) / 2)
    var out = CrossCorrelation(lags: Array(-maxLag...maxLag), correlation: [], count: [], bound: [])
    out.correlation.reserveCapacity(out.lags.count)
    out.count.reserveCapacity(out.lags.count)
    out.bound.reserveCapacity(out.lags.count)
    a.withUnsafeBufferPointer { ab in
      b.withUnsafeBufferPointer { bb in
        for k in -maxLag...maxLag {
          let len = n - abs(k)
          guard len > 0 else {
            out.correlation.append(.nan)
            out.count.append(0)
            out.bound.append(.nan)
            continue
          }
          // A[t] with B[t − k]: A from max(k, 0), B from max(−k, 0).
          let xa = UnsafeBufferPointer(rebasing: ab[max(k, 0)..<(max(k, 0) + len)])
          let xb = UnsafeBufferPointer(rebasing: bb[max(-k, 0)..<(max(-k, 0) + len)])
          let s = RollingCoMoments<Double>.exact(xa, xb, from: 0, to: len)
          out.correlation.append(s.correlation)
          out.count.append(s.count)
          out.bound.append(s.count >= 2 ? q / Double(s.count).squareRoot() : .nan)
        }
      }
    }
    return out
  }

  /// Does `cause`'s past help predict `effect` beyond `effect`'s own past? The SSR-based F test
  /// of statsmodels `grangercausalitytests([effect, cause], maxlag=[lags])` (`ssr_ftest`):
  /// restricted regression of effect[t] on a constant and effect[t−1…t−L], unrestricted adding
  /// cause[t−1…t−L], over t = L…n−1.
  /// - Returns: NaN F and p when fewer than 2L + 2 rows remain (no residual degree of freedom)
  ///   or a regression is undefined; rows with a NaN are dropped.
  public static func granger(effect: [Double], cause: [Double], lags: Int) -> GrangerTest {
    precondition(effect.count == cause.count, "series must have the same length")
    precondition(lags >= 1, "lags must be at least 1")
    let n = effect.count
    let rows = max(0, n - lags)
    func lagged(_ s: [Double], _ l: Int) -> [Double] { (0..<rows).map { s[lags + $0 - l] } }
    let own = (1...lags).map { lagged(effect, $0) }
    let other = (1...lags).map { lagged(cause, $0) }
    // Both regressions on the same rows: a row missing a lag of `cause` is dropped from both.
    let target = (0..<rows).map { t in
      other.contains { $0[t].isNaN } ? .nan : effect[lags + t]
    }
    let restricted = OLS.fit(target, on: own)
    let unrestricted = OLS.fit(target, on: own + other)
    let dfDen = unrestricted.count - 2 * lags - 1
    var test = GrangerTest(
      lags: lags, f: .nan, pValue: .nan, dfNumerator: lags, dfDenominator: dfDen,
      count: unrestricted.count)
    guard dfDen >= 1, restricted.count == unrestricted.count else { return test }
    let ssrR = restricted.residualSumOfSquares
    let ssrU = unrestricted.residualSumOfSquares
    guard !ssrR.isNaN, !ssrU.isNaN, ssrU > 0 else { return test }
    test.f = (ssrR - ssrU) / ssrU / Double(lags) * Double(dfDen)
    test.pValue = Distributions.fSurvival(test.f, Double(lags), Double(dfDen))
    return test
  }
}
