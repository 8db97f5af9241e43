import DecoupleAnalysis
import DecoupleData
import Foundation

extension DecouplingReport {
  /// The HTML report with interactive time charts: ``report(matrix:options:)`` plus the chart
  /// library and the dashboard's chart code inlined, and the data they draw embedded (see
  /// ``chartData(band:)``). Each time chart keeps its static SVG, which prints and is what the
  /// SVG button saves; the page still makes no request. `band` is the Pearson correlation's
  /// confidence band drawn around the rolling correlation (nil: no band); `events` are marked
  /// on the time charts besides the embedded catalogue's.
  public func interactiveReport(
    matrix: CorrelationMatrixReport? = nil, band: CorrelationSeries? = nil,
    options: ChartOptions = .init(), events: [MarketEvent] = []
  ) -> HTMLReport {
    var page = report(matrix: matrix, options: options)
    page.interactivity = .init(
      data: chartData(band: band, events: events),
      styles: [InteractiveAssets.text("charts.css")],
      scripts: [
        InteractiveAssets.text(InteractiveAssets.chartLibrary),
        InteractiveAssets.text("common.js"), InteractiveAssets.text("charts.js"),
        InteractiveAssets.text("report.js"),
      ],
      credit: "Interactive charts: TradingView Lightweight Charts™ 4.1.3 (Apache-2.0, "
        + "https://www.tradingview.com/), inlined.")
    return page
  }

  /// What the report's charts read: the `analyze` document's pair, window, frequency, as-of
  /// day, measures and episodes; its series as columns (one array per field, values to 8
  /// significant digits, `null` where undefined) with the band's `lower` and `upper` on the
  /// same days; and the market events: the embedded catalogue's, and `events`.
  public func chartData(band: CorrelationSeries? = nil, events: [MarketEvent] = []) -> JSONValue {
    // The document without its rows (built once below, as columns).
    guard case .object(let fields) = json(series: false) else { return .null }
    let kept: Set<String> = [
      "pair", "window", "frequency", "returns", "asOf", "measures", "episodes",
    ]
    var out = fields.filter { kept.contains($0.0) }
    let rows = summary.rows
    var columns: [(String, JSONValue)] = [("date", .array(rows.map { .string($0.date.iso) }))]
    let numeric = DecouplingSummary.Row.columns.dropFirst()
    var values: [String: [Double?]] = [:]
    for row in rows {
      guard case .object(let cells) = row.json else { continue }
      for (k, v) in cells where k != "date" {
        if case .number(let d) = v {
          values[k, default: []].append(d)
        } else if case .integer(let i) = v {
          values[k, default: []].append(Double(i))
        } else {
          values[k, default: []].append(nil)
        }
      }
    }
    for k in numeric { columns.append((k, Self.column(values[k] ?? []))) }
    if let band {
      var lower: [String: Double] = [:]
      var upper: [String: Double] = [:]
      for (i, d) in band.days.enumerated() {
        lower[d.iso] = band.lower[i]
        upper[d.iso] = band.upper[i]
      }
      columns.append(("lower", Self.column(rows.map { lower[$0.date.iso] })))
      columns.append(("upper", Self.column(rows.map { upper[$0.date.iso] })))
    }
    out.append(("columns", .object(columns)))
    let marked =
      events.isEmpty
      ? MarketEvent.catalogueJSON : MarketEvent.json(MarketEvent.catalogue + events)
    if case .object(let e) = marked { out += e }
    return .object(out)
  }

  /// Values to 8 significant digits (enough for every read-out and the CSV export, and a
  /// third of the size); NaN, infinities and nil become `null`.
  static func column(_ values: [Double?]) -> JSONValue {
    .array(
      values.map { v in
        guard let v, v.isFinite else { return .null }
        return .number(Double(String(format: "%.8g", v)) ?? v)
      })
  }
}
