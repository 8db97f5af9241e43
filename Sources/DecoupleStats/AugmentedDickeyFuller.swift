import Foundation

/// Unit-root tests: the augmented Dickey–Fuller test (``adf(_:regression:maxLag:autolag:)``)
/// and the KPSS test (``kpss(_:regression:lags:)``), each matching statsmodels 0.15
/// (`statsmodels.tsa.stattools.adfuller` / `kpss`) on the same inputs.
public enum UnitRoot {}

extension UnitRoot {
  /// How the ADF lag order is chosen among 0…maxLag (statsmodels `autolag`).
  public enum Autolag: String, Sendable, CaseIterable {
    /// Smallest Akaike information criterion.
    case aic
    /// Smallest Bayesian information criterion.
    case bic
    /// From maxLag down, the first lag whose t-statistic has |t| ≥ 1.6449 (5 %, two-sided 10 %).
    case tStat = "t-stat"
  }

  /// The result of an ADF test. H₀: a unit root; small p-values reject it.
  public struct ADFResult: Sendable, Equatable {
    public var regression: MacKinnon.Regression
    /// The t-statistic of the lagged level.
    public var statistic: Double
    /// MacKinnon (1994) approximate p-value.
    public var pValue: Double
    /// Lagged differences used.
    public var lags: Int
    /// The largest lag considered (the search range, or the fixed order).
    public var maxLag: Int
    /// Observations in the final regression.
    public var observations: Int
    /// MacKinnon (2010) critical values at 1 %, 5 % and 10 % for `observations`.
    public var criticalValues: [Double]
    /// The best information criterion (AIC/BIC), or the last |t| examined (t-stat); `nil` for a
    /// fixed lag order.
    public var informationCriterion: Double?
    public var autolag: Autolag?
  }

  /// The augmented Dickey–Fuller test of `x` (Said & Dickey 1984): Δx_t on the lagged level
  /// x_{t−1}, `lags` lagged differences and the deterministic terms of `regression`.
  ///
  /// Lag selection follows statsmodels `adfuller` exactly: maxLag defaults to
  /// ⌈12 (n/100)^{1/4}⌉ (Schwert 1989) capped at n/2 − ntrend − 1; with `autolag`, every order
  /// 0…maxLag is fitted **on the same sample** (the last n − 1 − maxLag differences) and the
  /// chosen order is then refitted on the longest sample it allows; without `autolag` the order
  /// is `maxLag`. One QR factorization of the widest design serves every nested candidate.
  ///
  /// - Throws: ``TimeSeriesError/nonFinite(what:position:value:)`` naming the first NaN/±inf,
  ///   ``TimeSeriesError/constant(what:)``, ``TimeSeriesError/tooShort(what:needed:got:)`` when
  ///   maxLag > n/2 − ntrend − 1 (statsmodels raises there too), and
  ///   ``TimeSeriesError/singular(what:)`` for a degenerate design (for example a straight line
  ///   tested with a trend).
  /// - Complexity: O(n · maxLag²).
  public static func adf(
    _ x: [Double], regression: MacKinnon.Regression = .c, maxLag: Int? = nil,
    autolag: Autolag? = .aic
  ) throws -> ADFResult {
    let what = "The ADF test"
    try TimeSeriesError.check(x, what)
    let n = x.count
    let ntrend = regression.deterministicTerms
    let cap = n / 2 - ntrend - 1
    let maxlag: Int
    if let m = maxLag {
      guard m >= 0 else { throw TimeSeriesError.invalidArgument("The lag order must be ≥ 0.") }
      guard m <= cap else {
        throw TimeSeriesError.tooShort(
          what: "\(what) with \(m) lags and regression '\(regression.rawValue)'",
          needed: 2 * (m + ntrend + 1), got: n)
      }
      maxlag = m
    } else {
      maxlag = min(cap, Int((12 * _pow(Double(n) / 100, 0.25)).rounded(.up)))
      guard maxlag >= 0 else {
        throw TimeSeriesError.tooShort(
          what: "\(what) with regression '\(regression.rawValue)'", needed: 2 * (ntrend + 1),
          got: n)
      }
    }
    var used = maxlag
    var criterion: Double?
    if let autolag {
      (used, criterion) = try selectLag(x, regression: regression, maxLag: maxlag, autolag)
    }
    let (y, design) = adfDesign(x, regression: regression, lags: used, sampleLag: used)
    let fit = try LeastSquares.fit(y, on: design, what: what)
    let stat = fit.tValues[ntrend]
    return ADFResult(
      regression: regression, statistic: stat,
      pValue: MacKinnon.pValue(stat, regression: regression, n: 1), lags: used, maxLag: maxlag,
      observations: y.count,
      criticalValues: MacKinnon.criticalValues(
        regression: regression, n: 1, observations: y.count)!,
      informationCriterion: criterion, autolag: autolag)
  }

  /// The response Δx_t and the columns [deterministic…, x_{t−1}, Δx_{t−1}…Δx_{t−lags}] on the
  /// sample that `sampleLag` lags allow (t = sampleLag … n − 2 in difference indices).
  static func adfDesign(
    _ x: [Double], regression: MacKinnon.Regression, lags: Int, sampleLag: Int
  ) -> ([Double], [[Double]]) {
    let d = (1..<x.count).map { x[$0] - x[$0 - 1] }
    let rows = d.count - sampleLag
    let y = Array(d[sampleLag...])
    var cols: [[Double]] = []
    if regression != .n { cols.append([Double](repeating: 1, count: rows)) }
    if regression == .ct { cols.append((1...max(rows, 1)).prefix(rows).map(Double.init)) }
    cols.append(Array(x[sampleLag..<(sampleLag + rows)]))
    for l in stride(from: 1, through: lags, by: 1) {
      cols.append(Array(d[(sampleLag - l)..<(sampleLag - l + rows)]))
    }
    return (y, cols)
  }

  /// statsmodels `_autolag` on the common sample: the chosen lag and its criterion.
  static func selectLag(
    _ x: [Double], regression: MacKinnon.Regression, maxLag: Int, _ method: Autolag
  ) throws -> (Int, Double) {
    let (y, design) = adfDesign(x, regression: regression, lags: maxLag, sampleLag: maxLag)
    let rows = y.count
    let first = regression.deterministicTerms + 1
    guard rows > first + maxLag else {
      throw TimeSeriesError.tooShort(
        what: "The ADF lag search over 0…\(maxLag) lags", needed: first + 2 * maxLag + 2,
        got: x.count)
    }
    let qr = HouseholderQR(columns: design)
    guard !qr.isDeficient(prefix: design.count) else {
      throw TimeSeriesError.singular(what: "The ADF lag search")
    }
    let z = qr.applyTranspose(y)
    // ssr of the regression on the first k columns: the squared tail of Qᵀy from k on.
    var tail = [Double](repeating: 0, count: rows + 1)
    for i in stride(from: rows - 1, through: 0, by: -1) { tail[i] = tail[i + 1] + z[i] * z[i] }
    let nd = Double(rows)
    func criterion(_ k: Int) -> Double {
      let llf = LeastSquares.Fit.logLikelihood(ssr: tail[k], n: rows)
      return method == .aic ? -2 * llf + 2 * Double(k) : -2 * llf + _log(nd) * Double(k)
    }
    switch method {
    case .aic, .bic:
      var best = (criterion(first), 0)
      for lag in stride(from: 1, through: maxLag, by: 1) {
        let c = criterion(first + lag)
        if c < best.0 { best = (c, lag) }
      }
      return (best.1, best.0)
    case .tStat:
      var last = 0.0
      for lag in stride(from: maxLag, through: 0, by: -1) {
        let k = first + lag
        let scale = tail[k] / Double(rows - k)
        last = abs(z[k - 1]) / scale.squareRoot()
        if last >= 1.644_853_626_951_472_2 { return (lag, last) }
      }
      return (0, last)
    }
  }
}

extension MacKinnon.Regression {
  /// The number of deterministic regressors: 0, 1 or 2.
  public var deterministicTerms: Int {
    switch self {
    case .n: 0
    case .c: 1
    case .ct: 2
    }
  }
}
