import DecoupleAnalysis
import DecoupleData
import DecoupleStats
import Foundation

/// `decouple breaks`: JSON (docs/json.md), CSV (one row per segment), text.
extension BreaksReport {
  static let segmentColumns = [
    "from", "to", "observations", "alpha", "beta", "correlation", "meanGap", "volatilityA",
    "volatilityB",
  ]

  func segmentRow(_ s: Segment) -> [String] {
    [s.from.iso, s.to.iso, String(s.count)]
      + [s.alpha, s.beta, s.correlation, s.meanGap, s.volatilityA, s.volatilityB].map(
        CSVWriter.number)
  }

  public var json: JSONValue {
    let segs: [JSONValue] = segments.map { s in
      .object([
        ("from", .string(s.from.iso)), ("to", .string(s.to.iso)),
        ("observations", .integer(s.count)),
        ("alpha", .finite(s.alpha)), ("beta", .finite(s.beta)),
        ("correlation", .finite(s.correlation)), ("meanGap", .finite(s.meanGap)),
        ("volatilityA", .finite(s.volatilityA)), ("volatilityB", .finite(s.volatilityB)),
      ])
    }
    var o: [(String, JSONValue)] = []
    o.append(("pair", .object([("a", .string(nameA)), ("b", .string(nameB))])))
    o.append(("method", .string(method.rawValue)))
    o += panel.sampleFields
    o.append(("observations", .integer(panel.count)))
    if let p = pelt {
      o.append(("cost", .string(p.cost.rawValue)))
      o.append(("minSize", .integer(p.minSize)))
      o.append(("penalty", .finite(p.penalty)))
    }
    if let b = baiPerron {
      o.append(("minSize", .integer(b.minimumSegment)))
      o.append(("bic", .array(b.bic.map(JSONValue.finite))))
      o.append(("rss", .array(b.rss.map(JSONValue.finite))))
      o.append(
        (
          "supF",
          .object([
            ("statistic", .finite(b.supF)), ("pValue", .finite(b.supFPValue)),
            ("date", .string(panel.days[min(b.supFBreakpoint, panel.count - 1)].iso)),
          ])
        ))
    }
    o.append(("breaks", .array(changes.map { .string(panel.days[$0].iso) })))
    o.append(("segments", .array(segs)))
    return .object(o)
  }

  public var csv: String {
    CSVWriter.table(header: Self.segmentColumns, rows: segments.map(segmentRow))
  }

  public var text: String {
    var lines: [String] = []
    let what: String
    switch (method, cost) {
    case (.baiPerron, _): what = "Bai–Perron breaks in the regression of \(nameA) on \(nameB)"
    case (.pelt, .linear?): what = "PELT breaks in the regression of \(nameA) on \(nameB)"
    case (.pelt, .normal?): what = "PELT breaks in the mean and volatility of \(nameA) − \(nameB)"
    default: what = "PELT breaks in the mean of \(nameA) − \(nameB)"
    }
    lines += TextLayout.wrap(
      "\(what) · \(Wording.count(panel.count)) \(panel.returnsPhrase) "
        + "\(panel.days[0].iso) to \(panel.days[panel.count - 1].iso)", width: TextStyle.columns)
    lines.append("")
    // The number of breaks is chosen by BIC, the sup-F line is a test: say so when they
    // point different ways.
    let supFRejects = baiPerron?.supFPValue.map { $0 < 0.05 }
    if changes.isEmpty {
      lines += TextLayout.wrap(
        supFRejects == true
          ? "No break chosen (BIC): one relationship describes the whole span by that criterion, "
            + "although the sup-F test below rejects \"no break\" at 5%: a single break is likely, "
            + "but it improves the fit too little for BIC to add it."
          : "No break: one relationship describes the whole span.", width: TextStyle.columns)
    } else {
      let dates = changes.map { panel.days[$0].iso }.joined(separator: ", ")
      lines += TextLayout.wrap(
        "\(changes.count) break\(changes.count == 1 ? "" : "s"), new regimes starting \(dates)."
          + (supFRejects == false
            ? " The sup-F test below does not reject \"no break\" at 5%: treat them with caution."
            : ""),
        width: TextStyle.columns)
      if let last = segments.last, let prev = segments.dropLast().last {
        lines += TextLayout.wrap(
          "Since \(last.from.iso): beta \(fmt(last.beta, 2)) and correlation "
            + "\(fmt(last.correlation, 2)), against \(fmt(prev.beta, 2)) and "
            + "\(fmt(prev.correlation, 2)) in the regime before.", width: TextStyle.columns)
      }
    }
    if let b = baiPerron {
      let p = b.supFPValue.map { fmt($0, 4) } ?? "–"
      lines += TextLayout.wrap(
        "sup-F test of no break against one: F = \(fmt(b.supF, 2)), p = \(p) (Hansen 1997), "
          + "strongest for a new regime from \(panel.days[min(b.supFBreakpoint, panel.count - 1)].iso).",
        width: TextStyle.columns)
    }
    lines.append("")
    lines += TextTable.render(
      header: ["from", "to", "obs", "alpha", "beta", "corr", "gap %/day", "vol A", "vol B"],
      rows: segments.map { s in
        [
          s.from.iso, s.to.iso, String(s.count), fmt(s.alpha, 3), fmt(s.beta, 2),
          fmt(s.correlation, 2), fmt(s.meanGap, 3), fmt(s.volatilityA, 2), fmt(s.volatilityB, 2),
        ]
      }, rightAligned: Set(2...8))
    lines.append("")
    if let p = pelt {
      lines += TextLayout.wrap(
        "PELT (exact, every day a candidate), cost \(p.cost.rawValue), minimum segment "
          + "\(p.minSize), penalty \(fmt(p.penalty, 3)). Returns in percent.",
        width: TextStyle.columns)
    } else if let b = baiPerron {
      lines.append(
        "Bai–Perron: minimum segment \(b.minimumSegment) (15%), number of breaks by BIC. "
          + "Returns in percent.")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
