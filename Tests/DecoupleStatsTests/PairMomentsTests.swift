import DecoupleStats
import TestSupport
import Testing

@Suite struct PairMomentsTests {
  @Test func matchesTheRollingKernelOnOneWindow() {
    let (x, y) = RollingCorrelationTests.noise(90, seed: 77)
    let m = PairMoments(x, y)
    let rolling = Rolling.pairStatistics(x, y, window: 90)
    // The rolling kernel's last value is the same window computed by updates: a few ulps apart.
    #expect(abs(m.correlation - rolling.correlation[89]) < 1e-13)
    #expect(abs(m.beta - rolling.beta[89]) < 1e-13)
    #expect(abs(m.cross / 89 - rolling.covariance[89]) < 1e-14)
  }

  @Test func constantSamplesHaveNoSlopeOrCorrelation() {
    let m = PairMoments([1.0, 2, 3], [5.0, 5, 5])
    #expect(m.beta.isNaN && m.correlation.isNaN)
    #expect(PairMoments([1.0, 2, 3], [2.0, 4, 6]).beta == 0.5)
  }
}
