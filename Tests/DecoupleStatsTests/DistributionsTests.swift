import DecoupleStats
import TestSupport
import Testing

/// Reference: scipy.stats norm.cdf, norm.ppf, f.sf (tools/oracle/inference.py).
@Suite struct DistributionsTests {
  @Test func matchesScipy() throws {
    let t = try NumericTable(fixture: "oracle/inference_distributions.csv")
    for i in t["p"].indices {
      // Relative 1e-12: erfc is accurate to a few ulps and the Halley step leaves ~1e-15;
      // the margin covers libm differences (deep tails lose a few more digits in exp).
      let ppf = Distributions.normalQuantile(t["p"][i])
      #expect(abs(ppf - t["ppf"][i]) <= 1e-12 * abs(t["ppf"][i]), "ppf(\(t["p"][i]))")
      let cdf = Distributions.normalCDF(t["x"][i])
      #expect(abs(cdf - t["cdf"][i]) <= 1e-12 * t["cdf"][i], "cdf(\(t["x"][i]))")
      // The continued fraction stops at 1e-16 per term; lgamma costs a few ulps more: 1e-11.
      let sf = Distributions.fSurvival(t["f"][i], t["d1"][i], t["d2"][i])
      #expect(abs(sf - t["fsf"][i]) <= 1e-11 * t["fsf"][i], "f.sf(\(t["f"][i]))")
    }
  }

  @Test func edges() {
    #expect(Distributions.normalQuantile(0) == -.infinity)
    #expect(Distributions.normalQuantile(1) == .infinity)
    #expect(Distributions.normalQuantile(1.5).isNaN && Distributions.normalQuantile(.nan).isNaN)
    #expect(Distributions.normalQuantile(0.5) == 0)
    #expect(Distributions.normalCDF(.nan).isNaN && Distributions.normalCDF(0) == 0.5)
    #expect(Distributions.normalCDF(-.infinity) == 0 && Distributions.normalCDF(.infinity) == 1)
    #expect(Distributions.fSurvival(0, 2, 10) == 1)
    #expect(Distributions.fSurvival(-1, 2, 10).isNaN && Distributions.fSurvival(1, 0, 10).isNaN)
  }

  @Test func quantileInvertsTheCDFIntoTheDeepLowerTail() {
    // ndtr keeps full relative precision in the lower tail (erfc, not 1 − erf), and the
    // Halley step refines on that same CDF: Φ⁻¹(Φ(x)) = x to ~1e-15 relative down to −37,
    // where Φ(x) ≈ 6e-300. 1e-13 relative leaves room for libm's erfc and exp.
    for x in [-37.0, -30, -20, -8, -3, -1, -0.25, 0.3, 1.5] {
      let back = Distributions.normalQuantile(Distributions.normalCDF(x))
      #expect(abs(back - x) <= 1e-13 * max(1, abs(x)), "x = \(x): \(back)")
    }
    // Symmetry of the two branches.
    for x in [0.1, 0.7071, 0.70711, 2.0, 6.0] {
      #expect(
        abs(Distributions.normalCDF(-x) + Distributions.normalCDF(x) - 1) <= 2 * Double.ulpOfOne)
    }
  }
}

/// The exact binomial test against scipy's `binomtest` (tools/oracle/binomial.py).
@Suite struct BinomialTestTests {
  @Test func matchesScipy() throws {
    let cases = try #require(Oracle.json("binomial.json")["cases"] as? [[String: Any]])
    #expect(cases.count == 16)
    for c in cases {
      let k = c["k"] as! Int
      let n = c["n"] as! Int
      let p = Oracle.double(c["p"])
      let expected = Oracle.double(c["pValue"])
      let got = try #require(
        Distributions.binomialTwoSidedPValue(successes: k, trials: n, probability: p))
      #expect(Oracle.relativeError(got, expected) < 1e-9, "k=\(k) n=\(n) p=\(p): \(got)")
    }
  }

  @Test func rejectsWhatIsNotATest() {
    #expect(Distributions.binomialTwoSidedPValue(successes: 3, trials: 0, probability: 0.5) == nil)
    #expect(Distributions.binomialTwoSidedPValue(successes: 4, trials: 3, probability: 0.5) == nil)
    #expect(Distributions.binomialTwoSidedPValue(successes: 1, trials: 3, probability: 1) == nil)
  }
}
