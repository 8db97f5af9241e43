/// Beta variants that answer questions a plain beta cannot: asynchronous closes (Dimson) and
/// asymmetry between rising and falling markets (upside and downside beta).
public enum Beta {}

extension Beta {
  /// Which of B's returns a conditional beta uses.
  public enum Side: String, Sendable, CaseIterable {
    /// Rows where B's return is positive.
    case up
    /// Rows where B's return is negative.
    case down
  }

  /// The Dimson (1979) design: B's returns lagged by `lags`…1, current, and led by 1…`lags`,
  /// as regressor columns ordered `b[t−lags] … b[t] … b[t+lags]`; missing (NaN) where the shift
  /// runs off the series. Leads look ahead by construction: a Dimson beta at day t uses B up to
  /// t + `lags`.
  public static func dimsonDesign(_ b: [Double], lags: Int) -> [[Double]] {
    precondition(lags >= 0, "lags must be ≥ 0")
    let n = b.count
    return (-lags...lags).map { shift in
      (0..<n).map { t in
        let s = t - shift  // positive shift = lag: b[t − shift]
        return s >= 0 && s < n ? b[s] : .nan
      }
    }
  }

  /// Dimson beta of `a` on `b`: the sum of the slopes of `a[t]` on `b[t−lags]…b[t+lags]`, the
  /// standard remedy when the two close at different times (crypto at midnight UTC, US equities
  /// at 16:00 New York). Rows with a missing shift are dropped, as statsmodels on `dropna()`.
  /// - Returns: NaN when the regression is undefined (see ``OLS``).
  public static func dimson(_ a: [Double], _ b: [Double], lags: Int) -> Double {
    OLS.fit(a, on: dimsonDesign(b, lags: lags)).betas.reduce(0, +)
  }

  /// Rolling Dimson beta: per window of `window` rows (a row is day t with its shifted B values).
  public static func rollingDimson(
    _ a: [Double], _ b: [Double], lags: Int, window: Int, minPeriods: Int? = nil
  ) -> [Double] {
    let r = Rolling.regression(
      a, on: dimsonDesign(b, lags: lags), window: window, minPeriods: minPeriods)
    return (0..<a.count).map { i in r.betas.reduce(0) { $0 + $1[i] } }
  }

  /// `a` with NaN wherever `b`'s return is not on `side` (zero belongs to neither side), so that
  /// a regression on it is the conditional regression.
  public static func masked(_ a: [Double], by b: [Double], side: Side) -> [Double] {
    zip(a, b).map { x, y in
      switch side {
      case .up: y > 0 ? x : .nan
      case .down: y < 0 ? x : .nan
      }
    }
  }

  /// Upside or downside beta (Bawa & Lindenberg 1977, threshold zero): the OLS slope of `a` on
  /// `b` over the rows where `b` rose (fell). NaN with fewer than three such rows.
  public static func conditional(_ a: [Double], _ b: [Double], side: Side) -> Double {
    OLS.fit(masked(a, by: b, side: side), on: [b]).betas[0]
  }

  /// Rolling upside or downside beta: within each window of `window` rows, the slope over the
  /// rows on `side`; NaN when fewer than `minimumRows` (at least 3) such rows are in it.
  public static func rollingConditional(
    _ a: [Double], _ b: [Double], side: Side, window: Int, minimumRows: Int = 10
  ) -> [Double] {
    Rolling.regression(
      masked(a, by: b, side: side), on: [b], window: window,
      minPeriods: min(window, max(3, minimumRows))
    ).betas[0]
  }
}
