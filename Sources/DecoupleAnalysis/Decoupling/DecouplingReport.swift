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
  /// DCC-GARCH correlation and change points in the A-on-B relationship.
  public var dynamic: DynamicSenses
  /// For ETH against an equity index: how much of ETH's variance each driver explains (equity,
  /// BTC, rates, ETF flows, supply); set by
  /// ``DecouplingAnalysis/report(_:_:options:rules:extras:drivers:)`` when it is given inputs.
  public var drivers: DriverAttribution?
  /// Why the driver attribution that was asked for is missing (a fact, shown as a note).
  public var driversUnavailable: String?

  /// The costlier sections, which a caller that does not show them can skip.
  public struct Extras: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// DCC-GARCH and change points (``dynamic``): two likelihood fits and a PELT search.
    public static let dynamic = Extras(rawValue: 1)
    /// The driver attribution for ETH (``drivers``): the supply model and rolling Shapley R².
    public static let drivers = Extras(rawValue: 2)
    public static let all: Extras = [.dynamic, .drivers]
  }

  /// Builds the report for `summary`; without `.dynamic` in `extras`, ``dynamic`` is empty.
  ///
  /// `spans` names the span each section uses (default: derived from the window).
  public init(
    _ summary: DecouplingSummary, rules: EpisodeRules = .init(), extras: Extras = .dynamic,
    spans: ReportSpans? = nil
  ) {
    let spans = spans ?? ReportSpans(window: summary.options.window)
    self.summary = summary
    episodes = DecouplingMeasure.allCases.map {
      EpisodeHistory(measure: $0, in: summary, rules: rules)
    }
    var records: [DecouplingMeasure: RecordCheck] = [:]
    for m in DecouplingMeasure.allCases {
      records[m] = RecordCheck(m, in: summary, exclusion: spans.recordExclusion)
    }
    self.records = records
    gapClosure = GapClosure(
      summary, currentEpisode: episodes.first { $0.measure == .gap }?.current,
      referenceLag: spans.gapReference)
    let tail = summary.rows.suffix(spans.regime + 1)
    regimeA = Regime(closes: tail.map(\.closeA))
    regimeB = Regime(closes: tail.map(\.closeB))
    longRun = LongRunRelation(summary, holdout: spans.longRunHoldout)
    dynamic =
      extras.contains(.dynamic)
      ? DynamicSenses(
        summary, minSegment: spans.minChangePointSegment, recentWithin: spans.recentChangePoint)
      : DynamicSenses()
    // One count of senses everywhere: the headline counts every sense the report measured.
    self.summary.verdict.headline = sensesHeadline
  }

  /// The episodes of `measure`.
  public func episodes(_ measure: DecouplingMeasure) -> EpisodeHistory {
    episodes.first { $0.measure == measure }!
  }
}

extension DecouplingAnalysis {
  /// ``analyze(_:_:options:)`` and everything built on it: episodes, record checks, gap closure
  /// and regimes, plus the `extras` asked for (all by default).
  ///
  /// The driver attribution is computed only when `drivers` is given and `extras` contains
  /// `.drivers`; the caller decides whether the pair has drivers (the workspace does, from the
  /// assets the series represent). When the attribution cannot be computed (the factors share
  /// too little history with the pair), ``DecouplingReport/driversUnavailable`` says why.
  public static func report(
    _ a: DailySeries, _ b: DailySeries, options: AnalysisOptions = .init(),
    rules: EpisodeRules = .init(), extras: DecouplingReport.Extras = .all,
    drivers: DriverInputs? = nil
  ) throws -> DecouplingReport {
    let summary = try analyze(a, b, options: options)
    let inputs = extras.contains(.drivers) ? drivers : nil
    // The driver attribution does not depend on the rest: both run at the same time.
    var (report, attribution) = Concurrently.both(
      { DecouplingReport(summary, rules: rules, extras: extras) },
      { () -> Result<DriverAttribution, any Error>? in
        guard let inputs else { return nil }
        return Result {
          try DriverAttribution.compute(target: a, equity: b, inputs: inputs, options: options)
        }
      })
    switch attribution {
    case .success(let d)?: report.drivers = d
    case .failure(let error)?: report.driversUnavailable = "\(error)"
    case nil: break
    }
    return report
  }
}

extension DecouplingReport {
  /// One sense of decoupling and whether it holds on the as-of day.
  public struct Sense: Sendable, Equatable {
    /// `correlation`, `gap`, `residualDrift`, `beta`, `dccCorrelation`, `cointegration`,
    /// `changePoint`.
    public var name: String
    /// `nil` when the sense does not apply (no cointegration to break, DCC did not fit) or is
    /// not called (``notCalled``).
    public var holds: Bool?
    /// Why a sense that applies is not called: too short a history for a percentile
    /// (correlation, gap, residual drift, beta, dynamic correlation), or the same series on
    /// both sides (every sense).
    public var notCalled: Verdict.NotCalled? = nil

    /// The sense's name for people: "dynamic correlation", "change point"…
    public var label: String {
      switch name {
      case "dccCorrelation": "dynamic correlation"
      case "changePoint": "change point"
      default: DecouplingMeasure(rawValue: name)?.label ?? name
      }
    }
  }

  /// Every sense: the four rolling measures, the DCC correlation, the cointegrating relation
  /// and a recent change point in the A-on-B relationship.
  public var senses: [Sense] {
    var out = summary.verdict.findings.map {
      Sense(
        name: $0.measure.rawValue, holds: $0.notCalled == nil ? $0.isDecoupled : nil,
        notCalled: $0.notCalled)
    }
    let ranked: Verdict.NotCalled? =
      summary.identity.isSameAsset ? .sameSeries : (summary.depth.isEnough ? nil : .shortHistory)
    let same: Verdict.NotCalled? = summary.identity.isSameAsset ? .sameSeries : nil
    out.append(
      Sense(
        name: "dccCorrelation", holds: ranked == nil ? dynamic.dcc?.isDecoupled : nil,
        notCalled: dynamic.dcc == nil ? nil : ranked))
    let broken = longRun.flatMap { $0.cointegrated ? $0.isBroken : nil }
    out.append(
      Sense(
        name: "cointegration", holds: same == nil ? broken : nil,
        notCalled: broken == nil ? nil : same))
    let recent = dynamic.relationshipBreak?.isRecent
    out.append(
      Sense(
        name: "changePoint", holds: same == nil ? recent : nil,
        notCalled: recent == nil ? nil : same))
    return out
  }

  /// The senses that hold, by name.
  public var sensesHolding: [String] { senses.filter { $0.holds == true }.map(\.name) }

  /// The answer in one sentence, counting every sense measured (``senses``), which `init` makes
  /// the verdict's headline (read once, before that).
  ///
  /// For the same series, or a history too short to call a percentile, the verdict's own
  /// headline, followed on a short history by the senses that need no percentile and hold.
  var sensesHeadline: String {
    let v = summary.verdict
    let a = summary.nameA
    let b = summary.nameB
    let all = senses
    let holding = all.filter { $0.holds == true }
    if summary.identity.isSameAsset { return v.headline }
    if !summary.depth.isEnough {
      let called = all.filter { $0.holds != nil }
      guard !called.isEmpty else { return v.headline }
      let list = Verdict.list(holding.map(\.label))
      return v.headline
        + (holding.isEmpty
          ? " Of the senses that need no percentile, none holds."
          : " Of the senses that need no percentile, \(list) hold\(holding.count == 1 ? "s" : "").")
    }
    let measured = all.filter { $0.holds != nil }.count
    if holding.isEmpty {
      return "\(a) is not decoupled from \(b) in any of the \(measured) senses measured."
    }
    let records = v.findings.filter { $0.isDecoupled && $0.record != nil }.map(\.measure.label)
    return "\(a) is decoupled from \(b) in \(holding.count) of \(measured) senses: "
      + Verdict.list(holding.map(\.label)) + "."
      + (records.isEmpty ? " None is a record." : " A record for: \(Verdict.list(records)).")
  }
}
