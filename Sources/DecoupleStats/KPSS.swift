extension UnitRoot {
  /// How the KPSS long-run variance bandwidth is chosen (statsmodels `nlags`).
  public enum KPSSLags: Sendable, Equatable {
    /// Hobijn, Franses & Ooms (2004) automatic bandwidth (statsmodels `nlags="auto"`).
    case auto
    /// ⌈12 (n/100)^{1/4}⌉ (statsmodels `nlags="legacy"`).
    case legacy
    /// A fixed number of autocovariances (0 ≤ lags < n).
    case fixed(Int)
  }

  /// The result of a KPSS test. H₀: the series is stationary around a level (`.c`) or a trend
  /// (`.ct`); small p-values reject stationarity.
  public struct KPSSResult: Sendable, Equatable {
    public var regression: MacKinnon.Regression
    public var statistic: Double
    /// Interpolated in Kwiatkowski et al. (1992) Table 1; clamped to [0.01, 0.10].
    public var pValue: Double
    /// `-1` when the true p-value is below `pValue` (statistic beyond the 1 % value), `+1` when
    /// above (statistic below the 10 % value), `0` inside the table.
    public var pValueBound: Int
    /// The Bartlett-kernel bandwidth used.
    public var lags: Int
    /// Critical values at 10 %, 5 %, 2.5 % and 1 % (Kwiatkowski et al. 1992, Table 1).
    public var criticalValues: [Double]
    public var observations: Int
  }

  /// Critical-value levels of ``KPSSResult/criticalValues``.
  public static let kpssLevels = [0.10, 0.05, 0.025, 0.01]

  /// The KPSS test (Kwiatkowski, Phillips, Schmidt & Shin 1992) as statsmodels `kpss`:
  /// η = Σ S_t² / n² over the partial sums S_t of the residuals from a level (`.c`: x − mean)
  /// or a linear trend (`.ct`: OLS on 1, t = 1…n), divided by the Newey–West long-run variance
  /// with Bartlett weights 1 − i/(lags + 1).
  ///
  /// - Throws: ``TimeSeriesError/invalidArgument(_:)`` for `.n` (KPSS has no such form) or a
  ///   negative lag, ``TimeSeriesError/tooShort(what:needed:got:)`` when lags ≥ n or n < 3,
  ///   ``TimeSeriesError/nonFinite(what:position:value:)``, ``TimeSeriesError/constant(what:)``.
  public static func kpss(
    _ x: [Double], regression: MacKinnon.Regression = .c, lags: KPSSLags = .auto
  ) throws -> KPSSResult {
    let what = "The KPSS test"
    guard regression != .n else {
      throw TimeSeriesError.invalidArgument("The KPSS test takes regression 'c' or 'ct', not 'n'.")
    }
    try TimeSeriesError.check(x, what)
    let n = x.count
    guard n >= 3 else { throw TimeSeriesError.tooShort(what: what, needed: 3, got: n) }
    let resid: [Double]
    let crit: [Double]
    if regression == .ct {
      let t = (1...n).map(Double.init)
      resid = try LeastSquares.residuals(
        x, on: [[Double](repeating: 1, count: n), t], what: what)
      crit = [0.119, 0.146, 0.176, 0.216]
    } else {
      let mean = x.reduce(0, +) / Double(n)
      resid = x.map { $0 - mean }
      crit = [0.347, 0.463, 0.574, 0.739]
    }
    let nlags: Int
    switch lags {
    case .auto: nlags = min(hobijnBandwidth(resid), n - 1)
    case .legacy: nlags = min(Int((12 * _pow(Double(n) / 100, 0.25)).rounded(.up)), n - 1)
    case .fixed(let l):
      guard l >= 0 else { throw TimeSeriesError.invalidArgument("The lag order must be ≥ 0.") }
      guard l < n else {
        throw TimeSeriesError.tooShort(what: "\(what) with \(l) lags", needed: l + 1, got: n)
      }
      nlags = l
    }
    var partial = 0.0
    var eta = 0.0
    for r in resid {
      partial += r
      eta += partial * partial
    }
    eta /= Double(n) * Double(n)
    var s = resid.reduce(0) { $0 + $1 * $1 }
    for i in stride(from: 1, through: nlags, by: 1) {
      s += 2 * autoproduct(resid, lag: i) * (1 - Double(i) / (Double(nlags) + 1))
    }
    s /= Double(n)
    guard s > 0 else { throw TimeSeriesError.constant(what: what) }
    let stat = eta / s
    let p = interpolate(stat, crit, kpssLevels)
    return KPSSResult(
      regression: regression, statistic: stat, pValue: p,
      pValueBound: stat >= crit[3] ? -1 : (stat <= crit[0] ? 1 : 0), lags: nlags,
      criticalValues: crit, observations: n)
  }

  /// Σ_{t ≥ lag} e_t e_{t−lag}.
  static func autoproduct(_ e: [Double], lag: Int) -> Double {
    var s = 0.0
    for t in lag..<e.count { s += e[t] * e[t - lag] }
    return s
  }

  /// Hobijn, Franses & Ooms (2004) bandwidth, as statsmodels `_kpss_autolag`.
  static func hobijnBandwidth(_ e: [Double]) -> Int {
    let n = Double(e.count)
    let covlags = Int(_pow(n, 2.0 / 9.0))
    var s0 = e.reduce(0) { $0 + $1 * $1 } / n
    var s1 = 0.0
    for i in stride(from: 1, through: covlags, by: 1) {
      let p = autoproduct(e, lag: i) / (n / 2.0)
      s0 += p
      s1 += Double(i) * p
    }
    let sHat = s1 / s0
    let gamma = 1.1447 * _pow(sHat * sHat, 1.0 / 3.0)
    return Int(gamma * _pow(n, 1.0 / 3.0))
  }

  /// numpy `interp` for increasing `xp`, clamped at both ends.
  static func interpolate(_ x: Double, _ xp: [Double], _ fp: [Double]) -> Double {
    if x <= xp[0] { return fp[0] }
    if x >= xp[xp.count - 1] { return fp[fp.count - 1] }
    var j = 0
    while x >= xp[j + 1] { j += 1 }
    let slope = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j])
    return slope * (x - xp[j]) + fp[j]
  }
}
