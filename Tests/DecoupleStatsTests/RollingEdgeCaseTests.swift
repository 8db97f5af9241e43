import DecoupleStats
import TestSupport
import Testing

/// Exact references from tools/oracle/rolling_edges.py (rational arithmetic per window) for the
/// failure modes pandas, polars and numbagg shipped; what those libraries return on the same
/// inputs is recorded in Fixtures/oracle/edges.md.
@Suite struct RollingEdgeCaseTests {
  @Test(arguments: [
    ("edge_outlier.csv", 10), ("edge_constant.csv", 10), ("edge_nearlyCollinear.csv", 10),
    ("edge_nan.csv", 5), ("edge_start_full.csv", 10), ("edge_start_suffix.csv", 10),
  ])
  func matchesExactReference(_ fixture: (String, Int)) throws {
    let t = try NumericTable(fixture: "oracle/" + fixture.0)
    let r = Rolling.correlation(t["x"], t["y"], window: 10, minPeriods: fixture.1)
    let want = t["expected"]
    for i in r.indices {
      // The reference is within 1 ulp of the truth; the kernel's error is a few ulps of |r| ≤ 1.
      #expect(agree(r[i], want[i], tolerance: 1e-13), "\(fixture.0) row \(i + 2)")
      #expect(r[i].isNaN || abs(r[i]) <= 1)
    }
  }
}
