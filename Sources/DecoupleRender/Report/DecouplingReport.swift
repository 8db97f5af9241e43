import DecoupleAnalysis
import DecoupleData

/// The HTML report of a decoupling analysis: the verdict, the measure table and every chart.
extension DecouplingSummary {
  /// The report's sections, in reading order; `matrix` adds the universe heatmap.
  public func reportSections(
    matrix: CorrelationMatrixReport? = nil, options: ChartOptions = .init()
  )
    -> [HTMLReport.Section]
  {
    var sections: [HTMLReport.Section] = [
      .init(
        id: "verdict", title: "Verdict", reading: verdict.headline,
        content: [
          .list(verdict.findings.map { ($0.isDecoupled ? "Decoupled — " : "") + $0.sentence }),
          measureTableContent,
        ])
    ]
    let titles: [(ChartKind, String)] = [
      (.performance, "Performance"), (.correlation, "Rolling correlation"),
      (.beta, "Rolling beta"), (.gap, "Performance gap and residual drift"),
      (.scatter, "Returns, early and recent"),
    ]
    for (kind, title) in titles {
      sections.append(
        .init(
          id: kind.rawValue, title: title, reading: reading(kind, options: options),
          content: [.chart(chart(kind, options: options))]))
    }
    if let matrix {
      sections.append(
        .init(
          id: "matrix", title: "Correlation matrix", reading: matrix.reading,
          content: [.chart(matrix.heatmap(options: options).element)]))
    }
    if !notes.isEmpty {
      sections.append(.init(id: "notes", title: "Notes", reading: "", content: [.list(notes)]))
    }
    return sections
  }

  var measureTableContent: HTMLReport.Section.Content {
    let header = ["measure", "current", "percentile", "record low", "on", "record high", "on"]
    let rows = DecouplingMeasure.allCases.map { m -> [String] in
      let s = self[m]
      return [
        m.label, TextLayout.value(s.current, m),
        s.percentile.map { "\(Int(($0 * 100).rounded()))%" } ?? "–",
        TextLayout.value(s.recordLow?.value, m), s.recordLow?.date.iso ?? "–",
        TextLayout.value(s.recordHigh?.value, m), s.recordHigh?.date.iso ?? "–",
      ]
    }
    return .table(header: header, rows: rows, numeric: [1, 2, 3, 5])
  }

  /// The complete report page.
  public func report(matrix: CorrelationMatrixReport? = nil, options: ChartOptions = .init())
    -> HTMLReport
  {
    let o = self.options
    return HTMLReport(
      title: "\(nameA) vs \(nameB): decoupling as of \(asOf.iso)",
      subtitle: "Window: \(o.window) \(o.frequency.rawValue) \(o.returns.rawValue) returns, "
        + "\(windowStart.iso) to \(asOf.iso) · history: \(Wording.count(observations)) returns since "
        + "\(historyStart.iso), \(Wording.count(depth.independentWindows)) non-overlapping windows",
      sections: reportSections(matrix: matrix, options: options),
      footer: "Made by Decouple from \(sources.a.file) (\(nameA)) and \(sources.b.file) "
        + "(\(nameB)). Percentiles and records are over the pair's history up to the as-of day.")
  }
}
