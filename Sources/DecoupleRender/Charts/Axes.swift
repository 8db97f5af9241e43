import DecoupleData

/// Axis drawing shared by the charts: grid lines, tick marks and labels that never overlap.
enum Axes {
  /// A rectangle in pixels.
  struct Rect {
    var x: Double
    var y: Double
    var width: Double
    var height: Double
    var right: Double { x + width }
    var bottom: Double { y + height }

    func overlaps(_ o: Rect) -> Bool {
      x < o.right && o.x < right && y < o.bottom && o.y < bottom
    }
  }

  /// Horizontal grid lines and labels at `ticks` on the left of `plot`; labels that would
  /// collide vertically are thinned (keeping a regular rhythm).
  static func yAxis(
    scale: Scale, ticks: [Double], labels: [String], plot: Rect, title: String?
  ) -> SVGElement {
    let size = ChartFrame.tickSize
    let order = ticks.indices.sorted { scale(ticks[$0]) < scale(ticks[$1]) }
    let kept = TextMetrics.thin(order.map { (scale(ticks[$0]), size + 2) }, gap: 4).map {
      order[$0]
    }
    var grid: [SVGElement] = []
    var text: [SVGElement] = []
    for i in kept.sorted() {
      let y = scale(ticks[i])
      guard y >= plot.y - 0.5, y <= plot.bottom + 0.5 else { continue }
      grid.append(.line(plot.x, y, plot.right, y, stroke: Palette.grid))
      text.append(
        .label(
          labels[i], x: plot.x - 6, y: y + size * 0.35, size: size, anchor: "end",
          fill: Palette.muted))
    }
    var children = [
      SVGElement.group([("class", "grid")], grid), .group([("class", "tick-labels")], text),
    ]
    if let title, !title.isEmpty {
      let x = 14.0
      let y = plot.y + plot.height / 2
      children.append(
        .label(
          title, x: x, y: y, size: size, anchor: "middle", fill: Palette.muted,
          extra: [("transform", "rotate(-90 \(x.svg) \(y.svg))"), ("class", "axis-title")]))
    }
    return .group([("class", "y-axis")], children)
  }

  /// The width of the widest label, to size the left margin.
  static func labelWidth(_ labels: [String]) -> Double {
    labels.map { TextMetrics.width($0, size: ChartFrame.tickSize) }.max() ?? 0
  }

  /// A date axis under `plot`: tick marks and calendar labels (see ``DateTicks``), labels
  /// thinned and kept inside the chart's width.
  static func dateAxis(
    from first: Day, to last: Day, x: (Day) -> Double, plot: Rect, chartWidth: Double
  ) -> SVGElement {
    let size = ChartFrame.tickSize
    let ticks = DateTicks.ticks(from: first, to: last, width: plot.width, size: size)
    var ext: [(center: Double, width: Double)] = []
    var positions: [Double] = []
    for t in ticks {
      let px = x(t.day)
      positions.append(px)
      ext.append((px, TextMetrics.width(t.label, size: size)))
    }
    let kept = TextMetrics.thin(ext, gap: 10).filter { i in
      ext[i].center - ext[i].width / 2 >= 2 && ext[i].center + ext[i].width / 2 <= chartWidth - 2
    }
    var children: [SVGElement] = [
      .line(plot.x, plot.bottom, plot.right, plot.bottom, stroke: Palette.axis)
    ]
    var skipSecond = false
    for (n, i) in kept.enumerated() {
      if n == 1 && skipSecond { continue }
      let px = positions[i]
      var label = ticks[i].label
      // The first label carries its year when it is a month ("Jul 2018"): an axis never
      // starts without a year. When that no longer fits before the next label, the next label
      // gives way (it is a month or the following year, read off the ones after it).
      if n == 0, Int(label) == nil, !label.contains(",") {
        let withYear = label + " " + String(ticks[i].day.components.year)
        let w = TextMetrics.width(withYear, size: size)
        let nextLeft =
          n + 1 < kept.count ? ext[kept[n + 1]].center - ext[kept[n + 1]].width / 2 : .infinity
        if px - w / 2 >= 2 {
          label = withYear
          skipSecond = px + w / 2 + 10 > nextLeft
        }
      }
      children.append(.line(px, plot.bottom, px, plot.bottom + 5, stroke: Palette.axis))
      children.append(
        .label(
          label, x: px, y: plot.bottom + 7 + size, size: size, anchor: "middle",
          fill: Palette.muted))
    }
    return .group([("class", "x-axis")], children)
  }

  /// A numeric x axis under `plot` (scatter charts).
  static func xAxis(
    scale: Scale, ticks: [Double], labels: [String], plot: Rect, title: String?
  ) -> SVGElement {
    let size = ChartFrame.tickSize
    let ext = ticks.indices.map {
      (center: scale(ticks[$0]), width: TextMetrics.width(labels[$0], size: size))
    }
    var children: [SVGElement] = [
      .line(plot.x, plot.bottom, plot.right, plot.bottom, stroke: Palette.axis)
    ]
    for i in TextMetrics.thin(ext, gap: 10) {
      let px = ext[i].center
      children.append(.line(px, plot.y, px, plot.bottom, stroke: Palette.grid))
      children.append(.line(px, plot.bottom, px, plot.bottom + 5, stroke: Palette.axis))
      children.append(
        .label(
          labels[i], x: px, y: plot.bottom + 7 + size, size: size, anchor: "middle",
          fill: Palette.muted))
    }
    if let title {
      children.append(
        .label(
          title, x: plot.x + plot.width / 2, y: plot.bottom + 36, size: size, anchor: "middle",
          fill: Palette.muted, extra: [("class", "axis-title")]))
    }
    return .group([("class", "x-axis")], children)
  }
}
