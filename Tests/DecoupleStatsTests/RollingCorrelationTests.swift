import DecoupleStats
import TestSupport
import Testing

@Suite struct RollingCorrelationTests {
  static func noise(_ n: Int, seed: UInt64, scale: Double = 1) -> ([Double], [Double]) {
    var g = SplitMix64(seed: seed)
    var x: [Double] = []
    var y: [Double] = []
    for _ in 0..<n {
      let a = g.normal()
      x.append(a * scale)
      y.append((0.5 * a + g.normal()) * scale)
    }
    return (x, y)
  }

  @Test(arguments: [1, 2, 3, 10, 90])
  func matchesTwoPassReferenceOnRandomData(window: Int) {
    let (x, y) = Self.noise(400, seed: UInt64(window))
    let got = Rolling.correlation(x, y, window: window)
    let want = Reference.rollingCorrelation(x, y, window: window, minPeriods: window)
    for i in x.indices {
      // Both are exact up to rounding; 1e-12 is far above accumulated error on O(1) data.
      #expect(agree(got[i], want[i], tolerance: 1e-12), "index \(i)")
    }
  }

  @Test func neverExceedsOneOnCollinearData() {
    // pandas #35135/#61120, polars #21491/#27013: y = 3x + c with a large offset gives r > 1
    // from power sums. Here every value must lie in [-1, 1].
    var g = SplitMix64(seed: 7)
    let x = (0..<2000).map { _ in 1e6 + g.unit() }
    let y = x.map { 3 * $0 + 12_345 }
    let r = Rolling.correlation(x, y, window: 30)
    for v in r.dropFirst(29) {
      #expect(!v.isNaN && abs(v) <= 1)
      #expect(abs(v - 1) < 1e-9)
    }
  }

  @Test func constantWindowIsNaNNeverInfinite() {
    // pandas #24019/#29264: a constant window gives ±inf or noise. It must be NaN.
    var (x, y) = Self.noise(200, seed: 3)
    for i in 80..<130 { x[i] = 0.1 }
    let r = Rolling.correlation(x, y, window: 20)
    for i in 99..<130 { #expect(r[i].isNaN, "index \(i) should be NaN") }
    for v in r where !v.isNaN { #expect(v.isFinite && abs(v) <= 1) }
    #expect(!r[150].isNaN)
  }

  @Test func outlierLeavingTheWindowDoesNotPoisonLaterValues() {
    // pandas #66678: after a huge value leaves the window, power sums keep its rounding error.
    var (x, y) = Self.noise(300, seed: 11, scale: 1e-3)
    x[50] = 1e12
    let got = Rolling.correlation(x, y, window: 10)
    let want = Reference.rollingCorrelation(x, y, window: 10, minPeriods: 10)
    for i in 60..<300 {
      // Relative accuracy of the exact recomputation; 1e-12 absolute on |r| ≤ 1.
      #expect(agree(got[i], want[i], tolerance: 1e-12), "index \(i)")
    }
  }

  @Test func resultDoesNotDependOnWhereTheSeriesStarts() {
    // pandas #26542: the same window gave different values depending on the series' start.
    let (x, y) = Self.noise(5000, seed: 5)
    let full = Rolling.correlation(x, y, window: 50)
    let suffix = Rolling.correlation(Array(x[4000...]), Array(y[4000...]), window: 50)
    for k in 100..<1000 { #expect(abs(full[4000 + k] - suffix[k]) < 1e-13) }
  }

  @Test func fewerThanMinPeriodsIsNaN() {
    var (x, y) = Self.noise(100, seed: 9)
    for i in stride(from: 0, to: 100, by: 3) { x[i] = .nan }
    let r = Rolling.correlation(x, y, window: 10, minPeriods: 7)
    let want = Reference.rollingCorrelation(x, y, window: 10, minPeriods: 7)
    for i in x.indices { #expect(agree(r[i], want[i], tolerance: 1e-12), "index \(i)") }
    #expect(r[5].isNaN)  // at most 4 valid pairs by then
  }

  @Test(arguments: [[Double](), [1.0], [2.0, 2.0, 2.0]])
  func degenerateInputHasNoCorrelation(_ x: [Double]) {
    let r = Rolling.correlation(x, x, window: 3, minPeriods: 1)
    #expect(r.count == x.count)
    #expect(r.allSatisfy { $0.isNaN })
  }
}
