import DecoupleData
import DecoupleSeries
import DecoupleStats

/// Measures, ranks and judges the decoupling of A from B.
public enum DecouplingAnalysis {
  /// The shortest rolling window the decoupling measures accept: 20 observations. Below it a
  /// correlation cannot be told from zero (at 20 the 95% interval of r = 0 is ±0.44; at 5 it
  /// is ±0.99), and the record checks' Fisher and OLS intervals are undefined or meaningless.
  public static let minimumWindow = 20

  /// Analyses A against B over the range and window in `options`.
  ///
  /// The pair is observed on the days both have a close, within `from...to`; returns run
  /// between consecutive observed days. Each measure is computed on a rolling window of
  /// `window` returns and ranked against its own values from the start of the range to the
  /// as-of day (`to`, or the last common day).
  ///
  /// Below ``HistoryDepth/minimumWindows`` non-overlapping windows of history, or when A and B
  /// are the same series (``PairIdentity``), the verdict calls no sense.
  ///
  /// - Throws: ``AnalysisError/windowTooShort`` when the window is shorter than
  ///   ``minimumWindow``; ``SeriesError`` when the range holds fewer than two common closes or a close is
  ///   not positive; ``AnalysisError/historyTooShort`` when there are fewer returns than
  ///   `minPeriods` (default: the window).
  public static func analyze(
    _ a: DailySeries, _ b: DailySeries, options: AnalysisOptions = .init()
  ) throws -> DecouplingSummary {
    guard options.window >= minimumWindow else {
      throw AnalysisError.windowTooShort(window: options.window, minimum: minimumWindow)
    }
    let minPeriods = options.minPeriods ?? options.window
    precondition((1...options.window).contains(minPeriods), "minPeriods must be in 1...window")
    let rangeA = a.clipped(from: options.from, to: options.to)
    let rangeB = b.clipped(from: options.from, to: options.to)
    let pair = AlignedPair(rangeA, rangeB)
    let returns = try PairReturns(pair, kind: options.returns, frequency: options.frequency)
    guard returns.count >= max(minPeriods, 2) else {
      throw AnalysisError.historyTooShort(
        a: a.name, b: b.name, needed: max(minPeriods, 2), available: returns.count,
        first: returns.baseDay, last: returns.days.last)
    }
    let stats = Rolling.pairStatistics(
      returns.returnsA, returns.returnsB, window: options.window, minPeriods: minPeriods)
    var rows: [DecouplingSummary.Row] = []
    rows.reserveCapacity(returns.count)
    for i in 0..<returns.count {
      let beta = stats.beta[i]
      rows.append(
        .init(
          date: returns.days[i], closeA: returns.closesA[i], closeB: returns.closesB[i],
          returnA: returns.returnsA[i], returnB: returns.returnsB[i],
          correlation: stats.correlation[i], gap: stats.sumX[i] - stats.sumY[i],
          residualDrift: stats.sumX[i] - beta * stats.sumY[i], beta: beta))
    }
    let ranks = DecouplingMeasure.allCases.map { m in
      ExpandingRank.percentiles(rows.map { $0.value(m) }, minimumHistory: options.window)
    }
    for i in rows.indices { rows[i].percentiles = ranks.map { $0[i] } }
    var measures: [DecouplingMeasure: MeasureSummary] = [:]
    for m in DecouplingMeasure.allCases {
      measures[m] = MeasureSummary(values: rows.map { $0.value(m) }, days: returns.days)
    }
    let verdict = Verdict(
      nameA: a.name, nameB: b.name, measures: measures, extremeFraction: options.extremeFraction,
      depth: HistoryDepth(observations: returns.count, window: options.window),
      identity: PairIdentity(returns.returnsA, returns.returnsB))
    return DecouplingSummary(
      nameA: a.name, nameB: b.name, options: options, asOf: returns.days.last!,
      historyStart: returns.baseDay, observations: returns.count, measures: measures,
      verdict: verdict, rows: rows, sources: (a.source, b.source),
      notes: SeriesNotes.labelled([a, b], lastDay: returns.days.last, chosenTo: options.to)
        + endNote(rangeA, rangeB, asOf: returns.days.last!))
  }

  /// Whether every day `note` names (ISO `YYYY-MM-DD`) is after `asOf`: with an as-of day the
  /// user chose, an import note about rows the analysis never sees (the partial last day of a
  /// file read to an earlier day), which would only confuse. Without one the note stays: the
  /// dropped partial day is why the analysis ends where it does.
  static func concernsOnlyDaysAfter(_ asOf: Day, _ note: String) -> Bool {
    let days = note.split(whereSeparator: { !$0.isNumber && $0 != "-" }).compactMap {
      Day(iso: String($0))
    }
    return !days.isEmpty && days.allSatisfy { $0 > asOf }
  }

  /// Says when one series (within the chosen range) runs well past the as-of day (more than a
  /// long weekend), so a reader knows why the analysis stops where it does.
  static func endNote(_ a: DailySeries, _ b: DailySeries, asOf: Day) -> [String] {
    [a, b].compactMap { s in
      guard let last = s.lastDay, last.daysSince1970 - asOf.daysSince1970 > 4
      else { return nil }
      let other = s.name == a.name ? b.name : a.name
      return "\(s.name) has data to \(last.iso), but \(other) ends earlier; the analysis stops at "
        + "the last common day, \(asOf.iso)."
    }
  }
}

extension Array where Element: Hashable {
  /// The elements in order, each once (the same series twice brings its notes twice).
  func uniqued() -> [Element] {
    var seen = Set<Element>()
    return filter { seen.insert($0).inserted }
  }
}
