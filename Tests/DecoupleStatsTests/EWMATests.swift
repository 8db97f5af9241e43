import DecoupleStats
import Foundation
import TestSupport
import Testing

/// Fixtures from tools/oracle/comove.py: pandas `ewm(...).corr/cov/std` on ETH and RUT log
/// returns (2,151 common days) and on a synthetic pair with NaN gaps.
@Suite struct EWMATests {
  static let configs: [(name: String, alpha: Double, adjust: Bool)] = [
    ("l94adj", EWMA.alpha(lambda: 0.94), true), ("l94", EWMA.alpha(lambda: 0.94), false),
    ("hl30adj", EWMA.alpha(halfLife: 30), true),
  ]

  @Test(arguments: ["ewma_ETH_RUT_daily_log.csv", "ewma_gaps.csv"])
  func matchesPandas(_ file: String) throws {
    let t = try NumericTable(fixture: "oracle/" + file)
    for c in Self.configs {
      let s = EWMA.pairStatistics(t["returnA"], t["returnB"], alpha: c.alpha, adjust: c.adjust)
      let volB = EWMA.volatility(t["returnB"], alpha: c.alpha, adjust: c.adjust)
      // The recurrence is pandas' own, term for term; what remains is the order of a few
      // roundings per step, accumulated over a decaying memory: 1e-10 (scaled) is generous.
      for (name, got) in [
        ("corr", s.correlation), ("cov", s.covariance), ("volA", s.volatilityX), ("volB", volB),
      ] {
        let e = scaledError(got, t["\(name)_\(c.name)"])
        #expect(e < 1e-10, "\(file) \(name)_\(c.name): scaled error \(e)")
      }
    }
  }

  @Test func alphaFromLambdaAndHalfLife() {
    #expect(abs(EWMA.alpha(lambda: 0.94) - 0.06) < 1e-15)
    // After one half-life the weight of an observation is halved: (1 − α)^h = 1/2.
    let a = EWMA.alpha(halfLife: 30)
    #expect(abs(pow(1 - a, 30) - 0.5) < 1e-14)
  }

  @Test func constantAndShortSeriesGiveNaNNotNoise() {
    let x = [0.01, 0.01, 0.01, 0.01]
    let y = [0.02, -0.01, 0.03, 0.00]
    let s = EWMA.pairStatistics(x, y, alpha: 0.06)
    #expect(s.correlation.allSatisfy { $0.isNaN })
    #expect(s.volatilityX[0].isNaN && s.volatilityX[1...].allSatisfy { $0 == 0 })
    #expect(s.covariance[0].isNaN && s.covariance[3] == 0)
    let m = EWMA.pairStatistics(y, y, alpha: 0.06, minPeriods: 3)
    #expect(m.volatilityX[1].isNaN && !m.volatilityX[2].isNaN)
  }

  @Test func ignoringMissingEqualsDroppingThem() {
    var g = SplitMix64(seed: 11)
    let x = (0..<50).map { i in i % 7 == 3 ? Double.nan : g.normal() }
    let y = (0..<50).map { i in i % 7 == 3 ? Double.nan : g.normal() }
    let skip = EWMA.pairStatistics(x, y, alpha: 0.1, ignoreMissing: true)
    let kept = x.indices.filter { !x[$0].isNaN }
    let dropped = EWMA.pairStatistics(kept.map { x[$0] }, kept.map { y[$0] }, alpha: 0.1)
    for (k, i) in kept.enumerated() {
      // The same arithmetic on the same values in the same order: identical bits.
      #expect(skip.correlation[i] == dropped.correlation[k] || skip.correlation[i].isNaN)
    }
    let aged = EWMA.pairStatistics(x, y, alpha: 0.1)
    #expect(aged.correlation[49] != skip.correlation[49])  // gaps age the weights by default
  }
}
