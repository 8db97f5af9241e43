import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import Foundation
import Testing

@Suite struct NiceTicksTests {
  @Test func linearTicksUseOneTwoFiveSteps() {
    #expect(NiceTicks.linear(0...1, target: 5) == [0, 0.2, 0.4, 0.6, 0.8, 1])
    #expect(NiceTicks.linear(-0.37...0.71, target: 5) == [-0.2, 0, 0.2, 0.4, 0.6])
    #expect(NiceTicks.linear(3...97, target: 4) == [20, 40, 60, 80])
    #expect(NiceTicks.step(span: 1700, target: 5) == 500)
  }

  @Test func logTicksAreOneTwoFivePerDecadeWhenTheyFit() {
    #expect(NiceTicks.log(30...1700, target: 5) == [50, 100, 200, 500, 1000])
    #expect(NiceTicks.log(0.5...5e6, target: 5) == [1, 100, 10_000, 1_000_000])
  }

  @Test func labelsShareTheirDecimalsAndUseATrueMinus() {
    #expect(NiceTicks.labels([-0.2, 0, 0.2]) == ["−0.2", "0.0", "0.2"])
    #expect(NiceTicks.labels([-1, 0, 1], scale: 100) == ["−100", "0", "100"])
    #expect(NiceTicks.logLabels([50, 1000, 20000]) == ["50", "1000", "20k"])
  }
}

@Suite struct DateTicksTests {
  func labels(_ from: String, _ to: String, width: Double = 700) -> [String] {
    DateTicks.ticks(from: Day(iso: from)!, to: Day(iso: to)!, width: width).map(\.label)
  }

  @Test func eightYearsGetYearsAndHalfYears() {
    let l = labels("2017-11-10", "2026-06-04")
    #expect(l.first == "2018" && l.contains("Jul") && l.last == "2026")
  }

  @Test func twoYearsGetQuarters() {
    #expect(
      labels("2024-01-15", "2025-12-20") == [
        "Apr", "Jul", "Oct", "2025", "Apr", "Jul", "Oct",
      ])
  }

  @Test func aFewMonthsGetMonthsAndAFewWeeksGetMondays() {
    #expect(labels("2026-01-27", "2026-06-04") == ["Feb", "Mar", "Apr", "May", "Jun"])
    let weeks = labels("2026-03-01", "2026-03-31")
    #expect(weeks.first == "Mar 2, 2026" && weeks.count == 5)
  }

  @Test func narrowAxesGetCoarserTicks() {
    let wide = labels("2000-01-01", "2026-01-01", width: 700)
    let narrow = labels("2000-01-01", "2026-01-01", width: 200)
    #expect(narrow.count < wide.count)
    #expect(narrow.allSatisfy { Int($0) != nil })
  }
}

@Suite struct TextMetricsTests {
  @Test func widerTextMeasuresWider() {
    #expect(TextMetrics.width("2026", size: 11) > TextMetrics.width("Jul", size: 11))
    #expect(TextMetrics.width("MMM", size: 12) > TextMetrics.width("iii", size: 12))
  }

  @Test func thinningKeepsAnEvenRhythmWithoutOverlap() {
    let labels = (0..<10).map { (center: Double($0) * 20, width: 30.0) }
    let kept = TextMetrics.thin(labels, gap: 4)
    #expect(kept == [0, 2, 4, 6, 8])
    #expect(TextMetrics.thin([(0, 10), (50, 10)], gap: 4) == [0, 1])
  }
}

@Suite struct SVGElementTests {
  @Test func escapesTextAndAttributes() {
    let e = SVGElement("text", [("data-x", "a\"b<c>&'")], text: "R&D <ETH> \u{1}")
    #expect(
      e.serialized()
        == "<text data-x=\"a&quot;b&lt;c&gt;&amp;&apos;\">R&amp;D &lt;ETH&gt; </text>\n")
  }

  @Test func scalesMapDomainsToPixels() {
    let lin = Scale(domain: 0...10, range: (100, 0))
    #expect(lin(0) == 100 && lin(10) == 0 && lin(5) == 50)
    let log = Scale(kind: .log, domain: 10...1000, range: (0, 200))
    #expect(abs(log(100) - 100) < 1e-9)
    #expect(log(-1).isNaN)
  }

  @Test func divergingPaletteRunsBlueWhiteVermillion() {
    #expect(Palette.diverging(-1) == Palette.blue)
    #expect(Palette.diverging(0) == "#FFFFFF")
    #expect(Palette.diverging(1) == Palette.vermillion)
    #expect(Palette.diverging(.nan) == "#DDDDDD")
  }
}

/// Every time chart's axis starts with a year, even when the first tick is a month close to the
/// next year's tick (ETH/RUT's history starts in November 2017: the first half-year tick is
/// July 2018).
@Suite struct FirstYearLabelTests {
  @Test(arguments: [ChartKind.performance, .correlation, .beta, .gap])
  func theFirstDateLabelHasAYear(_ kind: ChartKind) throws {
    let summary = try DecouplingAnalysis.analyze(
      try Dataset.load("ETH"), try Dataset.load("RUT"), options: AnalysisOptions())
    let svg = summary.chart(kind).serialized()
    let axis = try #require(svg.range(of: "class=\"x-axis\"")).upperBound
    let labels = svg[axis...].matches(of: /<text[^>]*>([^<]*)<\/text>/).map { String($0.1) }
    let first = try #require(labels.first)
    #expect(first.contains(/\d{4}/), "\(kind): the axis starts with '\(first)'")
  }
}
