import DecoupleStats
import Foundation
import TestSupport
import Testing

@Suite struct ShapleyR2Tests {
  static let names = ["AXP", "BA", "BAC", "C", "CAT"]

  static func input() throws -> (y: [Double], x: [[Double]]) {
    let t = try NumericTable(fixture: "oracle/drivers_input.csv")
    return (t["AA"], names.map { t[$0] })
  }

  @Test func subModelRSquaredMatchesStatsmodels() throws {
    // Reference: statsmodels OLS(y, add_constant(X[:, S])).fit().rsquared for all 31 subsets
    // (tools/oracle/drivers.py). R² ∈ [0, 1], so an absolute tolerance; the covariance route and
    // statsmodels' QR agree to rounding (measured max error ~1e-15), 1e-12 leaves headroom.
    let (y, x) = try Self.input()
    let d = try #require(ShapleyR2.decompose(y, on: x))
    let ref = try NumericTable(fixture: "oracle/drivers_subsets.csv")
    var worst = 0.0
    for (mask, r2) in zip(ref["mask"], ref["rsquared"]) {
      worst = max(worst, abs(d.subsetRSquared[Int(mask)] - r2))
    }
    #expect(worst < 1e-12, "max error \(worst)")
    #expect(d.count == 1000)
  }

  @Test func sharesMatchBruteForceOverOrderings() throws {
    // Reference: the average over all 120 orderings of each regressor's marginal statsmodels
    // R² — a different computation of the same definition. Tolerance as above.
    let (y, x) = try Self.input()
    let d = try #require(ShapleyR2.decompose(y, on: x))
    let ref = try Fixture.text("oracle/drivers_shapley.csv").split(separator: "\n").dropFirst()
      .map { $0.split(separator: ",") }
    for (i, row) in ref.enumerated() {
      let v = Double(row[1])!
      let got = i < Self.names.count ? d.shares[i] : d.rSquared
      #expect(abs(got - v) < 1e-12, "\(row[0]): \(got) vs \(v)")
    }
    #expect(abs(d.shares.reduce(0, +) - d.rSquared) < 1e-14)
  }

  @Test func constructedFactorsWithKnownContributions() {
    // y = 2·f1 + 1·f2 + 0·f3 + noise, with f1, f2, f3 independent, unit variance. Population
    // shares: var(2 f1) = 4, var(f2) = 1, noise 1 → R² shares 4/6, 1/6, 0. With 20,000 rows the
    // sampling error of each share is about 1/√n ≈ 0.007; 0.02 is three standard errors.
    var g = SplitMix64(seed: 7)
    let n = 20_000
    let f = (0..<3).map { _ in (0..<n).map { _ in g.normal() } }
    let y = (0..<n).map { 2 * f[0][$0] + f[1][$0] + g.normal() }
    let d = ShapleyR2.decompose(y, on: f)!
    #expect(abs(d.shares[0] - 4.0 / 6) < 0.02)
    #expect(abs(d.shares[1] - 1.0 / 6) < 0.02)
    #expect(abs(d.shares[2]) < 0.02)
  }

  @Test func correlatedFactorsSplitTheSharedPartEqually() {
    // f2 is an exact copy of f1 plus a tiny independent part: by symmetry the two must share
    // f1's contribution almost equally, and the irrelevant f3 gets about nothing.
    var g = SplitMix64(seed: 11)
    let n = 5_000
    let f1 = (0..<n).map { _ in g.normal() }
    let f2 = f1.map { $0 + 0.05 * g.normal() }
    let f3 = (0..<n).map { _ in g.normal() }
    let y = (0..<n).map { f1[$0] + f2[$0] + g.normal() }
    let d = ShapleyR2.decompose(y, on: [f1, f2, f3])!
    #expect(abs(d.shares[0] - d.shares[1]) < 0.01)
    #expect(abs(d.shares[2]) < 0.01)
    #expect(abs(d.shares.reduce(0, +) - d.rSquared) < 1e-14)
  }

  @Test func degenerateInputsHaveNoDecomposition() {
    #expect(ShapleyR2.decompose([1, 2, 3], on: [[1, 2, 4], [2, 1, 0]]) == nil)  // n < k + 2
    #expect(ShapleyR2.decompose([1, 1, 1, 1, 1], on: [[1, 2, 3, 4, 6]]) == nil)  // constant y
    let x = [1.0, 2, 3, 4, 5, 7]
    #expect(ShapleyR2.decompose([1, 3, 2, 5, 4, 6], on: [x, x.map { 2 * $0 }]) == nil)
    let d = ShapleyR2.decompose([1, .nan, 2, 5, 4, 6, 8], on: [[1, 2, 2, 4, 5, .nan, 9]])!
    #expect(d.count == 5)
  }

  @Test func rollingLeavesOutFactorsMissingFromTheWindow() {
    // A factor that starts existing half-way (NaN before) enters only windows fully after its
    // start; the other factor's windows are not lost.
    var g = SplitMix64(seed: 3)
    let n = 200
    let f1 = (0..<n).map { _ in g.normal() }
    let f2 = (0..<n).map { i in i < 100 ? Double.nan : g.normal() }
    let y = (0..<n).map { i in f1[i] + (f2[i].isNaN ? 0 : f2[i]) + g.normal() }
    let r = Rolling.shapleyR2(y, on: [f1, f2], window: 50)
    #expect(r.rSquared[48].isNaN && !r.rSquared[49].isNaN)
    #expect(r.included[0][120] && !r.included[1][120] && r.shares[1][120].isNaN)
    #expect(r.included[1][149] && r.included[0][149])
    let i = 180
    let window = (i - 49)...i
    let full = ShapleyR2.decompose(Array(y[window]), on: [Array(f1[window]), Array(f2[window])])!
    #expect(abs(r.shares[0][i] - full.shares[0]) < 1e-12)
    #expect(abs(r.rSquared[i] - full.rSquared) < 1e-12)
  }
}
