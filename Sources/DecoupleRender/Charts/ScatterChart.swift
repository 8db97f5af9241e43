/// A scatter of paired values in groups, each group with an optional fitted line.
public struct ScatterChart: Sendable {
  /// One group of points (a period), drawn in one colour.
  public struct Group: Sendable {
    public var name: String
    public var x: [Double]
    public var y: [Double]
    public var color: String
    /// The fitted line `y = intercept + slope·x`, drawn across the group's x range.
    public var fit: (intercept: Double, slope: Double)?
    public init(
      name: String, x: [Double], y: [Double], color: String,
      fit: (intercept: Double, slope: Double)? = nil
    ) {
      precondition(x.count == y.count)
      self.name = name
      self.x = x
      self.y = y
      self.color = color
      self.fit = fit
    }
  }

  public var frame: ChartFrame
  public var groups: [Group] = []
  public var xTitle: String?
  public var yTitle: String?
  /// Tick labels multiplied by this and suffixed (e.g. 100 and "%").
  public var labelScale: Double = 1
  public var labelSuffix: String = ""

  public init(frame: ChartFrame) { self.frame = frame }

  public var element: SVGElement {
    var frame = self.frame
    frame.legend =
      groups.map { ChartFrame.LegendItem($0.name, color: $0.color, swatch: .dot) } + frame.legend
    let xs = groups.flatMap(\.x)
    let ys = groups.flatMap(\.y)
    let top = frame.headerHeight
    let bottom = frame.height - frame.footerHeight - 44
    let xDomain = Scale.domain(covering: xs, kind: .linear, including: [0])
    let yDomain = Scale.domain(covering: ys, kind: .linear, including: [0])
    var y = Scale(domain: yDomain, range: (bottom, top))
    let yTicks = y.ticks(target: max(3, Int((bottom - top) / 45)))
    let yLabels = NiceTicks.labels(yTicks, suffix: labelSuffix, scale: labelScale)
    let left = 16 + (yTitle == nil ? 0 : 16) + Axes.labelWidth(yLabels) + 8
    let plot = Axes.Rect(x: left, y: top, width: frame.width - left - 20, height: bottom - top)
    y.range = (plot.bottom, plot.y)
    let x = Scale(domain: xDomain, range: (plot.x, plot.right))
    let xTicks = x.ticks(target: max(3, Int(plot.width / 80)))
    let xLabels = NiceTicks.labels(xTicks, suffix: labelSuffix, scale: labelScale)

    var body: [SVGElement] = [
      Axes.yAxis(scale: y, ticks: yTicks, labels: yLabels, plot: plot, title: yTitle),
      Axes.xAxis(scale: x, ticks: xTicks, labels: xLabels, plot: plot, title: xTitle),
    ]
    if xDomain.contains(0) {
      body.append(.line(x(0), plot.y, x(0), plot.bottom, stroke: Palette.axis, dash: "4 3"))
    }
    if yDomain.contains(0) {
      body.append(.line(plot.x, y(0), plot.right, y(0), stroke: Palette.axis, dash: "4 3"))
    }
    for g in groups {
      let dots = zip(g.x, g.y).compactMap { (a, b) -> SVGElement? in
        guard a.isFinite, b.isFinite else { return nil }
        return .circle(x(a), y(b), r: 2.6, fill: g.color)
      }
      body.append(
        .group(
          [("class", "points"), ("data-series", g.name), ("fill-opacity", "0.55")], dots))
    }
    // Fitted lines on top of every group's points, clipped to the group's x range.
    for g in groups {
      guard let fit = g.fit, let lo = g.x.filter(\.isFinite).min(),
        let hi = g.x.filter(\.isFinite).max()
      else { continue }
      let y0 = fit.intercept + fit.slope * lo
      let y1 = fit.intercept + fit.slope * hi
      body.append(
        .line(
          x(lo), y(y0), x(hi), y(y1), stroke: "#FFFFFF", width: 5,
          extra: [("stroke-linecap", "round")]))
      body.append(
        .line(
          x(lo), y(y0), x(hi), y(y1), stroke: g.color, width: 2.5,
          extra: [("class", "fit"), ("data-series", g.name), ("stroke-linecap", "round")]))
    }
    return frame.document(body)
  }

  public var svg: String { element.serialized() }
}
