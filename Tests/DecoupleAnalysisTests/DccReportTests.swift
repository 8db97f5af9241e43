import DecoupleAnalysis
import DecoupleData
import DecoupleSeries
import DecoupleStats
import Foundation
import TestSupport
import Testing

/// `DccReport`: the library behind `decouple dcc`.
@Suite struct DccReportTests {
  /// The rmgarch dji30ret extract (1,000 days × 5 stocks, percent returns) as series of
  /// fractional returns, so that the panel's ×100 gives back the fixture's numbers.
  static func dji30() throws -> [DailySeries] {
    let t = try NumericTable(fixture: "oracle/dcc_dji30ret_1000x5.csv")
    let days = t.dates.map { Day(iso: $0)! }
    return ["AA", "AXP", "BA", "BAC", "C"].map { name in
      DailySeries(
        name: name, days: days, values: t[name].map { $0 / 100 }, calendar: .exchange,
        source: SeriesSource(file: "dcc_dji30ret_1000x5.csv", format: "test", column: name))
    }
  }

  /// Reference: the independent numpy/scipy DCC on arch's stage one (tools/oracle/dcc.py,
  /// dcc_check.json), with DccTests' tolerances (a 1e-4, b 1e-3, correlation log-likelihood
  /// 1e-4); the CLI test pins a = 0.00764 ± 5e-4 on the same file.
  @Test func dji30MatchesTheIndependentFit() throws {
    let t = try NumericTable(fixture: "oracle/dcc_dji30ret_1000x5.csv")
    let panel = try ReturnPanel(Self.dji30(), input: .returns)
    #expect(worstDifference(panel.returns[1], t["AXP"]) < 1e-12)
    let report = try DccReport(panel)
    let check = try Oracle.json("dcc_check.json")
    #expect(abs(report.fit.a - check.number("a")) < 1e-4)
    #expect(abs(report.fit.b - check.number("b")) < 1e-3)
    let ll = check.number("correlationLogLikelihood")
    #expect(abs(report.fit.correlationLogLikelihood - ll) < 1e-4)
    #expect(report.fit.count == 1_000 && report.fit.dimension == 5)
    // Pairs in order (0,1), (0,2), …, (3,4); a correlation shock decays by a + b a day, so
    // it halves after the half-life.
    #expect(report.pairs.count == 10)
    #expect(
      report.pairs.map { "\($0.0)\($0.1)" } == [
        "01", "02", "03", "04", "12", "13", "14", "23", "24", "34",
      ])
    let h = try #require(report.halfLife)
    #expect(abs(pow(report.fit.a + report.fit.b, h) - 0.5) < 1e-12)
  }

  /// Three weeks of ETH and RUT are too few for the GARCH margins.
  @Test func tooShortIsAnEstimationError() throws {
    let s = try Embedded.series("ETH", "RUT")
    let panel = try ReturnPanel(s, from: Day(iso: "2026-05-01"))
    #expect(throws: EstimationError.self) { try DccReport(panel) }
  }
}
