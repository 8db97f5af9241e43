import DecoupleData

/// A chart of dated series: lines, confidence bands, shaded periods, reference lines and
/// labelled markers over a calendar axis.
///
/// ```swift
/// var chart = TimeSeriesChart(frame: ChartFrame(title: "ETH vs RUT"))
/// chart.lines = [.init(name: "ETH", days: days, values: eth, color: Palette.blue)]
/// let svg = chart.svg
/// ```
public struct TimeSeriesChart: Sendable {
  /// A line; NaN values leave gaps.
  public struct Line: Sendable {
    public var name: String
    public var days: [Day]
    public var values: [Double]
    public var color: String
    public var width: Double
    public var dash: String?
    public init(
      name: String, days: [Day], values: [Double], color: String, width: Double = 1.8,
      dash: String? = nil
    ) {
      precondition(days.count == values.count)
      self.name = name
      self.days = days
      self.values = values
      self.color = color
      self.width = width
      self.dash = dash
    }
  }

  /// A filled band between `lower` and `upper` (NaN breaks it).
  public struct Band: Sendable {
    public var name: String
    public var days: [Day]
    public var lower: [Double]
    public var upper: [Double]
    public var color: String
    public init(name: String, days: [Day], lower: [Double], upper: [Double], color: String) {
      precondition(days.count == lower.count && days.count == upper.count)
      self.name = name
      self.days = days
      self.lower = lower
      self.upper = upper
      self.color = color
    }
  }

  /// A labelled point (a record, the current value).
  public struct Marker: Sendable {
    public var day: Day
    public var value: Double
    public var label: String
    public var color: String
    public init(day: Day, value: Double, label: String, color: String = Palette.ink) {
      self.day = day
      self.value = value
      self.label = label
      self.color = color
    }
  }

  /// A shaded period (an episode).
  public struct Span: Sendable {
    public var from: Day
    public var to: Day
    public init(from: Day, to: Day) {
      self.from = from
      self.to = to
    }
  }

  public var frame: ChartFrame
  public var lines: [Line] = []
  public var bands: [Band] = []
  public var markers: [Marker] = []
  public var spans: [Span] = []
  /// The legend label of the shaded spans.
  public var spanLabel: String?
  /// Horizontal reference lines (0, 100…), drawn dashed when inside the y domain (they do not
  /// widen it: use `yIncluding` for that).
  public var referenceLines: [Double] = []
  public var yScale: Scale.Kind = .linear
  /// Values always inside the y domain (e.g. 0, or −1 and 1).
  public var yIncluding: [Double] = []
  /// Fixed y domain (overrides the data's).
  public var yDomain: ClosedRange<Double>?
  /// Axis title, written vertically on the left.
  public var yTitle: String?
  /// Tick labels: multiplied by `yLabelScale`, then `yLabelSuffix` appended.
  public var yLabelScale: Double = 1
  public var yLabelSuffix: String = ""

  public init(frame: ChartFrame) { self.frame = frame }

  /// The chart as an `<svg>` element.
  public var element: SVGElement {
    var frame = self.frame
    frame.legend = legendItems + frame.legend
    // The x range covers the defined values only (a rolling measure's warm-up is not drawn).
    let allDays =
      lines.flatMap { l in zip(l.days, l.values).filter { $0.1.isFinite }.map(\.0) }
      + bands.flatMap { b in b.days.indices.filter { b.lower[$0].isFinite }.map { b.days[$0] } }
    guard let first = allDays.min(), let last = allDays.max() else {
      return frame.document([])
    }
    let values =
      lines.flatMap(\.values) + bands.flatMap(\.lower) + bands.flatMap(\.upper)
      + markers.map(\.value)
    let domain =
      yDomain
      ?? Scale.domain(covering: values, kind: yScale, including: yIncluding)
    let top = frame.headerHeight
    let bottom = frame.height - frame.footerHeight - 24
    var y = Scale(kind: yScale, domain: domain, range: (bottom, top))
    let ticks = y.ticks(target: max(3, Int((bottom - top) / 45)))
    let labels =
      yScale == .log
      ? NiceTicks.logLabels(ticks)
      : NiceTicks.labels(ticks, suffix: yLabelSuffix, scale: yLabelScale)
    let left = 16 + (yTitle == nil ? 0 : 16) + Axes.labelWidth(labels) + 8
    let plot = Axes.Rect(x: left, y: top, width: frame.width - left - 20, height: bottom - top)
    y.range = (plot.bottom, plot.y)
    let x = Scale(
      domain: Double(
        first.daysSince1970)...Double(max(last.daysSince1970, first.daysSince1970 + 1)),
      range: (plot.x, plot.right))
    let xDay = { (d: Day) in x(Double(d.daysSince1970)) }

    var body: [SVGElement] = []
    body.append(
      .group(
        [("class", "spans")],
        spans.map { s in
          .rect(
            xDay(s.from) - 1, plot.y, max(3, xDay(s.to) - xDay(s.from) + 2), plot.height,
            fill: Palette.shade)
        }))
    body.append(Axes.yAxis(scale: y, ticks: ticks, labels: labels, plot: plot, title: yTitle))
    for r in referenceLines where domain.contains(r) {
      body.append(
        .line(
          plot.x, y(r), plot.right, y(r), stroke: Palette.axis, dash: "4 3",
          extra: [("class", "reference")]))
    }
    for b in bands { body.append(band(b, x: xDay, y: y)) }
    for l in lines { body.append(line(l, x: xDay, y: y)) }
    body.append(Axes.dateAxis(from: first, to: last, x: xDay, plot: plot, chartWidth: frame.width))
    let obstacles = lines.flatMap { l in
      zip(l.days, l.values).compactMap { d, v in v.isFinite ? (xDay(d), y(v)) : nil }
    }
    var taken: [Axes.Rect] = []
    for m in markers {
      body.append(marker(m, x: xDay, y: y, plot: plot, obstacles: obstacles, taken: &taken))
    }
    return frame.document(body)
  }

  /// The chart as SVG text.
  public var svg: String { element.serialized() }

  var legendItems: [ChartFrame.LegendItem] {
    var items = lines.filter { !$0.name.isEmpty }.map {
      ChartFrame.LegendItem($0.name, color: $0.color, swatch: .line(dash: $0.dash))
    }
    items += bands.filter { !$0.name.isEmpty }.map {
      ChartFrame.LegendItem($0.name, color: $0.color, swatch: .band)
    }
    if let spanLabel, !spans.isEmpty {
      items.append(.init(spanLabel, color: Palette.shade, swatch: .shade))
    }
    return items
  }

  func line(_ l: Line, x: (Day) -> Double, y: Scale) -> SVGElement {
    var p = PathBuilder()
    for (d, v) in zip(l.days, l.values) { p.add(x(d), v.isFinite ? y(v) : .nan) }
    var extra: [(String, String)] = [
      ("stroke-linejoin", "round"), ("class", "series"), ("data-series", l.name),
    ]
    if let dash = l.dash { extra.insert(("stroke-dasharray", dash), at: 0) }
    return .path(p.d, stroke: l.color, width: l.width, extra: extra)
  }

  /// A band as one closed polygon per run of defined values.
  func band(_ b: Band, x: (Day) -> Double, y: Scale) -> SVGElement {
    var d = ""
    var run: [Int] = []
    func flush() {
      guard run.count >= 2 else {
        run = []
        return
      }
      var p = PathBuilder()
      for i in run { p.add(x(b.days[i]), y(b.upper[i])) }
      for i in run.reversed() { p.add(x(b.days[i]), y(b.lower[i])) }
      p.close()
      d += (d.isEmpty ? "" : " ") + p.d
      run = []
    }
    for i in b.days.indices {
      if b.lower[i].isFinite && b.upper[i].isFinite { run.append(i) } else { flush() }
    }
    flush()
    return .path(
      d, fill: b.color,
      extra: [("fill-opacity", "0.22"), ("class", "band"), ("data-series", b.name)])
  }

  /// A dot with its label placed inside the plot, at whichever of the four corners around
  /// the point covers the fewest line points and no other marker's label.
  func marker(
    _ m: Marker, x: (Day) -> Double, y: Scale, plot: Axes.Rect, obstacles: [(Double, Double)],
    taken: inout [Axes.Rect]
  ) -> SVGElement {
    let px = x(m.day)
    let py = y(m.value)
    let size = 11.0
    let w = TextMetrics.width(m.label, size: size)
    var best: (score: Int, rect: Axes.Rect, right: Bool)?
    for (right, above) in [(true, true), (false, true), (true, false), (false, false)] {
      let rect = Axes.Rect(
        x: right ? px + 7 : px - 7 - w, y: above ? py - 9 - size : py + 7, width: w,
        height: size + 2)
      guard rect.x >= plot.x, rect.right <= plot.right, rect.y >= plot.y,
        rect.bottom <= plot.bottom
      else { continue }
      var score = obstacles.filter { p in
        p.0 >= rect.x - 2 && p.0 <= rect.right + 2 && p.1 >= rect.y - 2 && p.1 <= rect.bottom + 2
      }.count
      if taken.contains(where: { $0.overlaps(rect) }) { score += 10_000 }
      if best == nil || score < best!.score { best = (score, rect, right) }
    }
    let placed =
      best ?? (0, Axes.Rect(x: px - w / 2, y: py - 9 - size, width: w, height: size), true)
    taken.append(placed.rect)
    let rightSide = placed.right
    let lx = rightSide ? placed.rect.x : placed.rect.right
    let ly = placed.rect.y + size
    return .group(
      [("class", "marker")],
      [
        .circle(
          px, py, r: 4, fill: "#FFFFFF", extra: [("stroke", m.color), ("stroke-width", "2")]),
        .label(
          m.label, x: lx, y: ly, size: size, anchor: rightSide ? "start" : "end", fill: m.color,
          weight: "600",
          extra: [("paint-order", "stroke"), ("stroke", "#FFFFFF"), ("stroke-width", "3")]),
      ])
  }
}
