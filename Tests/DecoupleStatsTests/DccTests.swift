import DecoupleStats
import Foundation
import TestSupport
import Testing

@Suite struct DccTests {
  static let target = Matrix([[1, 0.5, 0.3], [0.5, 1, 0.4], [0.3, 0.4, 1]])

  @Test(arguments: [UInt64(1), 2, 3])
  func recoversSimulatedParameters(seed: UInt64) throws {
    // No reference implementation in Python: simulate DCC(a = 0.05, b = 0.90) with known
    // GARCH(0.05, 0.08, 0.90) margins and check the estimates are within 3 standard errors
    // (about 2 SE is typical; 3 keeps three fixed seeds from failing on a 1-in-20 draw).
    var g = SplitMix64(seed: seed)
    let x = Dcc.simulate(count: 1500, target: Self.target, a: 0.05, b: 0.9, generator: &g)
    let fit = try Dcc.fit(x)
    let (sa, sb) = (fit.standardErrors[0], fit.standardErrors[1])
    #expect(sa.isFinite && sb.isFinite && sa > 0 && sb > 0)
    #expect(abs(fit.a - 0.05) <= 3 * sa, "a = \(fit.a) ± \(sa)")
    #expect(abs(fit.b - 0.9) <= 3 * sb, "b = \(fit.b) ± \(sb)")
    for u in fit.univariate {
      #expect(abs(u.alpha - 0.08) <= 3 * u.standardErrors[2])
      #expect(abs(u.beta - 0.9) <= 3 * u.standardErrors[3])
    }
    // Rₜ is a correlation matrix at every t.
    for t in stride(from: 0, to: fit.count, by: 97) {
      let r = fit.matrix(at: t)
      for i in 0..<3 {
        #expect(r[i, i] == 1)
        for j in 0..<3 { #expect(abs(r[i, j]) < 1 || i == j) }
      }
    }
  }

  @Test func fitsDji30retExtract() throws {
    // The customary rmgarch extract (first 1,000 rows, first 5 columns, ×100). No reference to
    // match exactly (see Dcc's doc comment); docs/ECONOMETRICS.md records the estimates. This
    // pins them so a change is noticed: a = 0.00764, b = 0.736 (b is weakly identified when a is
    // this small: its standard error is 0.11, hence the looser pin). A grid search over
    // a ∈ [0, 0.1] × b ∈ [0, 1) in steps of 0.0025 × 0.005 peaks at (0.0075, 0.74), next to it.
    let t = try NumericTable(fixture: "oracle/dcc_dji30ret_1000x5.csv")
    let x = ["AA", "AXP", "BA", "BAC", "C"].map { t[$0] }
    let fit = try Dcc.fit(x)
    #expect(abs(fit.a - 0.00764) < 5e-4 && abs(fit.b - 0.736) < 0.01)
    #expect(abs(fit.correlationLogLikelihood - 542.168) < 1e-2)
    #expect(fit.count == 1000 && fit.dimension == 5)
    // Cross-check: an independent numpy/scipy implementation on arch's stage one
    // (tools/oracle/dcc.py). Measured: |Δa| 5e-7, |Δb| 1e-5, |Δ log-likelihood| 2e-6.
    struct Check: Decodable {
      var a: Double
      var b: Double
      var correlationLogLikelihood: Double
    }
    let check = try JSONDecoder().decode(
      Check.self, from: Data(try Fixture.text("oracle/dcc_check.json").utf8))
    #expect(abs(fit.a - check.a) < 1e-4 && abs(fit.b - check.b) < 1e-3)
    #expect(abs(fit.correlationLogLikelihood - check.correlationLogLikelihood) < 1e-4)
  }

  /// Without standard errors the estimates and Rₜ are the same bits; only the errors are NaN.
  @Test func estimatesDoNotDependOnStandardErrors() throws {
    let t = try NumericTable(fixture: "oracle/dcc_dji30ret_1000x5.csv")
    let x = ["AA", "AXP"].map { Array(t[$0].prefix(600)) }
    let with = try Dcc.fit(x)
    let without = try Dcc.fit(x, standardErrors: false)
    #expect(with.a == without.a && with.b == without.b)
    #expect(with.correlations == without.correlations)
    #expect(with.univariate.map(\.parameters) == without.univariate.map(\.parameters))
    #expect(with.standardErrors.allSatisfy { $0.isFinite })
    #expect(without.standardErrors.allSatisfy { $0.isNaN })
    #expect(without.secondStageStandardErrors.allSatisfy { $0.isNaN })
    #expect(without.univariate.allSatisfy { $0.standardErrors.allSatisfy { $0.isNaN } })
  }

  @Test func rejectsBadInput() {
    #expect(throws: EstimationError.self) { try Dcc.fit([[Double](repeating: 0.1, count: 300)]) }
    #expect(throws: EstimationError.self) {
      try Dcc.fit([(0..<300).map { sin(Double($0)) }, (0..<200).map { cos(Double($0)) }])
    }
  }
}
