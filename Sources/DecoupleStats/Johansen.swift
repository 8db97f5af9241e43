/// Johansen's (1991) cointegration rank tests, trace and maximum eigenvalue, as statsmodels
/// `statsmodels.tsa.vector_ar.vecm.coint_johansen` (same detrending, same lag alignment, same
/// critical values).
///
/// Critical values: MacKinnon, Haug & Michelis (1999) via LeSage's `c_sjt`/`c_sja` tables
/// (statsmodels `coint_tables.py`), at 90 %, 95 % and 99 %, for up to 12 series.
///
/// The eigenproblem |λ S_kk − S_k0 S_00⁻¹ S_0k| = 0 is solved as a symmetric one: with
/// S_kk = L Lᵀ (``Cholesky``), the eigenvalues of L⁻¹ S_k0 S_00⁻¹ S_0k L⁻ᵀ (``SymmetricEigen``);
/// eigenvectors v = L⁻ᵀ w are normalized so that vᵀ S_kk v = 1, as statsmodels' are. Their
/// signs: each column's first nonzero entry is positive (statsmodels flips the whole matrix by
/// the sign of its [0, 0] entry, so its other columns' signs are arbitrary).
public enum Johansen {}

extension Johansen {
  /// The deterministic terms (statsmodels `det_order`).
  public enum DeterministicOrder: Int, Sendable, CaseIterable {
    /// No deterministic terms (−1).
    case none = -1
    /// A constant (0).
    case constant = 0
    /// A constant and a linear trend (1).
    case trend = 1
  }

  public struct Result: Sendable {
    public var order: DeterministicOrder
    /// Lagged differences in the VECM.
    public var lagDifferences: Int
    /// Eigenvalues, descending.
    public var eigenvalues: [Double]
    /// k × k; column j is the cointegrating vector of `eigenvalues[j]`.
    public var eigenvectors: Matrix
    /// Trace statistic for H₀: rank ≤ r, r = 0…k−1.
    public var trace: [Double]
    /// Maximum-eigenvalue statistic for H₀: rank = r against r + 1.
    public var maxEigenvalue: [Double]
    /// [r][90 %, 95 %, 99 %]; NaN beyond 12 series.
    public var traceCritical: [[Double]]
    public var maxEigenvalueCritical: [[Double]]
    /// Observations in the reduced-rank regression.
    public var observations: Int

    /// The rank the trace test selects at `level` (0: 90 %, 1: 95 %, 2: 99 %): the first r
    /// whose statistic does not exceed its critical value.
    public func rank(level: Int = 1) -> Int {
      trace.indices.first { trace[$0] <= traceCritical[$0][level] } ?? trace.count
    }
  }

  /// The Johansen test on the columns `series` (k series of equal length n).
  ///
  /// - Throws: ``TimeSeriesError/nonFinite(what:position:value:)``,
  ///   ``TimeSeriesError/constant(what:)``, ``TimeSeriesError/tooShort(what:needed:got:)``
  ///   when n − 1 − lagDifferences leaves no more rows than regressors, and
  ///   ``TimeSeriesError/singular(what:)`` when a moment matrix is not positive definite
  ///   (collinear series).
  public static func test(
    _ series: [[Double]], order: DeterministicOrder = .constant, lagDifferences: Int = 1
  ) throws -> Result {
    let what = "The Johansen test"
    let k = series.count
    precondition(k >= 1 && series.allSatisfy { $0.count == series[0].count })
    guard lagDifferences >= 0 else {
      throw TimeSeriesError.invalidArgument("The number of lagged differences must be ≥ 0.")
    }
    for (i, s) in series.enumerated() { try TimeSeriesError.check(s, "\(what) (series \(i + 1))") }
    let n = series[0].count
    let rowsNeeded = k * lagDifferences + k + 2
    guard n - 1 - lagDifferences >= rowsNeeded else {
      throw TimeSeriesError.tooShort(
        what: "\(what) with \(lagDifferences) lagged differences",
        needed: rowsNeeded + 1
          + lagDifferences, got: n)
    }
    let levels = try series.map { try detrend($0, order.rawValue) }
    let f = order == .none ? -1 : 0
    let diffs = levels.map { s in (1..<n).map { s[$0] - s[$0 - 1] } }
    let p = lagDifferences
    let t = n - 1 - p
    // Lagged differences: lag l of every series, rows aligned with dx[p...].
    var z: [[Double]] = []
    for l in stride(from: 1, through: p, by: 1) {
      for d in diffs { z.append(try detrend(Array(d[(p - l)..<(p - l + t)]), f)) }
    }
    let dx = try diffs.map { try detrend(Array($0[p...]), f) }
    let lx = try levels.map { try detrend(Array($0[1..<(1 + t)]), f) }
    let r0 = try dx.map { try LeastSquares.residuals($0, on: z, what: what) }
    let rk = try lx.map { try LeastSquares.residuals($0, on: z, what: what) }
    let skk = moment(rk, rk)
    let sk0 = moment(rk, r0)
    let s00 = moment(r0, r0)
    guard let s00inv0k = Cholesky.solve(s00, sk0.transposed), let l = Cholesky.factor(skk) else {
      throw TimeSeriesError.singular(what: what)
    }
    let sig = sk0 * s00inv0k
    // C = L⁻¹ sig L⁻ᵀ.
    let a = Matrix(sig.rowArrays.map { Cholesky.solveLower(l, $0) }).transposed  // sig L⁻ᵀ
    let c = Matrix(a.rowArrays.map { Cholesky.solveLower(l, $0) })
    let eig = SymmetricEigen.decompose(c)
    var vectors = (0..<k).map { j in
      Cholesky.solveUpperTransposed(l, eig.vectors.column(j))
    }
    for j in 0..<k {
      if let first = vectors[j].first(where: { $0 != 0 }), first < 0 {
        vectors[j] = vectors[j].map { -$0 }
      }
    }
    let values = eig.values
    let td = Double(t)
    let trace = (0..<k).map { i in -td * values[i...].reduce(0) { $0 + _log(1 - $1) } }
    let maxEig = (0..<k).map { -td * _log(1 - values[$0]) }
    return Result(
      order: order, lagDifferences: p, eigenvalues: values,
      eigenvectors: Matrix(vectors).transposed, trace: trace,
      maxEigenvalue: maxEig,
      traceCritical: (0..<k).map { criticalTrace(series: k - $0, order: order) },
      maxEigenvalueCritical: (0..<k).map { criticalMaxEigenvalue(series: k - $0, order: order) },
      observations: t)
  }

  /// statsmodels' `detrend(y, order)`: −1 nothing, 0 demean, 1 residuals on [t, 1] with t
  /// spaced evenly over [−1, 1].
  static func detrend(_ y: [Double], _ order: Int) throws -> [Double] {
    switch order {
    case -1: return y
    case 0:
      let m = y.reduce(0, +) / Double(y.count)
      return y.map { $0 - m }
    default:
      let n = y.count
      let step = 2 / Double(n - 1)
      let t = (0..<n).map { i in i == n - 1 ? 1 : -1 + Double(i) * step }
      return try LeastSquares.residuals(
        y, on: [t, [Double](repeating: 1, count: n)], what: "The Johansen detrending")
    }
  }

  /// Aᵀ B / rows for column lists A and B.
  static func moment(_ a: [[Double]], _ b: [[Double]]) -> Matrix {
    let rows = Double(a[0].count)
    return Matrix(a.map { x in b.map { y in zip(x, y).reduce(0) { $0 + $1.0 * $1.1 } / rows } })
  }
}
