import DecoupleStats
import TestSupport
import Testing

@Suite struct UnitRootEdgeCaseTests {
  static let noise: [Double] = {
    var rng = SplitMix64(seed: 3)
    return (0..<40).map { _ in rng.normal() }
  }()

  @Test func tooManyLagsForTheSampleIsAClearError() {
    // n = 40, constant: at most 40/2 − 1 − 1 = 18 lags (statsmodels' bound).
    #expect(
      throws: TimeSeriesError.tooShort(
        what: "The ADF test with 19 lags and regression 'c'", needed: 42, got: 40)
    ) {
      try UnitRoot.adf(Self.noise, maxLag: 19, autolag: nil)
    }
    #expect(throws: Never.self) { try UnitRoot.adf(Self.noise, maxLag: 18, autolag: nil) }
    #expect(throws: TimeSeriesError.self) { try UnitRoot.adf([1, 2, 0], regression: .ct) }
    #expect(throws: TimeSeriesError.self) {
      try UnitRoot.kpss(Self.noise, lags: .fixed(40))
    }
  }

  @Test func constantSeriesIsAnError() {
    let flat = [Double](repeating: 4.2, count: 100)
    #expect(throws: TimeSeriesError.constant(what: "The ADF test")) { try UnitRoot.adf(flat) }
    #expect(throws: TimeSeriesError.constant(what: "The KPSS test")) { try UnitRoot.kpss(flat) }
  }

  @Test func nanIsAnErrorNamingItsPosition() {
    var x = Self.noise
    x[17] = .nan
    #expect(throws: TimeSeriesError.self) { try UnitRoot.adf(x) }
    do {
      _ = try UnitRoot.kpss(x)
      Issue.record("no error")
    } catch {
      #expect("\(error)".contains("position 17"))
    }
    #expect(throws: TimeSeriesError.self) {
      try Johansen.test([x, Self.noise], order: .constant, lagDifferences: 1)
    }
  }

  @Test func straightLineWithTrendIsSingular() {
    let line = (0..<100).map { 2 * Double($0) + 1 }
    #expect(throws: TimeSeriesError.self) { try UnitRoot.adf(line, regression: .ct) }
  }

  @Test func kpssHasNoNoConstantForm() {
    #expect(throws: TimeSeriesError.self) { try UnitRoot.kpss(Self.noise, regression: .n) }
  }
}
