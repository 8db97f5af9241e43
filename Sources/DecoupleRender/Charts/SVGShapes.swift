/// Constructors for the few SVG shapes the charts draw.
extension SVGElement {
  static func group(_ attributes: [(String, String)] = [], _ children: [SVGElement])
    -> SVGElement
  {
    SVGElement("g", attributes, children: children)
  }

  static func line(
    _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String,
    width: Double = 1, dash: String? = nil, extra: [(String, String)] = []
  ) -> SVGElement {
    var a = [
      ("x1", x1.svg), ("y1", y1.svg), ("x2", x2.svg), ("y2", y2.svg), ("stroke", stroke),
      ("stroke-width", width.svg),
    ]
    if let dash { a.append(("stroke-dasharray", dash)) }
    return SVGElement("line", a + extra)
  }

  static func rect(
    _ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: String,
    extra: [(String, String)] = []
  ) -> SVGElement {
    SVGElement(
      "rect",
      [
        ("x", x.svg), ("y", y.svg), ("width", max(0, w).svg), ("height", max(0, h).svg),
        ("fill", fill),
      ] + extra)
  }

  static func circle(
    _ cx: Double, _ cy: Double, r: Double, fill: String, extra: [(String, String)] = []
  ) -> SVGElement {
    SVGElement("circle", [("cx", cx.svg), ("cy", cy.svg), ("r", r.svg), ("fill", fill)] + extra)
  }

  /// Text at (x, y); `anchor` is `start`, `middle` or `end`.
  static func label(
    _ s: String, x: Double, y: Double, size: Double = 12, anchor: String = "start",
    fill: String = Palette.ink, weight: String? = nil, extra: [(String, String)] = []
  ) -> SVGElement {
    var a = [("x", x.svg), ("y", y.svg), ("font-size", size.svg)]
    if anchor != "start" { a.append(("text-anchor", anchor)) }
    a.append(("fill", fill))
    if let weight { a.append(("font-weight", weight)) }
    return SVGElement("text", a + extra, text: s)
  }

  static func path(
    _ d: String, stroke: String = "none", width: Double = 1, fill: String = "none",
    extra: [(String, String)] = []
  ) -> SVGElement {
    SVGElement(
      "path",
      [("d", d), ("fill", fill), ("stroke", stroke)]
        + (stroke == "none" ? [] : [("stroke-width", width.svg)]) + extra)
  }
}

/// Builds the `d` attribute of a path; a NaN point breaks the line (a gap, not a drop to 0).
struct PathBuilder {
  private(set) var d = ""
  private var penDown = false

  mutating func add(_ x: Double, _ y: Double) {
    guard x.isFinite, y.isFinite else {
      penDown = false
      return
    }
    d += (d.isEmpty ? "" : " ") + (penDown ? "L" : "M") + x.svg + " " + y.svg
    penDown = true
  }

  mutating func close() { d += " Z" }
}
