import DecoupleStats
import TestSupport
import Testing

@Suite struct RollingCorrelationAndBetaTests {
  @Test(arguments: RollingPairStatisticsTests.fixtures)
  func matchesPandas(_ fixture: (String, Int)) throws {
    // Reference: pandas rolling corr and cov / var (tools/oracle/pairs.py); the same scaled
    // 1e-10 standard as RollingPairStatisticsTests (pandas itself is within 4.1e-13 of a
    // two-pass recomputation on these files).
    let t = try NumericTable(fixture: "oracle/" + fixture.0)
    let s = Rolling.correlationAndBeta(t["returnA"], t["returnB"], window: fixture.1)
    #expect(scaledError(s.correlation, t["correlation"]) < 1e-10)
    #expect(scaledError(s.beta, t["beta"]) < 1e-10)
  }

  @Test(arguments: [
    "edge_outlier.csv", "edge_constant.csv", "edge_nearlyCollinear.csv", "edge_start_full.csv",
    "edge_nan.csv",
  ])
  func correlationMatchesTheExactEdgeReferences(_ file: String) throws {
    // Exact rational references (tools/oracle/rolling_edges.py); the dense loop must survive an
    // outlier leaving, constant windows and near-collinearity like Rolling.correlation: 1e-13.
    let t = try NumericTable(fixture: "oracle/" + file)
    let m = file == "edge_nan.csv" ? 5 : 10
    let s = Rolling.correlationAndBeta(t["x"], t["y"], window: 10, minPeriods: m)
    for i in s.correlation.indices {
      #expect(agree(s.correlation[i], t["expected"][i], tolerance: 1e-13), "\(file) row \(i + 2)")
    }
  }

  @Test func betaAgreesWithTheWelfordPathOnLongDriftingData() {
    // 50,000 steps cross many exact restarts and re-anchorings; the generic Welford path is the
    // reference. Values sit near 1e6 and move by ~1, so each input's deviation from the window
    // mean carries only ~1e-10 relative precision in any method: 1e-9 relative.
    var g = SplitMix64(seed: 12)
    var level = 1e6
    var x = [Double]()
    var y = [Double]()
    for _ in 0..<50_000 {
      level += g.normal()
      let v = level + g.normal()
      x.append(0.7 * v + g.normal())
      y.append(v)
    }
    let fast = Rolling.correlationAndBeta(x, y, window: 300)
    let slow = Rolling.pairStatistics(x, y, window: 300)
    for i in stride(from: 299, to: 50_000, by: 97) {
      #expect(abs(fast.beta[i] - slow.beta[i]) <= 1e-9 * abs(slow.beta[i]))
      #expect(abs(fast.correlation[i] - slow.correlation[i]) <= 1e-9)
    }
  }
}
