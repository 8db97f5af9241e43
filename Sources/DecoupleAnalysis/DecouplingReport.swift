import DecoupleData

/// The full answer for a pair: the summary, and for each sense its episodes, its record check,
/// the gap closure and both assets' regimes.
public struct DecouplingReport: Sendable {
  public var summary: DecouplingSummary
  /// Episodes per measure, in ``DecouplingMeasure/allCases`` order.
  public var episodes: [EpisodeHistory]
  /// Record checks per measure (absent where the measure is undefined on the as-of day).
  public var records: [DecouplingMeasure: RecordCheck]
  public var gapClosure: GapClosure
  public var regimeA: Regime
  public var regimeB: Regime
  /// The long-run (cointegration) relation over the history before the window; `nil` when
  /// that history is shorter than two windows.
  public var longRun: LongRunRelation?

  /// Builds the report for `summary`.
  public init(_ summary: DecouplingSummary, rules: EpisodeRules = .init()) {
    self.summary = summary
    episodes = DecouplingMeasure.allCases.map {
      EpisodeHistory(measure: $0, in: summary, rules: rules)
    }
    var records: [DecouplingMeasure: RecordCheck] = [:]
    for m in DecouplingMeasure.allCases { records[m] = RecordCheck(m, in: summary) }
    self.records = records
    gapClosure = GapClosure(summary, currentEpisode: episodes.first { $0.measure == .gap }?.current)
    let tail = summary.rows.suffix(summary.options.window + 1)
    regimeA = Regime(closes: tail.map(\.closeA))
    regimeB = Regime(closes: tail.map(\.closeB))
    longRun = LongRunRelation(summary)
  }

  /// The episodes of `measure`.
  public func episodes(_ measure: DecouplingMeasure) -> EpisodeHistory {
    episodes.first { $0.measure == measure }!
  }
}

extension DecouplingAnalysis {
  /// ``analyze(_:_:options:)`` and everything built on it: episodes, record checks, gap closure
  /// and regimes.
  public static func report(
    _ a: DailySeries, _ b: DailySeries, options: AnalysisOptions = .init(),
    rules: EpisodeRules = .init()
  ) throws -> DecouplingReport {
    DecouplingReport(try analyze(a, b, options: options), rules: rules)
  }
}
