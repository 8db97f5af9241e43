import DecoupleData
import DecoupleRender
import Foundation
import Testing

@Suite struct TimeSeriesChartTests {
  static func chart(days: Int, width: Double) -> TimeSeriesChart {
    var frame = ChartFrame(title: "A long title for a test chart")
    frame.width = width
    let start = Day(iso: "2019-11-13")!
    let ds = (0..<days).map { start.adding(days: $0) }
    var c = TimeSeriesChart(frame: frame)
    c.lines = [
      .init(
        name: "A", days: ds, values: ds.indices.map { sin(Double($0) / 9) * 1000 },
        color: Palette.blue)
    ]
    c.markers = [.init(day: ds[ds.count / 2], value: 0, label: "a marker label")]
    return c
  }

  /// The x extents of the text elements in `group` (by class), from the SVG as parsed.
  static func labelExtents(_ svg: String, group: String) throws -> [(Double, Double)] {
    let doc = try #require(SVGInspection.parse(svg))
    var out: [(Double, Double)] = []
    var inGroup = false
    var textIndex = 0
    for (name, attrs) in zip(doc.elements, doc.attributes) {
      if name == "g" { inGroup = attrs["class"] == group }
      guard name == "text" else { continue }
      defer { textIndex += 1 }
      guard inGroup, let x = Double(attrs["x"] ?? "") else { continue }
      let w = TextMetrics.width(doc.texts[textIndex], size: 11)
      out.append((x - w / 2, x + w / 2))
    }
    return out
  }

  @Test(arguments: [8, 45, 120, 400, 1100, 3000, 11_000], [360.0, 560, 800])
  func dateLabelsNeverOverlapAndStayInside(days: Int, width: Double) throws {
    let svg = Self.chart(days: days, width: width).svg
    let labels = try Self.labelExtents(svg, group: "x-axis")
    #expect(labels.count >= 2, "\(days) days at \(width) px: \(labels.count) labels")
    for (a, b) in zip(labels, labels.dropFirst()) { #expect(a.1 + 4 <= b.0) }
    for l in labels { #expect(l.0 >= 0 && l.1 <= width) }
  }

  @Test func aLineWithGapsIsDrawnInPieces() throws {
    var c = Self.chart(days: 30, width: 800)
    c.lines[0].values[10] = .nan
    let d = try #require(
      SVGInspection.parse(c.svg)?.elements(where: "class", is: "series").first?["d"])
    #expect(d.filter { $0 == "M" }.count == 2)
  }

  @Test func markerLabelsStayInsideThePlot() throws {
    var c = Self.chart(days: 200, width: 500)
    let last = c.lines[0].days.last!
    c.markers = [.init(day: last, value: c.lines[0].values.last!, label: "now, a long label")]
    let doc = try #require(SVGInspection.parse(c.svg))
    let text = try #require(doc.elements(where: "text-anchor", is: "end").last)
    #expect(Double(text["x"]!)! < 500 - 20)
  }
}
