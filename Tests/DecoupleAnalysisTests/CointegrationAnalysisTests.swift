import DecoupleAnalysis
import DecoupleData
import DecoupleStats
import Foundation
import TestSupport
import Testing

@Suite struct CointegrationAnalysisTests {
  /// Two price series whose logs are cointegrated with a known spread half-life of 5 days.
  static func pair(seed: UInt64) -> (DailySeries, DailySeries) {
    var rng = SplitMix64(seed: seed)
    let phi = pow(2, -1 / 5.0)
    var level = 0.0
    var spread = 0.0
    var a: [Double] = []
    var b: [Double] = []
    for _ in 0..<1_500 {
      level += 0.02 * rng.normal()
      spread = phi * spread + 0.01 * rng.normal()
      b.append(level)
      a.append(1.5 * level + 0.2 + spread)
    }
    let start = Day(iso: "2020-01-01")!
    let days = (0..<a.count).map { start.adding(days: $0) }
    func series(_ name: String, _ logs: [Double]) -> DailySeries {
      DailySeries(
        name: name, days: days, values: logs.map { 100 * exp($0) }, calendar: .continuous,
        source: SeriesSource(file: "synthetic", format: "test", column: name))
    }
    return (series("A", a), series("B", b))
  }

  @Test(arguments: [UInt64(1), 2, 3])
  func aConstructedPairIsCointegratedWithItsHalfLife(_ seed: UInt64) throws {
    let (a, b) = Self.pair(seed: seed)
    var options = CointegrationAnalysis.Options()
    options.johansen = true
    let r = try CointegrationAnalysis.analyze(a, b, options: options)
    #expect(r.cointegrated)
    // Rank 1, or 2 when B's 1,500-step random walk happens to look stationary to the trace
    // test (its 5 % error); never 0.
    #expect(r.johansenRank ?? 0 >= 1)
    #expect(abs(r.hedgeRatio - 1.5) < 0.05)
    // The spread is estimated (β̂, not 1.5), so its half-life is checked loosely here; the
    // interval's coverage on a known spread is MeanReversionTests' job.
    let h = try #require(r.meanReversion?.halfLife)
    #expect(h > 3.5 && h < 7, "half-life \(h)")
    #expect(r.sentence.hasPrefix("A and B look cointegrated"))
  }

  @Test func ethAndRutAreNotCointegratedAndHaveNoSpreadEstimate() throws {
    let r = try CointegrationAnalysis.analyze(try Dataset.load("ETH"), try Dataset.load("RUT"))
    #expect(!r.cointegrated)
    #expect(r.meanReversion == nil)
    #expect(r.a.days == r.b.days)
  }
}
