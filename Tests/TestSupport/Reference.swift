import Foundation

@_exported import struct DecoupleStats.SplitMix64

/// Straightforward references for testing the rolling kernels.
public enum Reference {
  /// Two-pass Pearson correlation of the valid pairs of one window (NaN if fewer than
  /// `minPeriods` valid pairs or either variance is zero).
  public static func windowCorrelation(
    _ x: ArraySlice<Double>, _ y: ArraySlice<Double>, minPeriods: Int
  ) -> Double {
    let pairs = zip(x, y).filter { !$0.0.isNaN && !$0.1.isNaN }
    guard pairs.count >= max(minPeriods, 1), pairs.count >= 2 else { return .nan }
    let n = Double(pairs.count)
    let mx = pairs.reduce(0) { $0 + $1.0 } / n
    let my = pairs.reduce(0) { $0 + $1.1 } / n
    var sxx = 0.0
    var syy = 0.0
    var sxy = 0.0
    for (a, b) in pairs {
      sxx += (a - mx) * (a - mx)
      syy += (b - my) * (b - my)
      sxy += (a - mx) * (b - my)
    }
    if Set(pairs.map(\.0)).count == 1 || Set(pairs.map(\.1)).count == 1 { return .nan }
    return sxy / (sxx * syy).squareRoot()
  }

  /// `windowCorrelation` for every trailing window.
  public static func rollingCorrelation(
    _ x: [Double], _ y: [Double], window: Int, minPeriods: Int
  ) -> [Double] {
    x.indices.map { i in
      let lo = max(0, i - window + 1)
      return windowCorrelation(x[lo...i], y[lo...i], minPeriods: minPeriods)
    }
  }
}

/// Whether two doubles agree within `tolerance`, treating two NaNs as equal.
public func agree(_ a: Double, _ b: Double, tolerance: Double) -> Bool {
  if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
  return abs(a - b) <= tolerance
}

extension Reference {
  /// Two-pass sample standard deviation (divisor n − 1).
  public static func sampleStandardDeviation(_ x: [Double]) -> Double {
    let m = x.reduce(0, +) / Double(x.count)
    return (x.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(x.count - 1)).squareRoot()
  }
}

/// Largest |got − want| scaled by the reference column's largest magnitude, so that columns of
/// size 1e-4 (covariances) and of size 1 (correlations) are held to one relative standard;
/// `.infinity` when NaN patterns differ.
public func scaledError(_ got: [Double], _ want: [Double]) -> Double {
  let scale = max(want.lazy.filter { !$0.isNaN }.map(abs).max() ?? 1, 1e-300)
  var worst = 0.0
  for (g, w) in zip(got, want) {
    if g.isNaN != w.isNaN { return .infinity }
    if !w.isNaN { worst = max(worst, abs(g - w) / scale) }
  }
  return worst
}
