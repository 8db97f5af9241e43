import DecoupleAnalysis
import DecoupleData
import DecoupleSeries
import TestSupport
import Testing

/// `SampleOptions.prepare`: the sample a time-series test sees.
@Suite struct SeriesScaleTests {
  /// Reference: the inputs tools/oracle/unitroot.py gave statsmodels: numpy log of ETH's
  /// closes, their differences, and the logs of ETH and RUT on common days (ts_*.csv). 1e-12
  /// absolute: logs of the same closes.
  @Test func preparedValuesAreTheOraclesInputs() throws {
    let (eth, rut) = (try Dataset.load("ETH"), try Dataset.load("RUT"))
    let logs = try SampleOptions().prepare(eth)
    #expect(logs.days == eth.days)
    #expect(worstDifference(logs.values, try Oracle.series("logETH")) < 1e-12)
    let returns = try SampleOptions(scale: .returns).prepare(eth)
    #expect(returns.days == Array(eth.days.dropFirst()))
    #expect(worstDifference(returns.values, try Oracle.series("returnETH")) < 1e-12)
    let (a, b) = try SampleOptions().prepare(eth, rut)
    #expect(a.days == b.days && a.name == "ETH" && b.name == "RUT")
    #expect(worstDifference(a.values, try Oracle.series("logETHwithRUT")) < 1e-12)
    #expect(worstDifference(b.values, try Oracle.series("logRUTwithETH")) < 1e-12)
    let prices = try SampleOptions(scale: .prices).prepare(eth)
    #expect(prices.values == eth.values)
  }

  /// Range and sampling: weekly keeps the last close of each ISO week within the range.
  @Test func rangeAndWeeklySampling() throws {
    let eth = try Dataset.load("ETH")
    let (from, to) = (Day(iso: "2024-01-01")!, Day(iso: "2024-03-31")!)
    let p = try SampleOptions(from: from, to: to, frequency: .weekly, scale: .prices).prepare(eth)
    #expect(p.days.first! >= from && p.days.last! <= to && p.days.count == 13)
    #expect(p.days.dropLast().allSatisfy { $0.weekday == 7 })
  }

  /// Returns cannot be turned back into prices: asking for log prices is an error naming it.
  @Test func returnInputNeedsTheReturnsScale() throws {
    let r = Synthetic.series("R", [("2024-01-02", 0.01), ("2024-01-03", -0.02)])
    #expect(throws: EconometricsError.scaleNeedsPrices(name: "R", scale: "log-prices")) {
      try SampleOptions(input: .returns, scale: .logPrices).prepare(r)
    }
    #expect(try SampleOptions(input: .returns).prepare(r).values == [0.01, -0.02])
  }
}
