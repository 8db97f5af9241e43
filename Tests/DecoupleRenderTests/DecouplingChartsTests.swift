import DecoupleData
import DecoupleRender
import DecoupleStats
import Foundation
import TestSupport
import Testing

@testable import DecoupleAnalysis

@Suite struct DecouplingChartsTests {
  /// A fixed constructed pair: B is noise, A follows B with a drag (the TextReport fixture).
  static let summary = try! TextReportTests.summary()

  static let matrix: CorrelationMatrixReport = {
    var options = AnalysisOptions()
    options.window = 90
    let values = Matrix([
      [1, 0.91, 0.39, 0.44], [0.91, 1, 0.46, 0.48], [0.39, 0.46, 1, 0.89],
      [0.44, 0.48, 0.89, 1],
    ])
    return CorrelationMatrixReport(
      names: ["ETH", "BTC", "RUT", "SPY"], options: options, pairwiseComplete: true,
      asOf: Day(iso: "2026-06-04"),
      matrix: .init(values: values, counts: Array(repeating: 90, count: 16)))
  }()

  static let pairKinds = ChartKind.allCases.filter { $0 != .matrix }

  static func svg(_ kind: ChartKind) -> String {
    kind == .matrix ? matrix.heatmap().svg : summary.chart(kind).serialized()
  }

  @Test(arguments: ChartKind.allCases)
  func isWellFormedAndAccessible(_ kind: ChartKind) throws {
    let svg = Self.svg(kind)
    let doc = try #require(SVGInspection.parse(svg), "not XML: \(SVGInspection.lastError)")
    #expect(doc.elements.first == "svg")
    let root = doc.attributes[0]
    #expect(root["role"] == "img")
    #expect(root["viewBox"] == "0 0 800 \(root["height"]!)")
    #expect(root["aria-labelledby"] == "\(kind.rawValue)-title \(kind.rawValue)-desc")
    #expect(doc.count("title") == 1 && doc.count("desc") == 1)
    #expect(!svg.contains("NaN") && !svg.contains("inf"))
  }

  @Test(arguments: pairKinds)
  func hasAxesAndTitle(_ kind: ChartKind) throws {
    let doc = try #require(SVGInspection.parse(Self.svg(kind)))
    #expect(doc.elements(where: "class", is: "x-axis").count == 1)
    #expect(doc.elements(where: "class", is: "y-axis").count == 1)
    #expect(doc.hasText("AAA") && doc.hasText("BBB"))
    #expect(doc.count("text") >= 8)
  }

  @Test func performanceDrawsBothSeriesRebasedTo100() throws {
    let doc = try #require(SVGInspection.parse(Self.svg(.performance)))
    let series = doc.elements(where: "class", is: "series").compactMap { $0["data-series"] }
    #expect(series == ["AAA", "BBB"])
    #expect(doc.elements(where: "class", is: "reference").count == 1)
    #expect(doc.hasText("rebased to 100 on 2020-01-02"))
  }

  @Test func correlationHasItsBandRecordLowAndCurrentValue() throws {
    let doc = try #require(SVGInspection.parse(Self.svg(.correlation)))
    #expect(doc.elements(where: "class", is: "band").count == 1)
    #expect(doc.elements(where: "class", is: "series").count == 1)
    let low = try #require(Self.summary[.correlation].recordLow)
    #expect(doc.hasText("record low"))
    #expect(doc.hasText(low.date.iso))
    #expect(doc.hasText("95% band"))
  }

  @Test func gapDrawsGapAndDriftInPoints() throws {
    let doc = try #require(SVGInspection.parse(Self.svg(.gap)))
    let series = doc.elements(where: "class", is: "series").compactMap { $0["data-series"] }
    #expect(series == ["performance gap", "residual drift"])
    #expect(doc.hasText("percentage points"))
  }

  @Test func scatterHasTwoPeriodsWithFittedLines() throws {
    let doc = try #require(SVGInspection.parse(Self.svg(.scatter)))
    #expect(doc.elements(where: "class", is: "points").count == 2)
    #expect(doc.elements(where: "class", is: "fit").count == 2)
    #expect(doc.count("circle") >= Self.summary.rows.count)
  }

  @Test func matrixHasOneCellPerPairInTheGivenOrder() throws {
    let svg = Self.matrix.heatmap(order: [2, 3, 0, 1]).svg
    let doc = try #require(SVGInspection.parse(svg))
    let cells = doc.elements(where: "class", is: "cell").compactMap { $0["data-pair"] }
    #expect(cells.count == 16)
    #expect(cells.first == "RUT/RUT" && cells.last == "BTC/BTC")
    #expect(doc.hasText("0.91"))
    #expect(Self.matrix.reading.contains("ETH–BTC (0.91)"))
  }

  @Test func heatmapDrawsTheMatrixPairwiseResult() throws {
    // `chart matrix` and the report draw `CoMovement.matrix(pairwiseComplete: true)`, the
    // result `decouple matrix --pairwise` prints: same numbers, order and as-of day.
    let series = try ["ETH", "RUT", "BTC", "SPY"].map { try Dataset.load($0) }
    let m = try CoMovement.matrix(series, pairwiseComplete: true, options: .init())
    let heatmap = m.heatmap()
    #expect(heatmap.values == m.matrix.values && heatmap.labels == m.names)
    #expect(heatmap.frame.subtitle.hasSuffix("to \(m.asOf!.iso)."))
    let doc = try #require(SVGInspection.parse(heatmap.svg))
    for i in 0..<4 {
      for j in 0..<4 where i != j {
        #expect(doc.hasText(String(format: "%.2f", m.matrix[i, j])))
      }
    }
  }

  @Test(arguments: ChartKind.allCases)
  func matchesSnapshot(_ kind: ChartKind) {
    let diff = Snapshot.difference(Self.svg(kind), named: "\(kind.rawValue).svg")
    #expect(diff == nil, "\(diff ?? "")")
  }

  @Test(arguments: pairKinds)
  func readingQuotesTheNumbers(_ kind: ChartKind) {
    let r = Self.summary.reading(kind)
    #expect(r.count > 40)
    #expect(r.contains("AAA") || r.contains("correlation"))
    #expect(r.rangeOfCharacter(from: .decimalDigits) != nil)
  }

  @Test func logScaleIsChosenForWideRanges() {
    var o = ChartOptions()
    #expect(Self.summary.performanceChart(o).yScale == .log)  // AAA falls to about 1/5 of BBB
    o.scale = .linear
    #expect(Self.summary.performanceChart(o).yScale == .linear)
  }
}
