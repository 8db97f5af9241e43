import DecoupleStats
import Foundation
import Testing

@Suite struct FisherZTests {
  @Test func matchesRCorTest() throws {
    // Reference: R 4.x `cor.test` uses tanh(atanh(r) ± qnorm(0.975)/sqrt(n - 3)); for r = 0.5,
    // n = 30: z = atanh(0.5), half-width 1.959964/sqrt(27); the interval
    // (0.1704314, 0.7289586) as R prints it (7 significant digits, so 1e-6).
    let (lo, hi) = try #require(FisherZ.interval(r: 0.5, n: 30, quantile: 1.959964))
    #expect(abs(lo - 0.1704314) < 1e-6)
    #expect(abs(hi - 0.7289586) < 1e-6)
  }

  @Test(arguments: [-0.9, -0.3, 0.0, 0.39, 0.95])
  func intervalContainsRAndStaysInside(_ r: Double) throws {
    let (lo, hi) = try #require(FisherZ.interval(r: r, n: 90))
    #expect(-1 < lo && lo < r && r < hi && hi < 1)
    // Symmetric in z, so symmetric around 0 for r = 0.
    if r == 0 { #expect(abs(lo + hi) < 1e-15) }
  }

  @Test func narrowsAsTheWindowGrows() throws {
    let w30 = try #require(FisherZ.interval(r: 0.4, n: 30))
    let w250 = try #require(FisherZ.interval(r: 0.4, n: 250))
    #expect(w250.upper - w250.lower < w30.upper - w30.lower)
  }

  @Test func edges() {
    #expect(FisherZ.interval(r: .nan, n: 90) == nil)
    #expect(FisherZ.interval(r: 0.5, n: 3) == nil)
    #expect(FisherZ.interval(r: 1.2, n: 90) == nil)
    #expect(FisherZ.interval(r: 1, n: 90)! == (1, 1))
    #expect(FisherZ.interval(r: -1, n: 90)! == (-1, -1))
  }
}
