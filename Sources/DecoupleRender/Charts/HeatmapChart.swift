import DecoupleStats

/// A correlation-matrix heatmap: one cell per pair, coloured on a diverging scale from −1
/// (blue) to +1 (vermillion), the value written in each cell, in the order given.
public struct HeatmapChart: Sendable {
  public var frame: ChartFrame
  /// Row and column labels.
  public var labels: [String]
  /// `values[i, j]`, symmetric, NaN where undefined.
  public var values: Matrix
  /// The order in which to show the labels (indices into `labels`), e.g. a clustering's
  /// leaf order; `nil` for the given order.
  public var order: [Int]?

  public init(frame: ChartFrame, labels: [String], values: Matrix, order: [Int]? = nil) {
    precondition(values.rows == labels.count && values.columns == labels.count)
    precondition(order.map { Set($0) == Set(labels.indices) } ?? true, "order must permute labels")
    self.frame = frame
    self.labels = labels
    self.values = values
    self.order = order
  }

  public var element: SVGElement {
    let idx = order ?? Array(labels.indices)
    let n = Double(max(1, idx.count))
    let size = ChartFrame.tickSize + 1
    let labelWidth = Axes.labelWidth(labels) + 14
    let top = frame.headerHeight + size + 10
    let legendWidth = 70.0
    let available = min(
      frame.width - labelWidth - 16 - legendWidth, frame.height - top - frame.footerHeight - 10)
    let cell = (available / n).rounded(.down)
    // Centre the matrix and its colour key in the chart's width.
    let used = labelWidth + n * cell + 24 + 40
    let x0 = max(16, (frame.width - used) / 2) + labelWidth
    var cells: [SVGElement] = []
    var text: [SVGElement] = []
    for (row, i) in idx.enumerated() {
      let y = top + Double(row) * cell
      text.append(
        .label(
          labels[i], x: x0 - 8, y: y + cell / 2 + size * 0.35, size: size, anchor: "end"))
      for (col, j) in idx.enumerated() {
        let x = x0 + Double(col) * cell
        let v = values[i, j]
        cells.append(
          .rect(
            x, y, cell - 1, cell - 1, fill: Palette.diverging(v),
            extra: [("class", "cell"), ("data-pair", "\(labels[i])/\(labels[j])")]))
        if cell >= 28 {
          let s = v.isFinite ? format(v) : "–"
          cells.append(
            .label(
              s, x: x + cell / 2, y: y + cell / 2 + 4, size: min(12, cell / 3.2), anchor: "middle",
              fill: abs(v) > 0.6 ? "#FFFFFF" : Palette.ink))
        }
      }
    }
    for (col, j) in idx.enumerated() {
      let x = x0 + Double(col) * cell + cell / 2
      text.append(.label(labels[j], x: x, y: top - 8, size: size, anchor: "middle"))
    }
    // Colour key: a vertical bar from +1 (top) to −1 (bottom).
    let kx = x0 + n * cell + 24
    let kh = n * cell
    var key: [SVGElement] = []
    let steps = 20
    for s in 0..<steps {
      let v = 1 - 2 * (Double(s) + 0.5) / Double(steps)
      key.append(
        .rect(
          kx, top + Double(s) * kh / Double(steps), 14, kh / Double(steps) + 0.5,
          fill: Palette.diverging(v)))
    }
    for (v, t) in [(1.0, "+1"), (0.0, "0"), (-1.0, "−1")] {
      key.append(
        .label(t, x: kx + 20, y: top + (1 - v) / 2 * kh + 4, size: 11, fill: Palette.muted))
    }
    return frame.document([
      .group([("class", "cells")], cells), .group([("class", "labels")], text),
      .group([("class", "color-key")], key),
    ])
  }

  public var svg: String { element.serialized() }

  func format(_ v: Double) -> String {
    let s = String(format: "%.2f", v)
    return s.hasPrefix("-") ? "−" + s.dropFirst() : s
  }
}
