import DecoupleAnalysis
import DecoupleData
import DecoupleStats
import Foundation
import TestSupport
import Testing

@Suite struct StationarityAnalysisTests {
  @Test(arguments: [
    (true, false, StationarityAnalysis.Reading.stationary), (false, true, .unitRoot),
    (true, true, .conflicting), (false, false, .inconclusive),
  ])
  func readingsCombineBothTests(_ adf: Bool, _ kpss: Bool, _ expected: StationarityAnalysis.Reading)
  {
    #expect(StationarityAnalysis.Reading(adfRejects: adf, kpssRejects: kpss) == expected)
  }

  @Test func logPricesAreTheDefaultAndMatchTheOracleInput() throws {
    let eth = try Dataset.load("ETH")
    let r = try StationarityAnalysis.analyze(eth)
    // The oracle's ts_logETH.csv is log(closes) from pandas: the same values to the last bit
    // (both take the natural log of the same doubles with the platform libm).
    let expected = try Oracle.series("logETH")
    #expect(r.series.values.count == expected.count)
    #expect(zip(r.series.values, expected).allSatisfy { abs($0 - $1) <= 1e-15 * abs($1) })
    #expect(r.reading == .unitRoot)
    #expect(r.sentence.hasPrefix("ADF does not reject a unit root at 5%; KPSS rejects"))
  }

  @Test func returnsDropTheFirstDay() throws {
    let eth = try Dataset.load("ETH")
    var options = StationarityAnalysis.Options()
    options.sample.scale = .returns
    let r = try StationarityAnalysis.analyze(eth, options: options)
    #expect(r.series.days.first == eth.days[1])
    #expect(r.reading == .stationary)
  }

  @Test func aNonPositivePriceIsNamedByItsDate() throws {
    let s = Synthetic.series(
      "X", [("2024-01-01", 1), ("2024-01-02", 2), ("2024-01-03", 0), ("2024-01-04", 3)])
    #expect(
      throws: EconometricsError.nonPositivePrice(name: "X", day: Day(iso: "2024-01-03")!, value: 0)
    ) { try StationarityAnalysis.analyze(s) }
  }

  @Test func returnInputCannotBeReadAsPrices() throws {
    let s = Synthetic.series("R", [("2024-01-01", 0.1), ("2024-01-02", -0.1)])
    var options = StationarityAnalysis.Options()
    options.sample.input = .returns
    options.sample.scale = .logPrices
    #expect(throws: EconometricsError.self) {
      try StationarityAnalysis.analyze(s, options: options)
    }
  }

  @Test func aShortRangeSaysWhichDaysItSaw() throws {
    var options = StationarityAnalysis.Options()
    options.sample.from = Day(iso: "2026-05-25")
    options.lags = 10
    do {
      _ = try StationarityAnalysis.analyze(try Dataset.load("ETH"), options: options)
      Issue.record("no error")
    } catch let e as EconometricsError {
      #expect("\(e)".hasPrefix("ETH (2026-05-25 to 2026-06-04): The ADF test with 10 lags"))
    }
  }
}
