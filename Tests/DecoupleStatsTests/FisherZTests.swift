import DecoupleStats
import TestSupport
import Testing

/// References from scipy (tools/oracle/inference.py): `norm.ppf`, `norm.cdf` and the Fisher-z
/// formulas evaluated with numpy.
@Suite struct FisherZTests {
  @Test func normalQuantileAndCDFMatchSciPy() throws {
    let t = try NumericTable(fixture: "oracle/normal.csv")
    for (p, q) in zip(t["p"], t["quantile"]) where !p.isNaN {
      // Acklam + one Halley step is accurate to a few ulps; 1e-12 relative with a floor.
      #expect(abs(Normal.quantile(p) - q) <= 1e-12 * max(1, abs(q)), "p = \(p)")
    }
    for (x, c) in zip(t["x"], t["cdf"]) where !x.isNaN {
      #expect(abs(Normal.cdf(x) - c) <= 1e-15 + 1e-13 * c, "x = \(x)")
    }
  }

  @Test func intervalsMatchTheFormula() throws {
    let t = try NumericTable(fixture: "oracle/fisher_z.csv")
    for i in t["r"].indices {
      let ci = FisherZ.interval(r: t["r"][i], n: Int(t["n"][i]), level: t["level"][i])!
      #expect(abs(ci.lower - t["lower"][i]) < 1e-13 && abs(ci.upper - t["upper"][i]) < 1e-13)
    }
  }

  @Test func differenceTestMatchesTheFormula() throws {
    let t = try NumericTable(fixture: "oracle/fisher_diff.csv")
    for i in t["r1"].indices {
      let d = FisherZ.difference(
        r1: t["r1"][i], n1: Int(t["n1"][i]), r2: t["r2"][i], n2: Int(t["n2"][i]))!
      #expect(abs(d.z - t["z"][i]) < 1e-12)
      #expect(abs(d.pValue - t["p"][i]) < 1e-12)
    }
  }

  @Test func degenerateInputsHaveNoInterval() {
    #expect(FisherZ.interval(r: 0.5, n: 3) == nil)
    #expect(FisherZ.interval(r: .nan, n: 30) == nil)
    #expect(FisherZ.interval(r: 1, n: 30)! == (1, 1))
    #expect(FisherZ.difference(r1: 1, n1: 30, r2: 0.5, n2: 30) == nil)
    #expect(Normal.quantile(0) == -.infinity && Normal.quantile(1.5).isNaN)
  }
}
