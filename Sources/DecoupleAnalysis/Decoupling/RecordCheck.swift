import DecoupleData
import DecoupleStats
import Foundation

/// Whether the current value of a measure is a record, with its uncertainty: "lowest ever" is
/// only said when the data can tell it from the previous record.
///
/// The current window is compared with the previous record: the most extreme value among
/// windows that share no return with the current one (they end before it starts), so the two
/// estimates are independent. Correlations are compared with Fisher's z
/// (``FisherZ/compare(r1:count1:r2:count2:)``); beta, gap and residual drift with a normal test on
/// their standard errors (``WindowEstimate``). The test is one-sided in the record's
/// direction, at `level` (default 95%).
public struct RecordCheck: Sendable, Equatable {
  /// What the data say about the record statement.
  public enum Finding: String, Sendable, Codable {
    /// Beyond the previous record, distinguishably.
    case distinguishableRecord
    /// Beyond the previous record, but within noise of it.
    case recordWithinNoise
    /// Not beyond it, but not distinguishable from it either.
    case notRecordWithinNoise
    /// Short of the previous record, distinguishably.
    case notRecord
    /// No earlier window to compare with.
    case noHistory
  }

  public var measure: DecouplingMeasure
  /// The record direction checked: low for correlation and beta; for gap and residual drift,
  /// the side the current value is on.
  public var side: Episode.Side
  public var current: Double
  /// The current value's confidence interval at `level`.
  public var interval: (lower: Double, upper: Double)?
  /// The previous record, from windows not overlapping the current one.
  public var previousRecord: DatedValue?
  /// One-sided p-value of "the current value is beyond the previous record".
  public var pValue: Double?
  public var level: Double
  public var finding: Finding
  /// Non-overlapping windows of history before the current one, among which the previous
  /// record was sought; below ``HistoryDepth/minimumWindows`` the sentence says the record
  /// rests on a short history.
  public var earlierWindows: Int

  public static func == (l: RecordCheck, r: RecordCheck) -> Bool {
    l.measure == r.measure && l.current == r.current && l.previousRecord == r.previousRecord
      && l.pValue == r.pValue && l.finding == r.finding
  }

  /// Checks `measure` on the as-of day of `summary`.
  /// - Returns: `nil` when the measure is undefined on the as-of day.
  /// - Parameter exclusion: windows ending within this many observations of the as-of day
  ///   overlap the current one and are not candidates for the previous record (default: the
  ///   window, ``ReportSpans/recordExclusion``).
  public init?(
    _ measure: DecouplingMeasure, in summary: DecouplingSummary, level: Double = 0.95,
    exclusion: Int? = nil
  ) {
    let rows = summary.rows
    guard let last = rows.indices.last, !rows[last].value(measure).isNaN else { return nil }
    self.measure = measure
    self.level = level
    let now = WindowEstimate(summary, endingAt: last)
    let value = now.estimate(measure)
    current = rows[last].value(measure)
    side = measure.isTwoSided && current > 0 ? .high : .low
    let q = Distributions.normalQuantile(0.5 + level / 2)
    if measure == .correlation {
      let ci = FisherZ.interval(r: current, count: now.count, confidence: level)
      interval = ci.lower.isNaN ? nil : ci
    } else if let se = value.standardError, se.isFinite {
      interval = (current - q * se, current + q * se)
    }
    // The previous record among windows ending before the current window starts.
    let cutoff = max(0, last - (exclusion ?? summary.options.window) + 1)
    earlierWindows = summary.options.window > 0 ? cutoff / summary.options.window : 0
    var best: Int?
    for i in 0..<cutoff where !rows[i].value(measure).isNaN {
      let v = rows[i].value(measure)
      if best == nil
        || (side == .low ? v < rows[best!].value(measure) : v > rows[best!].value(measure))
      {
        best = i
      }
    }
    guard let b = best else {
      previousRecord = nil
      pValue = nil
      finding = .noHistory
      return
    }
    previousRecord = DatedValue(value: rows[b].value(measure), date: rows[b].date)
    let then = WindowEstimate(summary, endingAt: b)
    // z > 0 means "beyond the record" in the record's direction.
    var z: Double?
    if measure == .correlation {
      let d = FisherZ.compare(
        r1: previousRecord!.value, count1: then.count, r2: current, count2: now.count)
      z = d.z.isNaN ? nil : d.z
    } else if let s1 = value.standardError, let s2 = then.estimate(measure).standardError {
      let d = (current - previousRecord!.value) / (s1 * s1 + s2 * s2).squareRoot()
      z = side == .low ? -d : d
    }
    if measure == .correlation, let zz = z, side == .high { z = -zz }
    // Two windows without spread (the same series on both sides) leave the test undefined.
    if let zz = z, zz.isNaN { z = nil }
    pValue = z.map { Distributions.normalCDF(-$0) }
    let beyond = side == .low ? current < previousRecord!.value : current > previousRecord!.value
    let alpha = 1 - level
    switch (beyond, pValue) {
    case (true, let p?) where p < alpha: finding = .distinguishableRecord
    case (true, _): finding = .recordWithinNoise
    case (false, let p?) where 1 - p < alpha: finding = .notRecord
    default: finding = .notRecordWithinNoise
    }
  }

  /// The finding in one sentence.
  public var sentence: String {
    let what = "\(measure.label) \(Self.format(current, measure))"
    let ci =
      interval.map {
        " (\(Int(level * 100))% interval \(Self.format($0.lower, measure)) to \(Self.format($0.upper, measure)))"
      } ?? ""
    guard let rec = previousRecord else {
      return "The \(what)\(ci) has no earlier, non-overlapping window to compare with."
    }
    let word = side == .low ? "low" : "high"
    let prev =
      "the previous record \(word) of \(Self.format(rec.value, measure)) on \(rec.date.iso)"
    let p =
      pValue.map {
        $0 < 0.001 ? "p < 0.001" : ($0 > 0.999 ? "p > 0.999" : String(format: "p = %.3f", $0))
      } ?? "no test"
    let short =
      earlierWindows < HistoryDepth.minimumWindows
      ? " The previous record comes from only \(Verdict.windows(earlierWindows)) of history."
      : ""
    return sentenceBody(what: what, ci: ci, prev: prev, p: p, word: word) + short
  }

  func sentenceBody(what: String, ci: String, prev: String, p: String, word: String) -> String {
    let outside =
      interval.map { i in previousRecord.map { $0.value < i.lower || $0.value > i.upper } ?? false }
      ?? false
    switch finding {
    case .distinguishableRecord:
      return "The \(what)\(ci) is a record \(word), beyond \(prev) by more than noise (\(p))."
    case .recordWithinNoise:
      return "The \(what)\(ci) is beyond \(prev), but not by more than noise (\(p)): "
        + "too close to call a record."
    case .notRecordWithinNoise where outside:
      return "The \(what)\(ci) is not beyond \(prev); the record lies outside this interval, "
        + "but with the uncertainty of both windows counted the two cannot be told apart (\(p))."
    case .notRecordWithinNoise:
      return "The \(what)\(ci) is not beyond \(prev), though within noise of it (\(p))."
    case .notRecord:
      return "The \(what)\(ci) is clearly short of \(prev) (\(p)): not a record."
    case .noHistory:
      return "The \(what)\(ci) has no earlier window to compare with."
    }
  }

  static func format(_ v: Double, _ m: DecouplingMeasure) -> String {
    switch m {
    case .correlation, .beta: Wording.fixed(v, 2)
    case .gap, .residualDrift: Wording.signed(v * 100, 1) + " pts"
    }
  }
}
