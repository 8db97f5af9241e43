import DecoupleAnalysis
import Foundation
import TestSupport
import Testing

/// `Regime(logReturns:)`: trending up, down or sideways, from the returns themselves.
@Suite struct RegimeLogReturnsTests {
  static func returns(drift: Double, seed: UInt64, count: Int = 90) -> [Double] {
    var g = SplitMix64(seed: seed)
    return (0..<count).map { _ in drift + 0.01 * g.normal() }
  }

  /// Mirroring the returns mirrors the regime; scaling them changes the move but neither the
  /// trend score nor the efficiency ratio (both are scale-free).
  @Test(arguments: [UInt64(1), 2, 3])
  func mirrorAndScaleInvariance(_ seed: UInt64) {
    let r = Self.returns(drift: 0.004, seed: seed)
    let up = Regime(logReturns: r)
    let down = Regime(logReturns: r.map { -$0 })
    let scaled = Regime(logReturns: r.map { 3 * $0 })
    #expect(up.kind == .trendingUp && down.kind == .trendingDown)
    #expect(abs(up.trendScore + down.trendScore) < 1e-12 && up.move == -down.move)
    #expect(abs(scaled.trendScore - up.trendScore) < 1e-9)
    #expect(abs(scaled.efficiencyRatio - up.efficiencyRatio) < 1e-12)
    #expect(abs(scaled.move - 3 * up.move) < 1e-12)
  }

  /// A path that only rises is fully efficient; one that ends where it started is sideways
  /// with efficiency 0; the closes initialiser is the returns one on their log ratios.
  @Test func efficiencyBoundsAndTheClosesInitialiser() {
    #expect(Regime(logReturns: [0.01, 0.02, 0.005]).efficiencyRatio == 1)
    let flat = Regime(logReturns: [0.01, -0.01, 0.02, -0.02])
    #expect(flat.kind == .sideways && flat.efficiencyRatio == 0 && flat.trendScore == 0)
    let closes = [100.0, 101, 99.5, 103, 104, 102]
    let byCloses = Regime(closes: closes)
    let byReturns = Regime(
      logReturns: zip(closes.dropFirst(), closes).map { log($0 / $1) })
    #expect(byCloses.trendScore == byReturns.trendScore && byCloses.kind == byReturns.kind)
  }
}
