import DecoupleAnalysis
import DecoupleStats
import Testing

@Suite struct PairIdentityTests {
  static func returns(seed: UInt64, count: Int = 500) -> [Double] {
    var g = SplitMix64(seed: seed)
    return (0..<count).map { _ in 0.01 * g.normal() }
  }

  @Test func theSameReturnsAreIdentical() {
    let x = Self.returns(seed: 1)
    #expect(PairIdentity(x, x) == .identical)
  }

  @Test func aCloseCopyIsNearlyIdenticalAndAnotherAssetIsNot() {
    let x = Self.returns(seed: 1)
    let noise = Self.returns(seed: 2)
    // Noise of 5% of the scale: correlation 1/√1.0025 ≈ 0.9988, above 0.99.
    let copy = zip(x, noise).map { $0 + 0.05 * $1 }
    guard case .nearlyIdentical(let r) = PairIdentity(x, copy) else {
      Issue.record("a close copy should be nearly identical")
      return
    }
    #expect(abs(r - 0.9988) < 0.002)
    // Noise of 20%: correlation ≈ 0.98, two related assets, not one.
    let related = zip(x, noise).map { $0 + 0.2 * $1 }
    #expect(PairIdentity(x, related) == .distinct)
  }

  @Test func tooShortOrConstantSeriesAreDistinct() {
    #expect(PairIdentity([0.1, 0.2], [0.1, 0.3]) == .distinct)
    #expect(PairIdentity([0, 0, 0, 0], [0.1, 0.2, 0.1, 0.3]) == .distinct)
  }
}
