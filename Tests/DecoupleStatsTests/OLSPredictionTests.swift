import DecoupleStats
import Foundation
import TestSupport
import Testing

@Suite struct OLSPredictionTests {
  @Test func matchesStatsmodelsGetPrediction() throws {
    // Reference: statsmodels OLS(...).fit().get_prediction(x0).summary_frame(alpha) on real
    // returns (tools/oracle/drivers.py). Values are returns of order 0.01–0.1; the t quantile is
    // found by bisection to ~1e-15 relative, so 1e-12 absolute is comfortable (measured max error
    // is printed on failure).
    let t = try NumericTable(fixture: "oracle/drivers_input.csv")
    let names = ["AXP", "BA", "BAC", "C", "CAT"]
    let ref = try NumericTable(fixture: "oracle/drivers_prediction.csv")
    var worst = 0.0
    for i in ref["k"].indices {
      let k = Int(ref["k"][i])
      let scale = ref["scale"][i]
      let x0 = (0..<k).map { scale * (1 + 0.5 * Double($0)) }
      let p = OLS.predict(
        t["AA"], on: names.prefix(k).map { t[$0] }, at: x0, level: ref["level"][i])
      for (got, want) in [
        (p.mean, ref["mean"][i]), (p.meanStandardError, ref["meanSE"][i]),
        (p.meanLower, ref["meanLower"][i]), (p.meanUpper, ref["meanUpper"][i]),
        (p.lower, ref["lower"][i]), (p.upper, ref["upper"][i]),
      ] {
        worst = max(worst, abs(got - want))
      }
    }
    #expect(worst < 1e-12, "max error \(worst)")
  }

  @Test func undefinedFitGivesNaN() {
    let p = OLS.predict([1, 2, 3], on: [[1, 1, 1]], at: [0])
    #expect(p.mean.isNaN && p.lower.isNaN)
  }
}

@Suite struct StudentTAndWelchTests {
  @Test func studentTMatchesScipy() throws {
    // Reference: scipy.stats t.sf / t.ppf (tools/oracle/drivers.py). Relative 1e-10: the
    // incomplete beta continued fraction is accurate to ~1e-14, bisection to ~1e-15.
    let lines = try Fixture.text("oracle/drivers_t.csv").split(separator: "\n").dropFirst()
    var worst = 0.0
    for line in lines {
      let c = line.split(separator: ",")
      let (df, x, want) = (Double(c[1])!, Double(c[2])!, Double(c[3])!)
      let got =
        c[0] == "sf"
        ? Distributions.studentTSurvival(x, df) : Distributions.studentTQuantile(x, df)
      worst = max(worst, abs(got - want) / max(abs(want), 1e-300))
    }
    #expect(worst < 1e-10, "max relative error \(worst)")
  }

  @Test func welchMatchesScipy() throws {
    // Reference: scipy.stats ttest_ind(equal_var=False); AA returns on days AXP fell > 2 % vs
    // other days, and a small constructed pair. Relative 1e-10 (p-values span 1e-11 … 0.8).
    let t = try NumericTable(fixture: "oracle/drivers_input.csv")
    let down = t["AXP"].map { $0 < log(0.98) }
    let a = zip(t["AA"], down).filter(\.1).map(\.0)
    let b = zip(t["AA"], down).filter { !$0.1 }.map(\.0)
    let ref = try NumericTable(fixture: "oracle/drivers_welch.csv")
    let cases = [
      WelchTest.test(a, b), WelchTest.test([1, 2, 4, 7], [3, 3.5, 2, 5, 9, 1]),
    ]
    for (i, r) in cases.enumerated() {
      for (got, want) in [
        (r.difference, ref["difference"][i]), (r.standardError, ref["se"][i]),
        (r.t, ref["t"][i]), (r.degreesOfFreedom, ref["df"][i]), (r.pValue, ref["p"][i]),
      ] {
        #expect(abs(got - want) <= 1e-10 * abs(want), "\(got) vs \(want)")
      }
    }
    #expect(WelchTest.test([1], [2, 3]).pValue.isNaN)
  }
}
