import DecoupleAnalysis
import DecoupleData
import DecoupleStats
import Foundation

/// The charts of a decoupling summary, each ready to serialize as SVG.
extension DecouplingSummary {
  /// The pair chart of `kind` (not `.matrix`, which needs several series: see
  /// ``CorrelationMatrixReport/heatmap(order:options:)``).
  public func chart(_ kind: ChartKind, options: ChartOptions = .init()) -> SVGElement {
    switch kind {
    case .performance: performanceChart(options).element
    case .correlation: correlationChart(options).element
    case .beta: betaChart(options).element
    case .gap: gapChart(options).element
    case .scatter: scatterChart(options).element
    case .matrix: preconditionFailure("the matrix chart is drawn from a CorrelationMatrixReport")
    }
  }

  func frame(_ kind: ChartKind, _ title: String, _ subtitle: String, _ options: ChartOptions)
    -> ChartFrame
  {
    var f = ChartFrame(title: title)
    f.subtitle = subtitle
    f.width = options.width
    f.height = options.height
    f.idPrefix = kind.rawValue
    f.caption =
      "Decouple · \(nameA): \(sources.a.file) · \(nameB): \(sources.b.file) · to \(asOf.iso)"
    return f
  }

  var windowText: String {
    "\(options.window)-\(options.frequency == .weekly ? "week" : "observation")"
  }

  var returnsText: String { "\(options.frequency.rawValue) \(options.returns.rawValue) returns" }

  /// The index of the first row on or after `day` (the first row when `nil`).
  func rebaseIndex(_ day: Day?) -> Int {
    guard let day else { return 0 }
    return rows.firstIndex { $0.date >= day } ?? 0
  }

  /// A and B rebased to 100 on the rebase day.
  public func performanceChart(_ o: ChartOptions = .init()) -> TimeSeriesChart {
    let k = rebaseIndex(o.rebase)
    let shown = Array(rows[k...])
    let a = shown.map { $0.closeA / shown[0].closeA * 100 }
    let b = shown.map { $0.closeB / shown[0].closeB * 100 }
    let all = a + b
    let ratio = (all.max() ?? 1) / max(all.min() ?? 1, 1e-12)
    let scale = o.scale ?? (ratio > 4 ? .log : .linear)
    var c = TimeSeriesChart(
      frame: frame(
        .performance, "\(nameA) and \(nameB): performance",
        "Closes rebased to 100 on \(shown[0].date.iso)"
          + (scale == .log ? ", log scale" : "") + ".", o))
    c.frame.description =
      "Line chart of \(nameA) and \(nameB) rebased to 100 on \(shown[0].date.iso), from "
      + "\(shown[0].date.iso) to \(asOf.iso). \(performanceReading(o))"
    let days = shown.map(\.date)
    c.lines = [
      .init(name: nameA, days: days, values: a, color: Palette.blue),
      .init(name: nameB, days: days, values: b, color: Palette.vermillion),
    ]
    c.yScale = scale
    c.referenceLines = [100]
    c.yTitle = "rebased to 100"
    if let lastA = a.last, let lastB = b.last {
      c.markers.append(.init(day: asOf, value: lastA, label: "\(nameA) now \(Self.number(lastA))"))
      c.markers.append(
        .init(
          day: asOf, value: lastB, label: "\(nameB) now \(Self.number(lastB))",
          color: Palette.vermillion))
    }
    return c
  }

  /// Rolling correlation with its 95% Fisher-z band, the record low and the current value
  /// marked, and the correlation's past decoupling episodes (``EpisodeDetector``) shaded.
  public func correlationChart(_ o: ChartOptions = .init()) -> TimeSeriesChart {
    let days = rows.map(\.date)
    let r = rows.map(\.correlation)
    var lower: [Double] = []
    var upper: [Double] = []
    for (i, v) in r.enumerated() {
      let band = FisherZ.interval(r: v, count: min(options.window, i + 1))
      lower.append(band.lower)
      upper.append(band.upper)
    }
    var c = TimeSeriesChart(
      frame: frame(
        .correlation, "\(nameA) vs \(nameB): rolling correlation",
        "Pearson correlation of \(returnsText) over a \(windowText) window, with its 95% "
          + "confidence band (Fisher z).", o))
    c.frame.description = "Line chart of the rolling correlation. " + correlationReading
    c.bands = [.init(name: "95% band", days: days, lower: lower, upper: upper, color: Palette.blue)]
    c.lines = [.init(name: "correlation", days: days, values: r, color: Palette.blue)]
    c.referenceLines = [0]
    c.spans = episodeSpans(.correlation)
    c.spanLabel = "episodes"
    let s = self[.correlation]
    if let low = s.recordLow {
      c.markers.append(
        .init(
          day: low.date, value: low.value,
          label: "record low \(Self.number(low.value)), \(low.date.iso)", color: Palette.vermillion)
      )
    }
    if let now = s.current, s.recordLow?.date != asOf {
      c.markers.append(.init(day: asOf, value: now, label: "now \(Self.number(now))"))
    }
    return c
  }

  /// Rolling OLS beta of A on B.
  public func betaChart(_ o: ChartOptions = .init()) -> TimeSeriesChart {
    let days = rows.map(\.date)
    var c = TimeSeriesChart(
      frame: frame(
        .beta, "\(nameA) on \(nameB): rolling beta",
        "OLS slope of \(nameA)'s \(returnsText) on \(nameB)'s over a \(windowText) window.", o))
    c.frame.description = "Line chart of the rolling beta. " + betaReading
    c.lines = [
      .init(name: "beta", days: days, values: rows.map(\.beta), color: Palette.bluishGreen)
    ]
    c.referenceLines = [0, 1]
    c.markers += recordMarkers(.beta, scale: 1, unit: "")
    return c
  }

  /// The current value and the record on its side (the low when the value is below the
  /// history's median, else the high), labelled in `unit` after multiplying by `scale`. The
  /// record is left out when today is the record day (the "now" label says it).
  func recordMarkers(
    _ measure: DecouplingMeasure, scale: Double, unit: String, color: String = Palette.vermillion
  ) -> [TimeSeriesChart.Marker] {
    // Points as the text writes them (one decimal); other values as the chart's numbers.
    func shown(_ v: Double) -> String {
      guard unit == " pts" else { return Self.number(v * scale) }
      let t = Wording.fixed(v * scale, 1)
      return t.hasPrefix("-") ? "−" + t.dropFirst() : t
    }
    let s = self[measure]
    guard let now = s.current else { return [] }
    let low = s.percentile.map { $0 < 0.5 } ?? true
    var out: [TimeSeriesChart.Marker] = []
    if let record = low ? s.recordLow : s.recordHigh, record.date != asOf {
      out.append(
        .init(
          day: record.date, value: record.value,
          label: "record \(low ? "low" : "high") \(shown(record.value))\(unit), "
            + record.date.iso, color: color))
    }
    out.append(.init(day: asOf, value: now, label: "now \(shown(now))\(unit)"))
    return out
  }

  /// Performance gap and residual drift, in percentage points.
  public func gapChart(_ o: ChartOptions = .init()) -> TimeSeriesChart {
    let days = rows.map(\.date)
    var c = TimeSeriesChart(
      frame: frame(
        .gap, "\(nameA) vs \(nameB): performance gap and residual drift",
        "Over each \(windowText) window: \(nameA)'s summed returns minus \(nameB)'s (gap), and "
          + "minus beta × \(nameB)'s (drift), in percentage points.", o))
    c.frame.description = "Line chart of the gap and the drift. " + gapReading
    c.lines = [
      .init(name: "performance gap", days: days, values: rows.map(\.gap), color: Palette.orange),
      .init(
        name: "residual drift", days: days, values: rows.map(\.residualDrift),
        color: Palette.reddishPurple, dash: "5 3"),
    ]
    c.referenceLines = [0]
    c.yIncluding = [0]
    c.yLabelScale = 100
    c.yTitle = "percentage points"
    c.markers += recordMarkers(.gap, scale: 100, unit: " pts", color: Palette.orange)
    return c
  }

  /// The current window's returns and the earlier history's, with an OLS line for each.
  public func scatterChart(_ o: ChartOptions = .init()) -> ScatterChart {
    var c = ScatterChart(
      frame: frame(
        .scatter, "\(nameA) on \(nameB): \(returnsText)",
        "Each dot is one \(options.frequency == .weekly ? "week" : "day"); lines are OLS fits "
          + "of \(nameA)'s return on \(nameB)'s for each period.", o))
    c.frame.description = "Scatter plot of returns. " + scatterReading(o)
    c.groups = scatterPeriods(o).map { p in
      .init(
        name: p.label, x: p.rows.map(\.returnB), y: p.rows.map(\.returnA), color: p.color,
        fit: Self.ols(x: p.rows.map(\.returnB), y: p.rows.map(\.returnA)))
    }
    c.xTitle = "\(nameB) return (%)"
    c.yTitle = "\(nameA) return (%)"
    c.labelScale = 100
    return c
  }

  /// The periods of the scatter: those in `o.periods`, or by default the history before the
  /// current window and the window itself. Periods without rows are left out.
  func scatterPeriods(_ o: ChartOptions) -> [(label: String, rows: [Row], color: String)] {
    let colors = [Palette.skyBlue, Palette.vermillion, Palette.bluishGreen, Palette.reddishPurple]
    if !o.periods.isEmpty {
      return o.periods.enumerated().compactMap { k, range in
        let picked = rows.filter { range.contains($0.date) }
        guard let f = picked.first, let l = picked.last else { return nil }
        return ("\(f.date.iso) to \(l.date.iso)", picked, colors[k % colors.count])
      }
    }
    let split = max(0, rows.count - options.window)
    let before = Array(rows[..<split])
    let window = Array(rows[split...])
    var out: [(String, [Row], String)] = []
    if let f = before.first, let l = before.last {
      out.append(("\(f.date.iso) to \(l.date.iso)", before, colors[0]))
    }
    if let f = window.first, let l = window.last {
      out.append(("last \(window.count): \(f.date.iso) to \(l.date.iso)", window, colors[1]))
    }
    return out
  }

  /// The decoupling episodes of `measure` (default rules), from their first extreme day to
  /// their end (the as-of day while open).
  func episodeSpans(_ measure: DecouplingMeasure) -> [TimeSeriesChart.Span] {
    EpisodeDetector.episodes(of: measure, in: self).map {
      .init(from: $0.start, to: $0.end ?? $0.lastDay)
    }
  }

  /// OLS of y on x: `nil` with fewer than two points or no variance in x.
  static func ols(x: [Double], y: [Double]) -> (intercept: Double, slope: Double)? {
    let n = Double(x.count)
    guard x.count >= 2 else { return nil }
    let mx = x.reduce(0, +) / n
    let my = y.reduce(0, +) / n
    var sxy = 0.0
    var sxx = 0.0
    for (a, b) in zip(x, y) {
      sxy += (a - mx) * (b - my)
      sxx += (a - mx) * (a - mx)
    }
    guard sxx > 0 else { return nil }
    let slope = sxy / sxx
    return (my - slope * mx, slope)
  }

  static func number(_ v: Double) -> String {
    let s = String(format: "%.2f", v)
    return s.hasPrefix("-") ? "−" + s.dropFirst() : s
  }
}
