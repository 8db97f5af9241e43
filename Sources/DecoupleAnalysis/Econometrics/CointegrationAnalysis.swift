import DecoupleData
import DecoupleStats

/// Whether two series are cointegrated (Engle–Granger, optionally Johansen) and, if so, how
/// fast their spread reverts.
public enum CointegrationAnalysis {
  public struct Options: Sendable, Equatable {
    public var sample = SampleOptions()
    /// Engle–Granger deterministic terms of the cointegrating regression (`.c` or `.ct`).
    public var trend: MacKinnon.Regression = .c
    /// A fixed ADF lag order on the residuals, or `nil` to search by `autolag`.
    public var lags: Int?
    public var autolag: UnitRoot.Autolag? = .aic
    /// Run Johansen too.
    public var johansen = false
    public var johansenOrder: Johansen.DeterministicOrder = .constant
    public var lagDifferences = 1

    public init(sample: SampleOptions = .init()) { self.sample = sample }
  }

  public struct Report: Sendable {
    public var a: PreparedSeries
    public var b: PreparedSeries
    public var options: Options
    public var engleGranger: Cointegration.EngleGrangerResult
    public var johansen: Johansen.Result?
    /// Engle–Granger τ below its 5 % critical value.
    public var cointegrated: Bool
    /// The trace test's rank at 95 %, when Johansen ran.
    public var johansenRank: Int? { johansen?.rank(level: 1) }
    /// The spread's mean reversion, when either test finds cointegration (Johansen: rank 1).
    public var meanReversion: MeanReversion.Estimate?
    public var notes: [String]

    /// A's coefficient on B in the cointegrating regression (the hedge ratio).
    public var hedgeRatio: Double { engleGranger.coefficients[0] }

    public var sentence: String {
      let p = engleGranger.pValue
      let pText =
        !p.isFinite ? "" : (p < 0.001 ? " (p < 0.001)" : " (p = \(Wording.fixed(p, 3)))")
      // Said once, without the double negative of "does not reject no cointegration".
      let eg =
        cointegrated
        ? "\(a.name) and \(b.name) look cointegrated: the Engle–Granger test finds a stable "
          + "long-run relation at the 5% level\(pText)"
        : "\(a.name) and \(b.name) do not look cointegrated: the Engle–Granger test finds no "
          + "stable long-run relation at the 5% level\(pText)"
      var s = eg
      if let r = johansenRank {
        s += "; Johansen's trace test finds rank \(r) at 95%"
        if r == 2 {
          s += " (full rank: both series look stationary in levels)"
        } else if (r == 1) != cointegrated {
          s += " (the tests disagree)"
        }
      }
      return s + "."
    }
  }

  /// Tests A and B on their common days, A regressed on B.
  /// - Throws: ``EconometricsError`` naming the pair and the reason.
  public static func analyze(_ a: DailySeries, _ b: DailySeries, options: Options = .init())
    throws -> Report
  {
    let (sa, sb) = try options.sample.prepare(a, b)
    try EconometricsError.requireDistinct(a.name, sa.values, b.name, sb.values)
    let named = PreparedSeries(name: "\(a.name) and \(b.name)", days: sa.days, values: sa.values)
    if let i = sb.values.firstIndex(where: { !$0.isFinite }) {
      throw EconometricsError.nonFinite(
        name: b.name, first: sb.days.first, last: sb.days.last, what: nil, day: sb.days[i],
        value: sb.values[i])
    }
    let eg = try EconometricsError.naming(named) {
      try Cointegration.engleGranger(
        sa.values, [sb.values], trend: options.trend, maxLag: options.lags,
        autolag: options.lags == nil ? options.autolag : nil)
    }
    let johansen =
      options.johansen
      ? try EconometricsError.naming(named) {
        try Johansen.test(
          [sa.values, sb.values], order: options.johansenOrder,
          lagDifferences: options.lagDifferences)
      } : nil
    let cointegrated = eg.criticalValues.map { eg.statistic < $0[1] } ?? (eg.pValue < 0.05)
    let any = cointegrated || johansen?.rank(level: 1) == 1
    let mr =
      any ? try EconometricsError.naming(named) { try MeanReversion.estimate(eg.spread) } : nil
    return Report(
      a: sa, b: sb, options: options, engleGranger: eg, johansen: johansen,
      cointegrated: cointegrated, meanReversion: mr,
      notes: SeriesNotes.labelled([a, b], lastDay: sa.days.last, chosenTo: options.sample.to))
  }
}
