import DecoupleAnalysis
import DecoupleRender
import Foundation
import TestSupport
import Testing

@Suite struct HTMLReportTests {
  static let html = DecouplingChartsTests.summary.report(matrix: DecouplingChartsTests.matrix).html

  @Test func holdsTheVerdictTheTableAndEveryChart() {
    let h = Self.html
    #expect(h.hasPrefix("<!DOCTYPE html>"))
    #expect(h.contains(DecouplingChartsTests.summary.verdict.headline))
    #expect(h.contains("<table>"))
    #expect(h.components(separatedBy: "<svg ").count - 1 == ChartKind.allCases.count)
    for kind in ChartKind.allCases { #expect(h.contains("<section id=\"\(kind.rawValue)\">")) }
    #expect(h.components(separatedBy: "class=\"reading\"").count - 1 >= 6)
  }

  @Test func makesNoExternalRequest() {
    // Only the SVG namespace URI may appear; no src/href/url() leaves the page.
    let stripped = Self.html.replacingOccurrences(
      of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
    #expect(!stripped.contains("http://") && !stripped.contains("https://"))
    #expect(
      !stripped.contains("src=") && !stripped.contains("url(") && !stripped.contains("@import"))
  }

  @Test func sectionsCanBeAdded() {
    var report = DecouplingChartsTests.summary.report()
    report.sections.append(
      .init(id: "episodes", title: "Episodes", reading: "None yet.", content: [.paragraphs(["x"])]))
    #expect(report.html.contains("<a href=\"#episodes\">Episodes</a>"))
    #expect(report.html.contains("<section id=\"episodes\">"))
  }

  @Test func matchesSnapshot() {
    let diff = Snapshot.difference(Self.html, named: "report.html")
    #expect(diff == nil, "\(diff ?? "")")
  }

  @Test func snapshotDiffNamesTheFirstDifferingLine() {
    let d = Snapshot.diff(expected: "a\nb\nc", actual: "a\nB\nc", name: "x")
    #expect(d?.contains("line 2") == true && d?.contains("expected: b") == true)
  }
}
