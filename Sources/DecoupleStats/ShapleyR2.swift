/// Shapley decomposition of a linear regression's R² among its regressors (also called the
/// LMG or "dominance" decomposition): regressor j's share is its marginal contribution to R²,
/// R²(S ∪ {j}) − R²(S), averaged over all k! orders in which the regressors can enter:
///
///     φⱼ = Σ_{S ⊆ N∖{j}} |S|! (k − |S| − 1)! / k! · [R²(S ∪ {j}) − R²(S)]
///
/// The shares add up to the full model's R² exactly (efficiency); a regressor that never
/// changes any R² gets 0; with orthogonal regressors φⱼ is the squared correlation of y with xⱼ.
///
/// **Method.** Every subset's R² comes from the sample covariance matrix (two-pass means), as
/// R²(S) = c_Sᵀ Σ_SS⁻¹ c_S / var(y) solved by Cholesky: 2ᵏ small solves and no further pass over
/// the data. Each R²(S) equals statsmodels `OLS(y, add_constant(X[:, S])).fit().rsquared`
/// (checked in the tests on real data).
///
/// **Edges.** Rows where y or any regressor is NaN are dropped. `nil` when fewer than `k + 2`
/// rows remain, y is constant, or the regressors are collinear (a Cholesky pivot below 1e-12
/// of its variance; collinearity of the full set is the only case, as every subset of a
/// non-collinear set is non-collinear). Exact: k ≤ 12 (2ᵏ subsets).
public enum ShapleyR2 {}

/// The result of ``ShapleyR2``.
public struct ShapleyDecomposition: Sendable, Equatable {
  /// φⱼ per regressor; they add up to `rSquared`.
  public var shares: [Double]
  /// The full model's R².
  public var rSquared: Double
  /// R² of every sub-model, indexed by the bit mask of its regressors (bit j = regressor j);
  /// `subsetRSquared[0] == 0`.
  public var subsetRSquared: [Double]
  /// Rows used.
  public var count: Int
}

extension ShapleyR2 {
  /// Decomposes the R² of `y` on a constant and `regressors`.
  /// - Complexity: O(n k² + 2ᵏ k³).
  public static func decompose(_ y: [Double], on regressors: [[Double]]) -> ShapleyDecomposition? {
    let k = regressors.count
    precondition(k >= 1 && k <= 12, "1 to 12 regressors")
    precondition(regressors.allSatisfy { $0.count == y.count }, "series must have the same length")
    let rows = y.indices.filter { t in !y[t].isNaN && regressors.allSatisfy { !$0[t].isNaN } }
    guard rows.count >= k + 2 else { return nil }
    let columns = [rows.map { y[$0] }] + regressors.map { x in rows.map { x[$0] } }
    guard var d = decompose(covariance: Matrix.covariance(columns)) else { return nil }
    d.count = rows.count
    return d
  }

  /// Decomposes from the `(k + 1) × (k + 1)` covariance matrix of `[y, x₁, …, x_k]`; `count`
  /// of the result is 0. `nil` when y's variance is not positive and finite or a subset's
  /// covariance is not positive definite (``Cholesky``).
  public static func decompose(covariance c: Matrix) -> ShapleyDecomposition? {
    precondition(c.rows == c.columns && c.rows >= 2, "covariance must be (k + 1) × (k + 1)")
    let k = c.rows - 1
    let vy = c[0, 0]
    guard vy > 0, vy.isFinite else { return nil }
    let subsets = 1 << k
    var r2 = [Double](repeating: 0, count: subsets)
    for mask in 1..<subsets {
      let idx = (0..<k).filter { mask & (1 << $0) != 0 }
      let m = idx.count
      var a = Matrix(rows: m, columns: m)
      var b = [Double](repeating: 0, count: m)
      for (p, i) in idx.enumerated() {
        b[p] = c[i + 1, 0]
        for (q, j) in idx.enumerated() { a[p, q] = c[i + 1, j + 1] }
      }
      guard let l = Cholesky.factor(a) else { return nil }
      let beta = Cholesky.solve(factor: l, b)
      var explained = 0.0
      for p in 0..<m { explained += beta[p] * b[p] }
      r2[mask] = min(max(explained / vy, 0), 1)
    }
    // w(s) = s! (k − s − 1)! / k!, built without overflow.
    var weight = [Double](repeating: 0, count: k)
    for s in 0..<k {
      var w = 1.0 / Double(k)
      for i in 0..<s { w *= Double(s - i) / Double(k - 1 - i) }
      weight[s] = w
    }
    var shares = [Double](repeating: 0, count: k)
    for mask in 0..<subsets {
      let size = mask.nonzeroBitCount
      for j in 0..<k where mask & (1 << j) == 0 {
        shares[j] += weight[size] * (r2[mask | (1 << j)] - r2[mask])
      }
    }
    return ShapleyDecomposition(
      shares: shares, rSquared: r2[subsets - 1], subsetRSquared: r2, count: 0)
  }
}
