import DecoupleAnalysis
import DecoupleData

extension DecouplingReport {
  /// The HTML report of the full analysis: the summary's page, whose headline counts every
  /// sense (as `analyze` does), with the senses in words under the findings, and after the
  /// charts the follow-up sections `analyze` prints — episodes, records, gap closure, dynamic
  /// correlation and change points, the long-run relation, the drivers and the regimes — each
  /// with a reading saying what it answers. A section without content is left out.
  public func report(matrix: CorrelationMatrixReport? = nil, options: ChartOptions = .init())
    -> HTMLReport
  {
    var page = summary.report(matrix: matrix, options: options)
    if let i = page.sections.firstIndex(where: { $0.id == "verdict" }) {
      page.sections[i].content.insert(
        .paragraphs(["Senses: " + sensesWords.joined(separator: ", ") + "."]), at: 1)
    }
    let notesAt = page.sections.firstIndex { $0.id == "notes" } ?? page.sections.count
    page.sections.insert(contentsOf: followUpSections, at: notesAt)
    return page
  }

  /// The follow-up sections, in `analyze`'s order.
  var followUpSections: [HTMLReport.Section] {
    let a = summary.nameA
    let b = summary.nameB
    var out: [HTMLReport.Section] = [
      .init(
        id: "episodes", title: "Episodes",
        reading: "Since when? An episode starts when a measure enters the extreme 10% of its "
          + "history so far and ends when it leaves the extreme 25%.",
        content: [.list(episodeSentences)])
    ]
    if summary.identity == .identical {
      out.append(
        .init(
          id: "records", title: "Records and gap closure",
          reading: "\(a) and \(b) are the same series: records and gap closure do not apply.",
          content: []))
    } else {
      out.append(
        .init(
          id: "records", title: "Records",
          reading: "Is it really a record? Each value is compared with the previous record "
            + "among windows that share no returns with the current one.",
          content: [.list(recordSentences)]))
      out.append(
        .init(
          id: "gap-closure", title: "Gap closure",
          reading: "What would close the gap, and how long gaps this large took to close before.",
          content: [.list([gapClosureSentence])]))
    }
    let dynamicLines = dynamic.sentences(a, b)
    if !dynamicLines.isEmpty {
      out.append(
        .init(
          id: "dynamic", title: "Dynamic correlation and change points",
          reading: "Does a correlation that reacts day by day, or a break in the relationship, "
            + "tell another story?", content: [.list(dynamicLines)]))
    }
    if let lr = longRun {
      out.append(
        .init(
          id: "long-run", title: "Long-run relation (cointegration)",
          reading: "Did the prices share a long-run relation before the window, and does it "
            + "still hold?", content: [.list([lr.sentence(a, b)])]))
    }
    if let d = drivers {
      let parts = d.summaryText.components(separatedBy: "\n\n")
      out.append(
        .init(
          id: "drivers", title: "Drivers of \(a)",
          reading: "How much of \(a)'s daily variance each driver explains (Shapley shares of R²).",
          content: [.paragraphs([parts[0].replacingOccurrences(of: "\n", with: " ")])]))
    } else if let why = driversUnavailable {
      out.append(
        .init(
          id: "drivers", title: "Drivers of \(a)", reading: "Not computed: " + why, content: []))
    }
    out.append(
      .init(
        id: "regimes", title: "Regimes", reading: "What each asset is doing over the window.",
        content: [.list([Regime.sentence(a, regimeA, b, regimeB)])]))
    return out
  }
}
