import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import Foundation
import TestSupport
import Testing

@Suite struct InteractiveReportTests {
  static func data(_ html: String) throws -> [String: Any] {
    let open = #"<script type="application/json" id="decouple-data">"#
    let start = try #require(html.range(of: open)).upperBound
    let end = try #require(html.range(of: "</script>", range: start..<html.endIndex)).lowerBound
    let json = try JSONSerialization.jsonObject(with: Data(html[start..<end].utf8))
    return try #require(json as? [String: Any])
  }

  /// The embedded columns are the analysis's rows, to 8 significant digits, null where the
  /// value is undefined; the band sits on the same days as `corr`'s.
  @Test func embeddedColumnsAreTheAnalysisRows() throws {
    let r = try DecouplingReportHTMLTests.report()
    let band = try CoMovement.correlation(
      try Dataset.load("ETH"), try Dataset.load("RUT"), method: .pearson,
      options: r.summary.options)
    let doc = try Self.data(r.interactiveReport(band: band).html)
    let cols = try #require(doc["columns"] as? [String: [Any]])
    let rows = r.summary.rows
    #expect((cols["date"] as? [String]) == rows.map(\.date.iso))
    for (key, path) in [("correlation", \DecouplingSummary.Row.correlation), ("closeA", \.closeA)] {
      let column = try #require(cols[key])
      #expect(column.count == rows.count)
      for (i, row) in rows.enumerated() {
        let want = row[keyPath: path]
        if let v = column[i] as? Double {
          #expect(abs(v - want) <= 5e-8 * abs(want), "\(key) on \(row.date.iso)")
        } else {
          #expect(!want.isFinite, "\(key) on \(row.date.iso) is null but \(want)")
        }
      }
    }
    var bandOn: [String: Double] = [:]
    for (i, d) in band.days.enumerated() where band.lower[i].isFinite {
      bandOn[d.iso] = band.lower[i]
    }
    let lower = try #require(cols["lower"])
    var checked = 0
    for (i, row) in rows.enumerated() {
      guard let want = bandOn[row.date.iso] else { continue }
      let got = try #require(lower[i] as? Double)
      #expect(abs(got - want) <= 5e-8 * abs(want))
      checked += 1
    }
    #expect(checked > 1_000)
    #expect((doc["asOf"] as? String) == "2026-02-20")
    #expect(((doc["events"] as? [Any])?.count ?? 0) == MarketEvent.catalogue.count)
  }

  /// The page carries the chart library and the chart code, no script or style leaves it
  /// through a closing tag, and a `<` in a name cannot end the embedded data early.
  @Test func scriptsAreInlinedSafely() throws {
    let r = try DecouplingReportHTMLTests.report()
    var page = r.interactiveReport()
    page.interactivity?.data = .object([("name", .string("</script><b>x"))])
    let html = page.html
    #expect(html.contains("LightweightCharts"))
    #expect(html.contains("Decouple.pairCharts"))
    #expect(!html.contains("</script><b>"))
    #expect(try Self.data(html)["name"] as? String == "</script><b>x")
    // Every <script> opened is closed once: the inlined code holds no closing tag.
    let opened = html.components(separatedBy: "<script").count - 1
    #expect(opened == html.components(separatedBy: "</script>").count - 1)
    #expect(opened == 5)
    // The static page has none of it.
    #expect(!r.report().html.contains("<script"))
  }
}
