import Foundation

/// The stationary bootstrap of Politis & Romano (1994): resamples of a time series made of
/// blocks with random starts and geometric lengths (mean `meanBlockLength`), wrapping around the
/// end, so that short-range dependence (volatility clustering) survives resampling. Reference:
/// `arch.bootstrap.StationaryBootstrap` (same scheme; its random stream differs, so the tests
/// check properties rather than digits). Randomness comes only from a seeded ``SplitMix64``:
/// the same seed gives the same interval.
public enum StationaryBootstrap {}

/// A percentile bootstrap interval.
public struct BootstrapInterval: Sendable, Equatable {
  /// The statistic on the original sample.
  public var estimate: Double
  /// Lower and upper percentile bounds.
  public var lower: Double
  public var upper: Double
  /// Standard deviation of the replicates.
  public var standardError: Double
  /// Replicates with a defined statistic (a resample can be constant in one series).
  public var replicates: Int
  /// The mean block length used.
  public var meanBlockLength: Double
}

extension StationaryBootstrap {
  /// What is resampled.
  public enum Statistic: String, Sendable, CaseIterable {
    /// Pearson correlation of x and y.
    case correlation
    /// OLS slope of x on y (beta of A on B).
    case beta
  }

  /// Politis & White's rule of thumb when no block length is given: n^(1/3), at least 1.
  public static func defaultBlockLength(count: Int) -> Double {
    max(1, Foundation.pow(Double(count), 1.0 / 3.0))
  }

  /// Writes one resample of `0..<indices.count` into `indices`: each position continues the
  /// current block with probability 1 − 1/`meanBlockLength`, otherwise jumps to a uniform start.
  public static func resample(
    into indices: UnsafeMutableBufferPointer<Int>, meanBlockLength: Double,
    using g: inout SplitMix64
  ) {
    let n = indices.count
    guard n > 0 else { return }
    let p = 1 / max(1, meanBlockLength)
    var current = Int(g.next() % UInt64(n))
    indices[0] = current
    for t in 1..<n {
      if g.unit() < p {
        current = Int(g.next() % UInt64(n))
      } else {
        current = current + 1 == n ? 0 : current + 1
      }
      indices[t] = current
    }
  }

  /// A percentile interval for the correlation of `x` and `y` or the beta of `x` on `y`.
  ///
  /// Pairs with a NaN are dropped first. - Returns: NaN bounds with fewer than 4 pairs or
  /// fewer than 10 replicates with a defined statistic.
  /// - Complexity: O(replicates · n); one index buffer and one replicate buffer.
  public static func interval(
    _ x: [Double], _ y: [Double], statistic: Statistic, replicates: Int = 2_000,
    meanBlockLength: Double? = nil, confidence: Double = 0.95, seed: UInt64
  ) -> BootstrapInterval {
    precondition(x.count == y.count, "series must have the same length")
    precondition(replicates >= 1, "replicates must be at least 1")
    precondition(confidence > 0 && confidence < 1, "confidence must be in (0, 1)")
    let keep = x.indices.filter { !x[$0].isNaN && !y[$0].isNaN }
    let xs = keep.map { x[$0] }
    let ys = keep.map { y[$0] }
    let n = xs.count
    let block = meanBlockLength ?? defaultBlockLength(count: n)
    func value(_ s: RollingCoMoments<Double>) -> Double {
      switch statistic {
      case .correlation: s.correlation
      case .beta: s.count >= 2 && s.m2Y > 0 ? s.cXY / s.m2Y : .nan
      }
    }
    var full = RollingCoMoments<Double>()
    for i in 0..<n { full.add(xs[i], ys[i]) }
    var result = BootstrapInterval(
      estimate: value(full), lower: .nan, upper: .nan, standardError: .nan, replicates: 0,
      meanBlockLength: block)
    guard n >= 4 else { return result }
    var g = SplitMix64(seed: seed)
    var values = [Double]()
    values.reserveCapacity(replicates)
    var indices = [Int](repeating: 0, count: n)
    indices.withUnsafeMutableBufferPointer { idx in
      for _ in 0..<replicates {
        resample(into: idx, meanBlockLength: block, using: &g)
        var s = RollingCoMoments<Double>()
        for i in idx { s.add(xs[i], ys[i]) }
        let v = value(s)
        if !v.isNaN { values.append(v) }
      }
    }
    result.replicates = values.count
    guard values.count >= 10 else { return result }
    values.sort()
    let tail = (1 - confidence) / 2
    result.lower = percentile(values, tail)
    result.upper = percentile(values, 1 - tail)
    let mean = values.reduce(0, +) / Double(values.count)
    let ss = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    result.standardError = (ss / Double(values.count - 1)).squareRoot()
    return result
  }

  /// Linear-interpolation percentile of sorted values (numpy's default method).
  static func percentile(_ sorted: [Double], _ q: Double) -> Double {
    let h = Double(sorted.count - 1) * q
    let lo = Int(h.rounded(.down))
    let hi = min(lo + 1, sorted.count - 1)
    return sorted[lo] + (h - Double(lo)) * (sorted[hi] - sorted[lo])
  }
}
