import DecoupleStats

/// The benchmark inputs: `n` correlated return-like pairs.
public enum BenchData {
  /// Draws `u1, u2` consecutively from SplitMix64(seed) for each position and returns
  /// `x = (u1 − 0.5)·0.04`, `y = 0.6·x + (u2 − 0.5)·0.03` (true correlation ≈ 0.85).
  public static func pairs(count n: Int, seed: UInt64 = 42) -> (x: [Double], y: [Double]) {
    var g = SplitMix64(seed: seed)
    var x = [Double](repeating: 0, count: n)
    var y = [Double](repeating: 0, count: n)
    for i in 0..<n {
      let u1 = g.unit()
      let u2 = g.unit()
      x[i] = (u1 - 0.5) * 0.04
      y[i] = 0.6 * x[i] + (u2 - 0.5) * 0.03
    }
    return (x, y)
  }
}
