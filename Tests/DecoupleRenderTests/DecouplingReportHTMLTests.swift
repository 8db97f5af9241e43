import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import Foundation
import TestSupport
import Testing

@Suite struct DecouplingReportHTMLTests {
  /// ETH/RUT as of 2026-02-20 from the embedded data, the full analysis (no drivers).
  static func report() throws -> DecouplingReport {
    try DecouplingAnalysis.report(
      try Dataset.load("ETH"), try Dataset.load("RUT"),
      options: .init(to: Day(iso: "2026-02-20")!), extras: .dynamic)
  }

  @Test func thePageSaysWhatAnalyzeSays() throws {
    let r = try Self.report()
    let page = r.report()
    let html = page.html
    // The same headline as the text, counting the same senses.
    #expect(r.text.contains(r.summary.verdict.headline.prefix(60)))
    #expect(html.contains(r.summary.verdict.headline))
    #expect(r.summary.verdict.headline.contains("3 of 7 senses"))
    #expect(html.contains("Senses: correlation no, performance gap yes"))
    // The follow-up sections of analyze, each with a reading, in analyze's order.
    let ids = page.sections.map(\.id)
    let followUps = ["episodes", "records", "gap-closure", "dynamic", "long-run", "regimes"]
    #expect(followUps.allSatisfy(ids.contains), "\(ids)")
    #expect(
      followUps.compactMap { ids.firstIndex(of: $0) }
        == followUps.compactMap { ids.firstIndex(of: $0) }.sorted())
    for s in page.sections where followUps.contains(s.id) { #expect(!s.reading.isEmpty) }
    // Each record sentence of the text is on the page (HTML-escaped quotes aside).
    for m in DecouplingMeasure.allCases {
      let sentence = try #require(r.records[m]?.sentence)
      #expect(html.contains(sentence.prefix(40)))
    }
  }
}
