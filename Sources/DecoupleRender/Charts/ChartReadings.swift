import DecoupleAnalysis
import DecoupleData
import DecoupleStats
import Foundation

/// A short plain-language reading of each chart, generated from the numbers it draws.
extension DecouplingSummary {
  /// The reading of the chart of `kind`.
  public func reading(_ kind: ChartKind, options: ChartOptions = .init()) -> String {
    switch kind {
    case .performance: performanceReading(options)
    case .correlation: correlationReading
    case .beta: betaReading
    case .gap: gapReading
    case .scatter: scatterReading(options)
    case .matrix: ""
    }
  }

  func performanceReading(_ o: ChartOptions) -> String {
    let k = rebaseIndex(o.rebase)
    let first = rows[k]
    let last = rows[rows.count - 1]
    let a = last.closeA / first.closeA * 100
    let b = last.closeB / first.closeB * 100
    let lead = a >= b ? nameA : nameB
    let ratio = max(a, b) / min(a, b)
    return "From 100 on \(first.date.iso), \(nameA) ended at \(Self.level(a)) and \(nameB) at "
      + "\(Self.level(b)) on \(asOf.iso): \(lead) did \(String(format: "%.1f", ratio))× as well "
      + "over the period."
  }

  var correlationReading: String {
    let s = self[.correlation]
    guard let r = s.current, let p = s.percentile else {
      return "The correlation is undefined on \(asOf.iso) (a constant window)."
    }
    var text = "The \(windowText) correlation is \(Self.number(r))"
    let band = FisherZ.interval(r: r, count: min(options.window, rows.count))
    if !band.lower.isNaN {
      text += " (95% band \(Self.number(band.lower)) to \(Self.number(band.upper)))"
    }
    text += ", at the \(Verdict.ordinal(p)) percentile of its history"
    if let low = s.recordLow {
      text +=
        low.date == asOf
        ? "; this is its record low."
        : "; its record low was \(Self.number(low.value)) on \(low.date.iso)."
    }
    text +=
      " Shaded: decoupling episodes, from the day the correlation entered the bottom decile of "
      + "its history so far to the day it left the bottom quartile. A band that straddles zero "
      + "means the window cannot tell the correlation from none."
    return text
  }

  var betaReading: String {
    let s = self[.beta]
    guard let beta = s.current, let p = s.percentile else {
      return "Beta is undefined on \(asOf.iso) (a constant window)."
    }
    var text =
      "Beta is \(Self.number(beta)): over the last window a 1% move in \(nameB) came with a "
      + "\(Self.number(beta))% move in \(nameA) on average, the \(Verdict.ordinal(p)) percentile "
      + "of its history"
    if let lo = s.recordLow, let hi = s.recordHigh {
      text +=
        " (from \(Self.number(lo.value)) on \(lo.date.iso) to \(Self.number(hi.value)) on "
        + "\(hi.date.iso))"
    }
    return text + "."
  }

  var gapReading: String {
    let g = self[.gap]
    let d = self[.residualDrift]
    guard let gap = g.current, let drift = d.current, let gp = g.percentile,
      let dp = d.percentile
    else { return "The gap is undefined on \(asOf.iso)." }
    let gapText = String(TextLayout.value(abs(gap), .gap).dropFirst())
    let driftText = String(TextLayout.value(abs(drift), .residualDrift).dropFirst())
    let side = gap < 0 ? "behind" : "ahead of"
    let driftSide = drift < 0 ? "below" : "above"
    var text = "Over the last \(options.window) returns \(nameA) is \(gapText) \(side) \(nameB)"
    text += " (\(Verdict.ordinal(gp)) percentile); beyond what its beta explains it is "
    text += "\(driftText) \(driftSide) expectation (\(Verdict.ordinal(dp)) percentile). "
    return text + "Zero means the two kept pace."
  }

  func scatterReading(_ o: ChartOptions) -> String {
    let parts = scatterPeriods(o).compactMap { p -> String? in
      let x = p.rows.map(\.returnB)
      let y = p.rows.map(\.returnA)
      guard let fit = Self.ols(x: x, y: y) else { return nil }
      return "\(p.label) (\(Wording.count(p.rows.count)) returns), slope \(Self.number(fit.slope))"
    }
    guard !parts.isEmpty else { return "Too few returns to fit a line." }
    return "The fitted slope is beta, \(nameA)'s average move per unit move of \(nameB): "
      + parts.joined(separator: "; ") + ". A flatter or looser cloud in the recent period "
      + "means \(nameA) follows \(nameB) less."
  }

  static func level(_ v: Double) -> String {
    v >= 1000 ? String(format: "%.0f", v) : String(format: "%.1f", v)
  }
}

extension CorrelationMatrixReport {
  /// The heatmap of this matrix, in `order` (indices into `names`; by default the clustering's
  /// leaf order when clustered, else as given).
  public func heatmap(order: [Int]? = nil, options: ChartOptions = .init()) -> HeatmapChart {
    var f = ChartFrame(title: "Correlation matrix")
    f.subtitle =
      "Pearson correlation of returns over the last \(window) common observations "
      + (pairwiseComplete ? "of each pair" : "of all series")
      + (asOf.map { ", to \($0.iso)." } ?? ".")
    f.width = options.width
    f.height = max(options.height, 160 + Double(names.count) * 44)
    f.idPrefix = "matrix"
    f.description = "Heatmap of pairwise correlations. " + reading
    f.caption = "Decouple · blue: negative, white: none, vermillion: positive"
    return HeatmapChart(
      frame: f, labels: names, values: matrix.values, order: order ?? linkage?.leafOrder)
  }

  /// The most and least correlated pairs, in a sentence.
  public var reading: String {
    var pairs: [(String, Double)] = []
    for i in names.indices {
      for j in names.indices where j > i && matrix[i, j].isFinite {
        pairs.append(("\(names[i])–\(names[j])", matrix[i, j]))
      }
    }
    guard let hi = pairs.max(by: { $0.1 < $1.1 }), let lo = pairs.min(by: { $0.1 < $1.1 })
    else { return "Too few common returns to correlate any pair." }
    return "The most correlated pair is \(hi.0) (\(DecouplingSummary.number(hi.1))), the least "
      + "\(lo.0) (\(DecouplingSummary.number(lo.1)))."
  }
}
