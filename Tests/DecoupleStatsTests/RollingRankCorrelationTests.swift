import DecoupleStats
import TestSupport
import Testing

/// Reference: scipy `spearmanr` and `kendalltau` (tau-b) on each 60-day window of ETH/RUT log
/// returns, and on the same returns rounded to 0.005 (heavy ties); tools/oracle/ranks.py.
@Suite struct RollingRankCorrelationTests {
  static func worst(_ got: [Double], _ want: [Double]) -> Double {
    var e = 0.0
    for (g, w) in zip(got, want) {
      if g.isNaN != w.isNaN { return .infinity }
      if !w.isNaN { e = max(e, abs(g - w)) }
    }
    return e
  }

  @Test(arguments: [("x", "y", ""), ("xTied", "yTied", "Tied")])
  func matchesScipyPerWindow(_ c: (String, String, String)) throws {
    let t = try NumericTable(fixture: "oracle/ranks_ETH_RUT_w60.csv")
    // Our sums are exact integers and one final division; scipy's Spearman is a floating
    // Pearson on ranks and its tau-b a float division too: a few ulps of a value ≤ 1 apart.
    // Absolute 1e-13.
    let rho = Rolling.spearman(t[c.0], t[c.1], window: 60)
    let tau = Rolling.kendall(t[c.0], t[c.1], window: 60)
    #expect(Self.worst(rho, t["spearman" + c.2]) < 1e-13)
    #expect(Self.worst(tau, t["kendall" + c.2]) < 1e-13)
  }

  @Test func gapsAndConstantWindows() {
    // A NaN is skipped: the window then ranks the remaining pairs (checked by brute force).
    let x: [Double] = [1, 2, .nan, 4, 3, 3, 3, 3]
    let y: [Double] = [2, 1, 5, 3, 3, 1, 2, 2]
    let rho = Rolling.spearman(x, y, window: 4, minPeriods: 3)
    let tau = Rolling.kendall(x, y, window: 4, minPeriods: 3)
    #expect(rho[2].isNaN && tau[2].isNaN)  // two valid pairs < minPeriods 3
    // Window 0...3 without index 2: x = 1, 2, 4; y = 2, 1, 3 → ranks (1,2,3) and (2,1,3):
    // rho = 0.5; tau = (2 − 1) / 3.
    #expect(abs(rho[3] - 0.5) < 1e-15 && abs(tau[3] - 1.0 / 3) < 1e-15)
    // Window 4...7: x constant → NaN, not noise.
    #expect(rho[7].isNaN && tau[7].isNaN)
  }

  @Test func longRandomSeriesWithTiesAgreeWithBruteForce() {
    // Exact integer state must not drift: compare the last windows of a long series with a
    // direct O(w²) tau-b and a direct rank Pearson.
    var g = SplitMix64(seed: 4)
    let x = (0..<5_000).map { _ in (g.normal() * 3).rounded() }
    let y = x.map { $0 + (g.normal() * 2).rounded() }
    let w = 50
    let tau = Rolling.kendall(x, y, window: w)
    let rho = Rolling.spearman(x, y, window: w)
    for end in [4_999, 3_333, w - 1] {
      let xs = Array(x[(end - w + 1)...end])
      let ys = Array(y[(end - w + 1)...end])
      var s = 0
      var tx = 0
      var ty = 0
      for i in 0..<w {
        for j in 0..<i {
          let a = xs[i] > xs[j] ? 1 : xs[i] < xs[j] ? -1 : 0
          let b = ys[i] > ys[j] ? 1 : ys[i] < ys[j] ? -1 : 0
          s += a * b
          tx += a == 0 ? 1 : 0
          ty += b == 0 ? 1 : 0
        }
      }
      let n0 = w * (w - 1) / 2
      let want = Double(s) / (Double(n0 - tx) * Double(n0 - ty)).squareRoot()
      #expect(abs(tau[end] - want) < 1e-15)
      func ranks(_ v: [Double]) -> [Double] {
        v.map { a in Double(v.filter { $0 < a }.count) + Double(v.filter { $0 == a }.count + 1) / 2
        }
      }
      let r = Reference.windowCorrelation(ranks(xs)[...], ranks(ys)[...], minPeriods: 2)
      #expect(abs(rho[end] - r) < 1e-13)
    }
  }
}
