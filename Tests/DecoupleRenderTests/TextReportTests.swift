import DecoupleAnalysis
import DecoupleRender
import Foundation
import TestSupport
import Testing

@Suite struct TextReportTests {
  public static func summary() throws -> DecouplingSummary {
    var g = SplitMix64(seed: 1)
    let b = (0..<400).map { _ in 0.01 * g.normal() }
    let a = b.map { $0 - 0.004 + 0.003 * g.normal() }
    return try DecouplingAnalysis.analyze(
      Synthetic.prices(name: "AAA", logReturns: a), Synthetic.prices(name: "BBB", logReturns: b),
      options: .init(window: 60))
  }

  @Test func verdictComesFirstAndEveryLineFitsOneHundredColumns() throws {
    let s = try Self.summary()
    let lines = s.text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0].hasPrefix("AAA vs BBB"))
    // The header (window, history), a blank line, then the verdict.
    let blank = try #require(lines.firstIndex(of: ""))
    #expect(lines[blank + 1].hasPrefix(s.verdict.headline.prefix(20)))
    for line in lines { #expect(line.count <= 100, "too wide: \(line)") }
    #expect(s.text.contains("▁") || s.text.contains("█"))
    for m in DecouplingMeasure.allCases { #expect(s.text.contains(m.label)) }
  }

  @Test func jsonFollowsTheDocumentedSchema() throws {
    let s = try Self.summary()
    let object =
      try JSONSerialization.jsonObject(with: Data(s.json.serialized().utf8)) as! [String: Any]
    let pair = object["pair"] as! [String: Any]
    #expect(pair["a"] as? String == "AAA" && pair["b"] as? String == "BBB")
    #expect(object["window"] as? Int == 60)
    #expect(object["asOf"] as? String == s.asOf.iso)
    #expect(object["observations"] as? Int == 400)
    let measures = object["measures"] as! [String: Any]
    for key in ["correlation", "gap", "residualDrift", "beta"] {
      let m = measures[key] as! [String: Any]
      #expect(m["current"] is Double)
      #expect(m["percentile"] is Double)
      let low = m["recordLow"] as! [String: Any]
      #expect(low["value"] is Double && low["date"] is String)
      #expect(m["recordHigh"] is [String: Any])
    }
    #expect((object["verdict"] as! [String: Any])["headline"] as? String == s.verdict.headline)
    let series = object["series"] as! [[String: Any]]
    #expect(series.count == 400)
    #expect(series[0]["correlation"] is NSNull)  // undefined before the window fills
    #expect(series[399]["beta"] is Double)
    #expect(Set(series[0].keys) == Set(DecouplingSummary.Row.columns))
    #expect(series[399]["correlationPercentile"] is Double)
  }

  @Test func csvHasTheSeriesRows() throws {
    let s = try Self.summary()
    let lines = s.csv.split(separator: "\n")
    #expect(lines.count == 401)
    #expect(lines[0] == DecouplingSummary.Row.columns.joined(separator: ","))
    #expect(
      lines[0].hasPrefix("date,correlation,gap,residualDrift,beta,closeA,closeB,returnA,returnB"))
    #expect(lines[1].hasPrefix(s.rows[0].date.iso + ",,,,,"))
  }
}
