import DecoupleData
import DecoupleStats

/// ADF and KPSS on one series, read together in plain words.
public enum StationarityAnalysis {
  /// The test choices (statsmodels defaults: constant, lag order by AIC, KPSS automatic
  /// bandwidth).
  public struct Options: Sendable, Equatable {
    public var sample = SampleOptions()
    /// ADF deterministic terms; KPSS uses "ct" for `.ct` and "c" otherwise (it has no "n").
    public var regression: MacKinnon.Regression = .c
    /// A fixed ADF lag order (`autolag` is then ignored), or the largest order searched.
    public var lags: Int?
    public var autolag: UnitRoot.Autolag? = .aic

    public init(
      sample: SampleOptions = .init(), regression: MacKinnon.Regression = .c, lags: Int? = nil,
      autolag: UnitRoot.Autolag? = .aic
    ) {
      self.sample = sample
      self.regression = regression
      self.lags = lags
      self.autolag = autolag
    }
  }

  /// What ADF and KPSS say together at 5 %.
  public enum Reading: String, Sendable {
    /// ADF rejects a unit root and KPSS does not reject stationarity.
    case stationary
    /// ADF does not reject a unit root and KPSS rejects stationarity.
    case unitRoot
    /// Both reject their null: often a structural break or long memory.
    case conflicting
    /// Neither rejects: the data cannot tell.
    case inconclusive

    public init(adfRejects: Bool, kpssRejects: Bool) {
      switch (adfRejects, kpssRejects) {
      case (true, false): self = .stationary
      case (false, true): self = .unitRoot
      case (true, true): self = .conflicting
      case (false, false): self = .inconclusive
      }
    }

    /// The conclusion in words.
    public var conclusion: String {
      switch self {
      case .stationary: "the series looks stationary"
      case .unitRoot: "the series looks non-stationary (it has a unit root)"
      case .conflicting:
        "the tests disagree (both reject): possibly a structural break or long memory"
      case .inconclusive: "the tests cannot tell (neither rejects): too little information"
      }
    }
  }

  public struct Report: Sendable {
    public var series: PreparedSeries
    public var options: Options
    public var adf: UnitRoot.ADFResult
    public var kpss: UnitRoot.KPSSResult
    /// ADF τ below its 5 % critical value.
    public var adfRejects: Bool
    /// KPSS η above its 5 % critical value.
    public var kpssRejects: Bool
    public var reading: Reading
    public var notes: [String]

    /// "ADF rejects a unit root at 5%; KPSS does not reject stationarity: the series looks
    /// stationary."
    public var sentence: String {
      let a = adfRejects ? "ADF rejects a unit root at 5%" : "ADF does not reject a unit root at 5%"
      let k =
        kpssRejects
        ? "KPSS rejects stationarity at 5%" : "KPSS does not reject stationarity at 5%"
      return "\(a); \(k): \(reading.conclusion)."
    }
  }

  /// Runs both tests on `series` prepared by `options.sample`.
  /// - Throws: ``EconometricsError`` naming the series and the reason (too short for the lags,
  ///   constant, non-positive prices…).
  public static func analyze(_ series: DailySeries, options: Options = .init()) throws -> Report {
    let s = try options.sample.prepare(series)
    let adf = try EconometricsError.naming(s) {
      try UnitRoot.adf(
        s.values, regression: options.regression, maxLag: options.lags,
        autolag: options.lags == nil ? options.autolag : nil)
    }
    let kpss = try EconometricsError.naming(s) {
      try UnitRoot.kpss(s.values, regression: options.regression == .ct ? .ct : .c)
    }
    let adfRejects = adf.statistic < adf.criticalValues[1]
    let kpssRejects = kpss.statistic > kpss.criticalValues[1]
    var notes = SeriesNotes.labelled([series], lastDay: s.days.last, chosenTo: options.sample.to)
    if options.regression == .n {
      notes.append("KPSS has no form without a constant; it was run with a constant.")
    }
    return Report(
      series: s, options: options, adf: adf, kpss: kpss, adfRejects: adfRejects,
      kpssRejects: kpssRejects, reading: Reading(adfRejects: adfRejects, kpssRejects: kpssRejects),
      notes: notes)
  }
}
