import DecoupleData
import DecoupleStats

/// The dynamic (DCC-GARCH) correlation as a watch sees it: on each day it checks, the model
/// fitted on the returns up to that day, and that day's correlation ranked against the
/// fitted history (the rank `analyze` gives on that day).
///
/// Fitting on every day would cost a fit per day, so the model is refitted every `refitStep`
/// rows (and on the last); between refits the last fit's value and rank hold. With `refitStep`
/// `nil`, one fit on all rows gives every day's value and expanding rank: what a live cycle
/// reads on its as-of day (parameters estimated with the whole history, as `analyze` does).
struct DynamicTrack: Sendable {
  /// One per row; NaN before the first fit or where the fit failed.
  var values: [Double]
  var ranks: [Double]

  init(_ summary: DecouplingSummary, refitStep: Int?) {
    let rows = summary.rows
    let ra = rows.map { $0.returnA * 100 }
    let rb = rows.map { $0.returnB * 100 }
    let window = summary.options.window
    values = Array(repeating: .nan, count: rows.count)
    ranks = values
    guard rows.count >= 2 * window else { return }
    guard let step = refitStep else {
      guard let fit = try? Dcc.fit([ra, rb], standardErrors: false) else { return }
      values = fit.correlation(0, 1)
      ranks = ExpandingRank.percentiles(values, minimumHistory: window)
      return
    }
    var value = Double.nan
    var rank = Double.nan
    var next = 2 * window - 1
    for i in (2 * window - 1)..<rows.count {
      if i == next || i == rows.count - 1 {
        if let fit = try? Dcc.fit([Array(ra[...i]), Array(rb[...i])], standardErrors: false) {
          let r = fit.correlation(0, 1)
          value = r[i]
          rank = Double(r.lazy.filter { $0 <= r[i] }.count) / Double(r.count)
        }
        next = i + max(1, step)
      }
      values[i] = value
      ranks[i] = rank
    }
  }

  /// The stretches during which the rank was in its low extreme (the episodes' rule).
  func stretches(_ rules: EpisodeRules) -> [RuleStretch] {
    EpisodeDetector.spans(values: values, ranks: ranks, twoSided: false, rules: rules).map {
      RuleStretch(start: $0.start, end: $0.end, side: nil)
    }
  }
}
