import DecoupleAnalysis
import DecoupleData
import DecoupleStats
import TestSupport
import Testing

/// `DriverAttribution.compute` (both overloads) and the report's drivers: the library behind
/// `decouple drivers`.
@Suite struct DriverAttributionTests {
  static func panel(from: Day? = nil, to: Day? = nil) throws -> FactorPanel {
    let inputs = try EmbeddedInputs.drivers()
    let s = try Embedded.series("ETH", "RUT")
    return FactorPanel.build(
      target: s[0], equity: s[1], btc: inputs.btc, dgs2: inputs.dgs2, flows: inputs.flows,
      supply: inputs.supply, from: from, to: to)
  }

  /// Equal values, NaN where NaN (`==` on the struct is false for any NaN).
  static func same(_ a: RollingShapley, _ b: RollingShapley) -> Bool {
    worstDifference(a.rSquared, b.rSquared) == 0 && a.count == b.count
      && zip(a.shares, b.shares).allSatisfy { worstDifference($0, $1) == 0 }
  }

  /// The series overload is the panel overload on `FactorPanel.build` over the options' range;
  /// the report carries the same attribution.
  @Test func theOverloadsAndTheReportAgree() throws {
    let s = try Embedded.series("ETH", "RUT")
    let from = Day(iso: "2023-01-01")!
    let options = AnalysisOptions(window: 60, from: from)
    let bySeries = try DriverAttribution.compute(
      target: s[0], equity: s[1], inputs: try EmbeddedInputs.drivers(), options: options)
    let byPanel = DriverAttribution.compute(try Self.panel(from: from), window: 60)
    #expect(bySeries.panel.days == byPanel.panel.days && bySeries.panel.days.first! > from)
    #expect(Self.same(bySeries.rolling, byPanel.rolling))
    #expect(bySeries.periods.map(\.rSquared) == byPanel.periods.map(\.rSquared))
    let report = try DecouplingAnalysis.report(
      s[0], s[1], options: options, drivers: try EmbeddedInputs.drivers())
    let fromReport = try #require(report.drivers)
    #expect(Self.same(fromReport.rolling, byPanel.rolling) && report.driversUnavailable == nil)
  }

  /// Shapley shares add up to the R² of the full regression: each window's (DriversCommandTests
  /// checks the current one through the CLI), and each year's, whose R² is the OLS fit of ETH
  /// on the factors present all year. 2022 has no ETF flows: that share is undefined, not zero.
  @Test func sharesAddUpToTheRegressionsRSquared() throws {
    let panel = try Self.panel()
    let a = DriverAttribution.compute(panel, window: 90)
    let i = try #require(a.latestIndex)
    #expect(i == panel.days.count - 1 || a.rolling.rSquared[(i + 1)...].allSatisfy { $0.isNaN })
    let current = (0..<5).map { a.rolling.shares[$0][i] }.filter { !$0.isNaN }
    #expect(abs(current.reduce(0, +) - a.rolling.rSquared[i]) < 1e-9)
    let y2022 = try #require(a.periods.first { $0.label == "2022" })
    #expect(y2022.shares[3].isNaN && !y2022.shares[0].isNaN && !y2022.shares[1].isNaN)
    for p in a.periods {
      let rows = panel.days.indices.filter { panel.days[$0] >= p.from && panel.days[$0] <= p.to }
      let active = (0..<5).filter { !p.shares[$0].isNaN }
      let fit = OLS.fit(
        rows.map { panel.targetReturns[$0] },
        on: active.map { j in rows.map { panel.factors[j][$0] } })
      #expect(abs(fit.rSquared - p.rSquared) < 1e-9, "\(p.label)")
      #expect(abs(active.map { p.shares[$0] }.reduce(0, +) - p.rSquared) < 1e-9, "\(p.label)")
    }
    // The mean share of a year is the mean of that year's defined rolling shares.
    let days2025 = panel.days.indices.filter { panel.days[$0].components.year == 2025 }
    let btc = days2025.map { a.rolling.shares[1][$0] }.filter { !$0.isNaN }
    #expect(abs(a.meanShares(year: 2025)[1] - btc.reduce(0, +) / Double(btc.count)) < 1e-12)
  }

  /// Too short a panel names the numbers: a window of the whole panel needs one day more.
  @Test func tooShortNamesTheNumbers() throws {
    let s = try Embedded.series("ETH", "RUT")
    let days = try Self.panel().days.count
    let short = historyTooShort {
      _ = try DriverAttribution.compute(
        target: s[0], equity: s[1], inputs: try EmbeddedInputs.drivers(),
        options: .init(window: days))
    }
    #expect(short?.needed == days + 1 && short?.available == days)
    // In the report it is a note, not a failure: the pair itself has enough history.
    let report = try DecouplingAnalysis.report(
      s[0], s[1], options: .init(window: days, minPeriods: 90),
      drivers: try EmbeddedInputs.drivers())
    #expect(report.drivers == nil && report.driversUnavailable != nil)
  }
}
