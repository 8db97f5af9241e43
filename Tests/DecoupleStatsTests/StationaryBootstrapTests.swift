import DecoupleStats
import Foundation
import TestSupport
import Testing

@Suite struct StationaryBootstrapTests {
  @Test func sameSeedSameIntervalOtherSeedOtherInterval() throws {
    let p = try NumericTable(fixture: "oracle/pair_ETH_RUT_daily_log_w90.csv")
    let a = Array(p["returnA"].suffix(500))
    let b = Array(p["returnB"].suffix(500))
    let one = StationaryBootstrap.interval(a, b, statistic: .beta, replicates: 300, seed: 42)
    let two = StationaryBootstrap.interval(a, b, statistic: .beta, replicates: 300, seed: 42)
    let three = StationaryBootstrap.interval(a, b, statistic: .beta, replicates: 300, seed: 43)
    #expect(one == two)
    #expect(one.lower != three.lower)
    #expect(one.lower < one.estimate && one.estimate < one.upper)
    #expect(one.replicates == 300 && abs(one.meanBlockLength - pow(500, 1.0 / 3)) < 1e-12)
  }

  @Test func blocksHaveTheRequestedMeanLength() {
    // A block ends at each position with probability 1/L, so the number of jumps in n
    // positions is Binomial(n − 1, 1/L): for n = 100,000 and L = 8 the mean block length is
    // 8 ± 0.1 (four standard deviations ≈ 0.1).
    var g = SplitMix64(seed: 1)
    var idx = [Int](repeating: 0, count: 100_000)
    idx.withUnsafeMutableBufferPointer {
      StationaryBootstrap.resample(into: $0, meanBlockLength: 8, using: &g)
    }
    var blocks = 1
    for t in 1..<idx.count where idx[t] != (idx[t - 1] + 1) % idx.count { blocks += 1 }
    let mean = Double(idx.count) / Double(blocks)
    #expect(abs(mean - 8) < 0.12, "mean block length \(mean)")
  }

  @Test func standardErrorOfCorrelationMatchesTheoryOnIndependentDraws() {
    // i.i.d. bivariate normal with ρ = 0.5, n = 2,000: the sampling s.d. of r is
    // (1 − ρ²)/√n = 0.0168. With 1,000 replicates the bootstrap s.e. has a relative sampling
    // error of about 2.5%; ±15% catches a wrong resampler (e.g. one that repeats the sample).
    var g = SplitMix64(seed: 7)
    let n = 2_000
    var x = [Double]()
    var y = [Double]()
    for _ in 0..<n {
      let u = g.normal()
      x.append(u)
      y.append(0.5 * u + (0.75).squareRoot() * g.normal())
    }
    let r = StationaryBootstrap.interval(
      x, y, statistic: .correlation, replicates: 1_000, meanBlockLength: 1, seed: 3)
    let theory = (1 - 0.25) / Double(n).squareRoot()
    #expect(abs(r.standardError / theory - 1) < 0.15, "s.e. \(r.standardError) vs \(theory)")
  }

  @Test(arguments: [StationaryBootstrap.Statistic.correlation, .beta])
  func agreesWithArchWithinSamplingError(_ statistic: StationaryBootstrap.Statistic) throws {
    // Reference: arch StationaryBootstrap(8, seed=42), 5,000 replicates, ETH/RUT 2023–2024
    // (tools/oracle/inference.py). The random streams differ, so the comparison is within
    // sampling error: with B = 5,000 a bootstrap s.e. has relative s.d. ≈ 1/√(2B) = 1%, so two
    // of them differ by ≤ 6% at 4σ; a 2.5% / 97.5% percentile has s.d. ≈ 0.04 s.e., so two differ
    // by ≤ 0.25 s.e. at 4σ. A wrong block scheme (i.i.d., or no wrap) moves the s.e. by > 10%.
    let p = try NumericTable(fixture: "oracle/pair_ETH_RUT_daily_log_w90.csv")
    let keep = p.dates.indices.filter { p.dates[$0] >= "2023-01-01" && p.dates[$0] <= "2024-12-31" }
    let x = keep.map { p["returnA"][$0] }
    let y = keep.map { p["returnB"][$0] }
    let ref = try NumericTable(fixture: "oracle/inference_bootstrap.csv")
    #expect(x.count == Int(ref["count"][0]))
    let b = StationaryBootstrap.interval(
      x, y, statistic: statistic, replicates: 5_000, meanBlockLength: 8, seed: 42)
    let name = statistic.rawValue
    let se = ref[name + "SE"][0]
    #expect(abs(b.standardError / se - 1) < 0.06, "s.e. \(b.standardError) vs arch \(se)")
    #expect(abs(b.lower - ref[name + "Lower"][0]) < 0.25 * se, "lower \(b.lower)")
    #expect(abs(b.upper - ref[name + "Upper"][0]) < 0.25 * se, "upper \(b.upper)")
  }

  @Test func tooFewPairsGiveNaN() {
    let r = StationaryBootstrap.interval(
      [1, 2, .nan, 3], [2, 1, 5, 3], statistic: .correlation, seed: 1)
    #expect(r.lower.isNaN && r.upper.isNaN && !r.estimate.isNaN)
  }
}
