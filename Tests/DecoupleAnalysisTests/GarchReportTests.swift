import DecoupleAnalysis
import DecoupleData
import DecoupleSeries
import DecoupleStats
import TestSupport
import Testing

/// `GarchReport`: the library behind `decouple garch`.
@Suite struct GarchReportTests {
  /// Reference: arch 8.0.0 `arch_model(r, mean="Constant", vol="GARCH", dist="t").fit()` on
  /// ETH's percent log returns (tools/oracle/garch.py, garch_ETH.csv and garch_ETH_t.json).
  /// The panel must hold the fixture's returns (1e-10 absolute: log of the same closes); the
  /// fit is GarchTests' to the issue's tolerances (estimates 1e-3 absolute, log-likelihood
  /// 1e-4 relative), the log-likelihood and ν the numbers GarchCommandTests reads from the CLI.
  @Test func ethStudentTMatchesArch() throws {
    let eth = try Dataset.load("ETH")
    let returns = try NumericTable(fixture: "oracle/garch_ETH.csv")
    let report = try GarchReport(ReturnPanel([eth]), distribution: .studentT)
    #expect(report.name == "ETH" && report.panel.days.map(\.iso) == returns.dates)
    #expect(worstDifference(report.panel.returns[0], returns["return"]) < 1e-10)
    let ref = try Oracle.json("garch_ETH_t.json")
    let fit = ref["default"] as! [String: Any]
    #expect(report.fit.count == Int(ref.number("nobs")))
    for (got, want) in zip(report.fit.parameters, fit.numbers("params")) {
      #expect(abs(got - want) <= 1e-3)
    }
    let ll = fit.number("logLikelihood")
    #expect(abs(report.fit.logLikelihood - ll) <= 1e-4 * abs(ll))
    #expect(abs(ll - -8662.122542602265) < 1e-9 && abs(report.fit.nu! - 3.226980406714575) < 1e-3)
  }

  /// 365 observations a year for a 24/7 market's days, 252 for exchange days, 52 weeks.
  @Test func periodsPerYearFollowTheCalendar() throws {
    let (eth, rut) = (try Dataset.load("ETH"), try Dataset.load("RUT"))
    #expect(GarchReport.periodsPerYear(.daily, calendar: eth.calendar) == 365)
    #expect(GarchReport.periodsPerYear(.daily, calendar: rut.calendar) == 252)
    #expect(GarchReport.periodsPerYear(.weekly, calendar: eth.calendar) == 52)
    #expect(GarchReport.periodsPerYear(.weekly, calendar: rut.calendar) == 52)
  }

  /// A few days of RUT are too few: the estimator's error names its minimum (the CLI prints
  /// "needs at least 100 observations").
  @Test func tooShortIsAnEstimationError() throws {
    let rut = try Dataset.load("RUT")
    let panel = try ReturnPanel([rut], from: Day(iso: "2026-06-01"))
    #expect(panel.count < 100)
    let error = #expect(throws: EstimationError.self) { try GarchReport(panel) }
    guard case let .tooShort(_, needed, count) = error else {
      Issue.record("\(String(describing: error))")
      return
    }
    #expect(needed == 100 && count == panel.count)
  }
}
