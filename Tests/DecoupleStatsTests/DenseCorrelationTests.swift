import DecoupleStats
import TestSupport
import Testing

/// The dense path of `Rolling.correlation` (Double, no NaN) against the generic Welford scan
/// and the two-pass reference.
@Suite struct DenseCorrelationTests {
  static func genericPath(_ x: [Double], _ y: [Double], window: Int) -> [Double] {
    var out = [Double](repeating: .nan, count: x.count)
    x.withUnsafeBufferPointer { xb in
      y.withUnsafeBufferPointer { yb in
        Rolling.scan(xb, yb, window: window) { i, s in
          out[i] = s.count >= window ? s.correlation : .nan
        }
      }
    }
    return out
  }

  @Test(arguments: [(2, 50), (10, 5_000), (100, 3_001), (256, 2_000), (300, 7_777), (1_440, 4_000)])
  func agreesWithTheGenericPath(_ c: (window: Int, n: Int)) {
    // Long enough to cross block boundaries, re-anchoring and the periodic exact restarts.
    var g = SplitMix64(seed: UInt64(c.window))
    var price = 100.0
    var x: [Double] = []
    var y: [Double] = []
    for _ in 0..<c.n {
      let e = g.normal()
      price *= 1 + 0.01 * e
      x.append(price)  // a trending, offset series: the anchors matter here
      y.append(0.3 * e + g.normal())
    }
    let dense = Rolling.correlation(x, y, window: c.window)
    let generic = Self.genericPath(x, y, window: c.window)
    for i in x.indices {
      #expect(agree(dense[i], generic[i], tolerance: 1e-12), "window \(c.window) index \(i)")
    }
  }

  @Test func aNaNLateInTheSeriesFallsBackToTheGenericPath() {
    let (x0, y) = RollingCorrelationTests.noise(3_000, seed: 21)
    var x = x0
    x[2_500] = .nan
    let got = Rolling.correlation(x, y, window: 20)
    let want = Reference.rollingCorrelation(x, y, window: 20, minPeriods: 20)
    for i in x.indices { #expect(agree(got[i], want[i], tolerance: 1e-12), "index \(i)") }
    #expect(got[2_510].isNaN)  // 19 valid pairs < minPeriods 20
  }

  @Test func largeOutputsAreCorrect() {
    // Above 2^19 points the output buffer is given the huge-page hint; values must not change.
    let (x, y) = RollingCorrelationTests.noise(600_000, seed: 4)
    let r = Rolling.correlation(x, y, window: 1_440)
    for i in [1_439, 1_440, 262_143, 262_144, 599_999] {
      let lo = i - 1_439
      let want = Reference.windowCorrelation(x[lo...i], y[lo...i], minPeriods: 1_440)
      #expect(abs(r[i] - want) < 1e-12, "index \(i)")
    }
    #expect(r[1_438].isNaN)
  }
}
