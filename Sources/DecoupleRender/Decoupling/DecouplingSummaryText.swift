import DecoupleAnalysis
import DecoupleData
import Foundation

/// The text output of `decouple analyze`: the verdict first, then the evidence, in at most
/// ``TextStyle/width`` columns.
extension DecouplingSummary {
  public var text: String { textLines(afterVerdict: []).joined(separator: "\n") + "\n" }

  /// The lines of the text, with `afterVerdict` (a block of the report's) between the verdict
  /// and the evidence table.
  func textLines(afterVerdict: [String]) -> [String] {
    let o = options
    var lines: [String] = []
    lines.append("\(nameA) vs \(nameB): decoupling as of \(asOf.iso)")
    let k = depth.independentWindows
    lines += TextLayout.wrap(
      "Window: \(o.window) \(o.frequency.rawValue) \(o.returns.rawValue) returns, \(windowStart.iso) "
        + "to \(asOf.iso)", width: TextStyle.columns, indent: 2)
    lines += TextLayout.wrap(
      "History: \(Wording.count(observations)) returns since \(historyStart.iso), "
        + "\(Wording.count(k)) non-overlapping window\(k == 1 ? "" : "s") "
        + "(\(HistoryDepth.minimumWindows) needed to call a sense)",
      width: TextStyle.columns, indent: 2)
    lines.append("")
    lines += TextLayout.wrap(verdict.headline, width: TextStyle.columns)
    for f in verdict.findings {
      lines += TextLayout.wrap(
        (f.isDecoupled ? "! " : "· ") + f.sentence, width: TextStyle.columns, indent: 2)
    }
    lines.append("")
    if !afterVerdict.isEmpty { lines += afterVerdict + [""] }
    lines += measureTable()
    lines.append("")
    // 16 columns of label, two of space and up to 24 of range around the sparkline.
    lines += sparklines(width: min(56, TextStyle.columns - 42))
    if !notes.isEmpty {
      lines.append("")
      lines.append("Notes:")
      for n in notes { lines += TextLayout.wrap("- " + n, width: TextStyle.columns, indent: 2) }
    }
    return lines
  }

  func measureTable() -> [String] {
    let header = ["measure", "current", "pctile", "record low", "on", "record high", "on"]
    var rows: [[String]] = []
    for m in DecouplingMeasure.allCases {
      let s = self[m]
      rows.append([
        m.label, TextLayout.value(s.current, m),
        s.percentile.map { "\(Int(($0 * 100).rounded()))%" } ?? "–",
        TextLayout.value(s.recordLow?.value, m), s.recordLow?.date.iso ?? "–",
        TextLayout.value(s.recordHigh?.value, m), s.recordHigh?.date.iso ?? "–",
      ])
    }
    return TextLayout.table(header: header, rows: rows, rightAligned: [1, 2, 3, 5])
  }

  func sparklines(width: Int) -> [String] {
    var lines: [String] = []
    for m in [DecouplingMeasure.correlation, .gap] {
      let values = rows.map { $0.value(m) }
      let defined = values.filter { !$0.isNaN }
      guard let lo = defined.min(), let hi = defined.max() else { continue }
      let name = m.label.padding(toLength: 16, withPad: " ", startingAt: 0)
      lines.append(
        name + Sparkline.render(values, width: width) + "  "
          + TextLayout.value(lo, m) + " … " + TextLayout.value(hi, m))
    }
    if let first = rows.first?.date.iso, let last = rows.last?.date.iso {
      let gap = max(1, min(width, rows.count) - first.count - last.count)
      lines.append(
        String(repeating: " ", count: 16) + first + String(repeating: " ", count: gap) + last)
    }
    return lines
  }
}

/// Small text-layout helpers shared by the text reports.
enum TextLayout {
  /// A measure's value for people: correlation and beta with two decimals, gap and drift in
  /// percentage points of summed returns.
  static func value(_ v: Double?, _ m: DecouplingMeasure) -> String {
    guard let v, v.isFinite else { return "–" }
    switch m {
    case .correlation, .beta: return Wording.fixed(v, 2)
    case .gap, .residualDrift: return Wording.signed(v * 100, 1) + " pts"
    }
  }

  /// Columns padded to their widest cell, two spaces apart; one space apart when two would
  /// make the table wider than ``TextStyle/width``.
  static func table(header: [String], rows: [[String]], rightAligned: Set<Int>) -> [String] {
    let all = [header] + rows
    let widths = header.indices.map { c in all.map { $0[c].count }.max() ?? 0 }
    let wide = widths.reduce(0, +) + 2 * max(0, widths.count - 1) > TextStyle.columns
    return all.map { row in
      row.indices.map { c in
        let pad = String(repeating: " ", count: widths[c] - row[c].count)
        return rightAligned.contains(c) ? pad + row[c] : row[c] + pad
      }.joined(separator: wide ? " " : "  ").trimmingTrailingSpaces()
    }
  }

  /// Word-wraps `text` to `width` columns; the first line starts with `prefix`, continuation
  /// lines are indented by `indent`.
  static func wrap(_ text: String, width: Int, indent: Int = 0, prefix: String = "") -> [String] {
    var lines: [String] = []
    var current = prefix
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      let atStart = current.isEmpty || current == prefix
      let candidate = atStart ? current + word : current + " " + word
      if candidate.count > width && !atStart {
        lines.append(current)
        current = String(repeating: " ", count: indent) + word
      } else {
        current = candidate
      }
    }
    if !current.isEmpty && current != prefix { lines.append(current) }
    return lines
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}

/// A plain text table for people: columns padded to their widest cell, two spaces apart.
public enum TextTable {
  /// The table's lines, header first; the columns at `rightAligned` indices are right-aligned.
  public static func render(header: [String], rows: [[String]], rightAligned: Set<Int> = [])
    -> [String]
  {
    TextLayout.table(header: header, rows: rows, rightAligned: rightAligned)
  }
}
