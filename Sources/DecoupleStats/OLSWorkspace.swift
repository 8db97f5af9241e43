/// The buffers of one OLS fit, allocated once and reused for every window of a rolling
/// regression, so the rolling loop does not allocate. See ``OLS`` for the method.
struct OLSWorkspace {
  let k: Int
  let covariance: OLSCovariance
  /// Valid row indices of the current fit.
  var rows: [Int]
  /// Centred regressors, column-major: `z[j * capacity + t]`.
  var z: [Double]
  /// Centred y, then the residuals.
  var e: [Double]
  var means: [Double]
  /// Cholesky factor of Z′Z (lower, row-major k × k), then its inverse (full).
  var chol: [Double]
  var inverse: [Double]
  var beta: [Double]
  /// (k + 1) × (k + 1) scratch: the HAC meat, then the centred sandwich.
  var meat: [Double]
  var sandwich: [Double]
  let capacity: Int

  // Results of the last fit.
  var count = 0
  var alpha = Double.nan
  var alphaSE = Double.nan
  var betaSE: [Double]
  var rSquared = Double.nan
  var residualVolatility = Double.nan
  var ssr = Double.nan

  init(regressors k: Int, capacity: Int, covariance: OLSCovariance) {
    if case .neweyWest(let lags, _) = covariance { precondition(lags >= 0, "lags must be ≥ 0") }
    self.k = k
    self.covariance = covariance
    self.capacity = capacity
    rows = [Int](repeating: 0, count: capacity)
    z = [Double](repeating: 0, count: k * capacity)
    e = [Double](repeating: 0, count: capacity)
    means = [Double](repeating: 0, count: k)
    chol = [Double](repeating: 0, count: k * k)
    inverse = [Double](repeating: 0, count: k * k)
    beta = [Double](repeating: .nan, count: k)
    meat = [Double](repeating: 0, count: (k + 1) * (k + 1))
    sandwich = [Double](repeating: 0, count: (k + 1) * (k + 1))
    betaSE = [Double](repeating: .nan, count: k)
  }

  var result: OLSFit {
    OLSFit(
      count: count, alpha: alpha, betas: beta, alphaStandardError: alphaSE,
      betaStandardErrors: betaSE, rSquared: rSquared, residualVolatility: residualVolatility,
      residualSumOfSquares: ssr)
  }

  mutating func clear() {
    alpha = .nan
    alphaSE = .nan
    rSquared = .nan
    residualVolatility = .nan
    ssr = .nan
    for j in 0..<k {
      beta[j] = .nan
      betaSE[j] = .nan
    }
  }

  /// Fits the valid rows among `rows` of `y` on the columns of `x` (column-major, column `j`
  /// starting at `j * stride`). Leaves NaN results when fewer than `max(minimum, k + 2)` rows
  /// are valid or the regressors are collinear.
  mutating func fit(
    y: UnsafeBufferPointer<Double>, x: UnsafeBufferPointer<Double>, stride: Int,
    rows range: Range<Int>, minimum: Int
  ) {
    clear()
    var m = 0
    for t in range where !y[t].isNaN {
      var valid = true
      for j in 0..<k where x[j * stride + t].isNaN { valid = false }
      if valid {
        rows[m] = t
        m += 1
      }
    }
    count = m
    guard m >= max(minimum, k + 2) else { return }
    let n = Double(m)
    // Centre y (two-pass with the mean correction) into e, regressors into z.
    let ym = centre(m: m) {
      y[rows[$0]]
    } into: {
      e[$0] = $1
    }
    for j in 0..<k {
      let base = j * capacity
      means[j] = centre(m: m) {
        x[j * stride + rows[$0]]
      } into: {
        z[base + $0] = $1
      }
    }
    var syy = 0.0
    for t in 0..<m { syy += e[t] * e[t] }
    // Z′Z into chol (lower triangle), Z′y into beta.
    for a in 0..<k {
      for b in 0...a {
        var s = 0.0
        for t in 0..<m { s += z[a * capacity + t] * z[b * capacity + t] }
        chol[a * k + b] = s
      }
      var s = 0.0
      for t in 0..<m { s += z[a * capacity + t] * e[t] }
      beta[a] = s
    }
    guard choleskyInPlace() else {
      for j in 0..<k { beta[j] = .nan }
      return
    }
    solveInPlace()
    // Residuals e = yc − Zc β and their sum of squares.
    ssr = 0
    for t in 0..<m {
      var fitted = 0.0
      for j in 0..<k { fitted += z[j * capacity + t] * beta[j] }
      e[t] -= fitted
      ssr += e[t] * e[t]
    }
    var xb = 0.0
    for j in 0..<k { xb += beta[j] * means[j] }
    alpha = ym - xb
    let dof = n - Double(k) - 1
    let s2 = ssr / dof
    residualVolatility = s2.squareRoot()
    rSquared = syy > 0 ? 1 - ssr / syy : .nan
    invertFromCholesky()
    switch covariance {
    case .plain:
      // Centred parametrisation: Var(αc) = s²/n, Var(β) = s² (Z′Z)⁻¹, Cov(αc, β) = 0.
      fillCentredPlain(s2: s2, n: n)
    case .neweyWest(let lags, let corrected):
      fillCentredHAC(m: m, lags: lags, scale: corrected ? n / dof : 1)
    }
    mapToOriginal()
  }

  /// Two-pass mean of `m` values with the Chan–Golub–LeVeque correction; writes the centred
  /// values and returns the mean.
  private func centre(
    m: Int, _ value: (Int) -> Double, into write: (Int, Double) -> Void
  ) -> Double {
    var s = 0.0
    for t in 0..<m { s += value(t) }
    var mean = s / Double(m)
    var correction = 0.0
    for t in 0..<m { correction += value(t) - mean }
    mean += correction / Double(m)
    for t in 0..<m { write(t, value(t) - mean) }
    return mean
  }

  /// Lower Cholesky factor of Z′Z in place (``Cholesky``); `false` when a pivot falls to 1e-12
  /// of its diagonal or below (collinear or constant regressors).
  private mutating func choleskyInPlace() -> Bool {
    let k = k
    return chol.withUnsafeMutableBufferPointer { Cholesky.factorInPlace($0, order: k) }
  }

  /// Solves L L′ β = Z′y in place.
  private mutating func solveInPlace() {
    let k = k
    chol.withUnsafeBufferPointer { l in
      beta.withUnsafeMutableBufferPointer { Cholesky.solveInPlace(l, order: k, $0) }
    }
  }

  /// (Z′Z)⁻¹ from the Cholesky factor.
  private mutating func invertFromCholesky() {
    let k = k
    chol.withUnsafeBufferPointer { l in
      inverse.withUnsafeMutableBufferPointer { Cholesky.inverseInPlace(l, order: k, into: $0) }
    }
  }

  private mutating func fillCentredPlain(s2: Double, n: Double) {
    let q = k + 1
    for i in 0..<(q * q) { sandwich[i] = 0 }
    sandwich[0] = s2 / n
    for a in 0..<k {
      for b in 0..<k { sandwich[(a + 1) * q + b + 1] = s2 * inverse[a * k + b] }
    }
  }

  /// The score of row `t` in the centred parametrisation, component `a` (0 is the constant).
  @inline(__always)
  private func score(_ t: Int, _ a: Int) -> Double {
    a == 0 ? e[t] : z[(a - 1) * capacity + t] * e[t]
  }

  private mutating func fillCentredHAC(m: Int, lags: Int, scale: Double) {
    let q = k + 1
    for i in 0..<(q * q) { meat[i] = 0 }
    for l in 0...min(lags, m - 1) {
      let w = l == 0 ? 1.0 : 1 - Double(l) / Double(lags + 1)
      for a in 0..<q {
        for b in 0..<q {
          var s = 0.0
          for t in l..<m { s += score(t, a) * score(t - l, b) }
          meat[a * q + b] += w * s
          if l > 0 { meat[b * q + a] += w * s }
        }
      }
    }
    // Bread: diag(1/n, (Z′Z)⁻¹); sandwich = bread · meat · bread.
    let n = Double(m)
    @inline(__always) func bread(_ a: Int, _ b: Int) -> Double {
      if a == 0 || b == 0 { return a == b ? 1 / n : 0 }
      return inverse[(a - 1) * k + b - 1]
    }
    for a in 0..<q {
      for b in 0..<q {
        var s = 0.0
        for c in 0..<q {
          let bac = bread(a, c)
          guard bac != 0 else { continue }
          for d in 0..<q { s += bac * meat[c * q + d] * bread(d, b) }
        }
        sandwich[a * q + b] = s * scale
      }
    }
  }

  /// From the centred parameters (αc = α + β′x̄, β) back to (α, β): α = αc − x̄′β.
  private mutating func mapToOriginal() {
    let q = k + 1
    var va = sandwich[0]
    for j in 0..<k {
      va -= 2 * means[j] * sandwich[j + 1]
      for i in 0..<k { va += means[j] * sandwich[(j + 1) * q + i + 1] * means[i] }
    }
    alphaSE = max(0, va).squareRoot()
    for j in 0..<k { betaSE[j] = max(0, sandwich[(j + 1) * q + j + 1]).squareRoot() }
  }
}
