/// SplitMix64 (Steele, Lea & Flood 2014), the generator behind the benchmark inputs.
///
/// `tools/bench/rolling_corr.py` implements the same generator with numpy `uint64` arithmetic, so
/// the Swift and Python benchmarks run on bit-identical data.
public struct SplitMix64: Sendable {
  public var state: UInt64

  public init(seed: UInt64) { state = seed }

  /// The next 64-bit output.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform double in [0, 1): the top 53 bits times 2⁻⁵³.
  public mutating func nextUnit() -> Double {
    Double(next() >> 11) * 0x1p-53
  }
}

/// The benchmark inputs: `n` correlated return-like pairs.
public enum BenchData {
  /// Draws `u1, u2` consecutively from SplitMix64(seed) for each position and returns
  /// `x = (u1 − 0.5)·0.04`, `y = 0.6·x + (u2 − 0.5)·0.03` (true correlation ≈ 0.85).
  public static func pairs(count n: Int, seed: UInt64 = 42) -> (x: [Double], y: [Double]) {
    var g = SplitMix64(seed: seed)
    var x = [Double](repeating: 0, count: n)
    var y = [Double](repeating: 0, count: n)
    for i in 0..<n {
      let u1 = g.nextUnit()
      let u2 = g.nextUnit()
      x[i] = (u1 - 0.5) * 0.04
      y[i] = 0.6 * x[i] + (u2 - 0.5) * 0.03
    }
    return (x, y)
  }
}
