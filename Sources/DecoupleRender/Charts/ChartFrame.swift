/// The parts every chart shares: size, visible title and subtitle, legend, caption, the
/// accessible `<title>`/`<desc>`, and the plot rectangle left for the data.
public struct ChartFrame: Sendable {
  /// How a legend entry is drawn.
  public enum Swatch: Sendable, Equatable {
    case line(dash: String?), band, dot, shade
  }

  /// One legend entry.
  public struct LegendItem: Sendable, Equatable {
    public var label: String
    public var color: String
    public var swatch: Swatch
    public init(_ label: String, color: String, swatch: Swatch = .line(dash: nil)) {
      self.label = label
      self.color = color
      self.swatch = swatch
    }
  }

  public var width: Double = 800
  public var height: Double = 380
  /// Shown at the top left, and the accessible name.
  public var title: String
  /// One line under the title (wrapped if needed): what is measured, over what.
  public var subtitle: String = ""
  /// The accessible description: what the chart shows, in a sentence or two.
  public var description: String = ""
  /// Small print at the bottom: source, as-of day.
  public var caption: String = ""
  public var legend: [LegendItem] = []
  /// Prefix for element ids, unique per chart in one HTML page.
  public var idPrefix: String = "chart"

  static let font = "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif"
  static let titleSize = 16.0
  static let subtitleSize = 12.0
  static let legendSize = 12.0
  static let tickSize = 11.0

  public init(title: String) { self.title = title }

  /// Lines of the subtitle, wrapped to the chart width.
  var subtitleLines: [String] {
    subtitle.isEmpty ? [] : ChartText.wrap(subtitle, width: width - 32, size: Self.subtitleSize)
  }

  /// The legend laid out in rows: each item with its x offset.
  var legendRows: [[(item: LegendItem, x: Double)]] {
    var rows: [[(LegendItem, Double)]] = []
    var row: [(LegendItem, Double)] = []
    var x = 16.0
    for item in legend {
      let w = 26 + TextMetrics.width(item.label, size: Self.legendSize) + 18
      if x + w > width - 16 && !row.isEmpty {
        rows.append(row)
        row = []
        x = 16
      }
      row.append((item, x))
      x += w
    }
    if !row.isEmpty { rows.append(row) }
    return rows.map { $0.map { (item: $0.0, x: $0.1) } }
  }

  /// The y of the first pixel below the header (title, subtitle, legend).
  var headerHeight: Double {
    var y = 14 + Self.titleSize
    y += Double(subtitleLines.count) * 16
    y += Double(legendRows.count) * 20
    return y + 20
  }

  /// Space for the caption at the bottom.
  var footerHeight: Double { caption.isEmpty ? 6 : 22 }

  /// The header elements: background, title, subtitle, legend.
  func header() -> [SVGElement] {
    var out: [SVGElement] = [
      .rect(0, 0, width, height, fill: "#FFFFFF"),
      .label(
        title, x: 16, y: 12 + Self.titleSize, size: Self.titleSize, weight: "600",
        extra: [("class", "chart-title")]),
    ]
    var y = 12 + Self.titleSize
    for line in subtitleLines {
      y += 16
      out.append(.label(line, x: 16, y: y, size: Self.subtitleSize, fill: Palette.muted))
    }
    var legendItems: [SVGElement] = []
    for row in legendRows {
      y += 20
      for (item, x) in row {
        legendItems.append(
          .group(
            [("class", "legend-item")],
            [
              swatch(item, x: x, y: y - 4),
              .label(item.label, x: x + 26, y: y, size: Self.legendSize),
            ]
          ))
      }
    }
    if !legendItems.isEmpty { out.append(.group([("class", "legend")], legendItems)) }
    return out
  }

  func swatch(_ item: LegendItem, x: Double, y: Double) -> SVGElement {
    switch item.swatch {
    case .line(let dash): .line(x, y, x + 20, y, stroke: item.color, width: 2.5, dash: dash)
    case .band: .rect(x, y - 5, 20, 10, fill: item.color, extra: [("fill-opacity", "0.25")])
    case .dot: .circle(x + 10, y, r: 4, fill: item.color)
    case .shade: .rect(x, y - 6, 20, 12, fill: item.color)
    }
  }

  /// The complete `<svg>` document around `body`.
  func document(_ body: [SVGElement]) -> SVGElement {
    let titleID = idPrefix + "-title"
    let descID = idPrefix + "-desc"
    var children: [SVGElement] = [
      SVGElement("title", [("id", titleID)], text: title),
      SVGElement("desc", [("id", descID)], text: description.isEmpty ? subtitle : description),
    ]
    children += header()
    children += body
    if !caption.isEmpty {
      children.append(
        .label(
          caption, x: 16, y: height - 8, size: 10, fill: Palette.muted,
          extra: [("class", "caption")]))
    }
    return SVGElement(
      "svg",
      [
        ("xmlns", "http://www.w3.org/2000/svg"), ("width", width.svg), ("height", height.svg),
        ("viewBox", "0 0 \(width.svg) \(height.svg)"), ("role", "img"),
        ("aria-labelledby", titleID + " " + descID), ("font-family", Self.font),
        ("class", "decouple-chart"),
      ], children: children)
  }
}

/// Word wrapping by measured width.
enum ChartText {
  static func wrap(_ text: String, width: Double, size: Double) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if TextMetrics.width(candidate, size: size) > width && !current.isEmpty {
        lines.append(current)
        current = String(word)
      } else {
        current = candidate
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }
}
