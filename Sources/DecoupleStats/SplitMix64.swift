import Foundation

/// SplitMix64 (Steele, Lea & Flood 2014): a small, fast, seeded generator, so that everything
/// random in Decouple (bootstrap, simulation, benchmarks and tests) is reproducible from a
/// `--seed`.
///
/// `tools/bench/rolling_corr.py` implements the same generator with numpy `uint64` arithmetic,
/// so the Swift and Python benchmarks run on bit-identical data.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  /// The current state; the next output is derived from `state + 0x9E3779B97F4A7C15`.
  public var state: UInt64

  public init(seed: UInt64) { state = seed }

  /// The next 64-bit output.
  @inlinable
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform double in [0, 1): the top 53 bits times 2⁻⁵³.
  @inlinable
  public mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

  /// A standard normal draw (Box–Muller, one of the pair; two uniforms per call).
  public mutating func normal() -> Double {
    let u1 = max(unit(), 0x1p-60)
    let u2 = unit()
    return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
  }
}
