/// A rolling Shapley R² decomposition, aligned with the input (one value per window end).
public struct RollingShapley: Sendable, Equatable {
  /// `shares[j][i]`: regressor j's share of R² in the window ending at i; NaN when the window
  /// is undefined or regressor j was left out of it (see `included`).
  public var shares: [[Double]]
  /// R² of the model fitted in each window (on the regressors included there).
  public var rSquared: [Double]
  /// `included[j][i]`: whether regressor j entered the window ending at i.
  public var included: [[Bool]]
  /// Rows used in each window.
  public var count: [Int]
}

extension Rolling {
  /// ``ShapleyR2`` over each trailing window of `window` positions.
  ///
  /// A regressor enters a window only when it has a value on every row of the window where y
  /// has one, and varies there; otherwise it is left out of that window (`included` false,
  /// share NaN), so a factor that does not exist yet (an ETF before its launch) or has a
  /// coverage gap does not remove the window, it only leaves the decomposition. Rows where y
  /// is NaN are skipped. A window with fewer than `minPeriods` (default `window`) valid rows,
  /// or no regressor left, or a collinear set, is NaN throughout.
  /// - Complexity: O(n · window · k² + n · 2ᵏ k³).
  public static func shapleyR2(
    _ y: [Double], on regressors: [[Double]], window: Int, minPeriods: Int? = nil
  ) -> RollingShapley {
    let m = checkedMinPeriods(
      window: window, minPeriods: minPeriods, count: y.count, other: y.count)
    let k = regressors.count
    precondition(k >= 1 && k <= 12, "1 to 12 regressors")
    precondition(regressors.allSatisfy { $0.count == y.count }, "series must have the same length")
    let n = y.count
    var out = RollingShapley(
      shares: Array(repeating: Array(repeating: .nan, count: n), count: k),
      rSquared: Array(repeating: .nan, count: n),
      included: Array(repeating: Array(repeating: false, count: n), count: k),
      count: Array(repeating: 0, count: n))
    for i in 0..<n {
      let rows = (max(0, i - window + 1)...i).filter { !y[$0].isNaN }
      out.count[i] = rows.count
      guard rows.count >= m else { continue }
      let active = (0..<k).filter { j in
        guard let first = rows.first, !regressors[j][first].isNaN else { return false }
        let x0 = regressors[j][first]
        var varies = false
        for t in rows {
          let v = regressors[j][t]
          if v.isNaN { return false }
          if v != x0 { varies = true }
        }
        return varies
      }
      guard !active.isEmpty, rows.count >= active.count + 2 else { continue }
      let columns = [rows.map { y[$0] }] + active.map { j in rows.map { regressors[j][$0] } }
      guard
        let d = ShapleyR2.decompose(
          covariance: Matrix.covariance(columns))
      else { continue }
      out.rSquared[i] = d.rSquared
      for (p, j) in active.enumerated() {
        out.shares[j][i] = d.shares[p]
        out.included[j][i] = true
      }
    }
    return out
  }
}
