import DecoupleAnalysis
import DecoupleData
import Foundation
import TestSupport
import Testing

/// `FlowsAnalysis.compute` and `FlowsAnalysis.btcSupply`: the library behind `decouple flows`.
@Suite struct FlowsAnalysisTests {
  static func eth(threshold: Double = 0.05) throws -> FlowsAnalysis {
    try FlowsAnalysis.compute(
      asset: "ETH", total: try Dataset.load("ETH-ETF-FLOWS"),
      funds: try ["ETHA", "FETH"].map { try Dataset.load("ETH-ETF-FLOWS:" + $0) },
      price: try Dataset.load("ETH"), supply: SupplyModel.build(try EmbeddedInputs.supply()),
      threshold: threshold)
  }

  /// The cumulative flow is the running total; market-cap and float shares are the day's flow
  /// over price × supply and ETF holdings over the liquid float, from the supply model's row.
  @Test func ethSharesComeFromPriceAndTheSupplyModel() throws {
    let f = try Self.eth()
    let total = try Dataset.load("ETH-ETF-FLOWS")
    #expect(f.days == total.days && f.funds.count == 2 && f.funds[0].hasSuffix("ETHA"))
    #expect(abs(f.cumulative.last! - total.values.reduce(0, +)) < 1e-6)
    let model = SupplyModel.build(try EmbeddedInputs.supply())
    let day = Day(iso: "2025-07-01")!
    let i = try #require(f.days.firstIndex(of: day))
    let row = try #require(model.row(day))
    let eth = try Dataset.load("ETH")
    let close = eth.values[eth.days.firstIndex(of: day)!]
    #expect(f.price[i] == close)
    #expect(abs(f.flowShareOfMarketCap[i] - f.total[i] / (close * row.supply! / 1e6)) < 1e-15)
    #expect(abs(f.heldShareOfLiquidFloat[i] - row.etfHeld! / row.liquidFloat!) < 1e-15)
    let etha = try Dataset.load("ETH-ETF-FLOWS:ETHA")
    #expect(f.fundFlows[0][i] == etha.values[etha.days.firstIndex(of: day)!])
  }

  /// DriversCommandTests: more than 10 stress days for each asset. A deeper drawdown can only
  /// leave fewer stress days (monotone), and every flow day is one or the other.
  @Test func stressDaysShrinkWithADeeperDrawdown() throws {
    let (five, ten) = (try Self.eth(threshold: 0.05), try Self.eth(threshold: 0.10))
    #expect(five.stress.countA > 10 && ten.stress.countA < five.stress.countA)
    #expect(five.stress.countA + five.stress.countB == ten.stress.countA + ten.stress.countB)
    #expect(five.stress.countA + five.stress.countB <= five.days.count - 1)
    #expect((0...1).contains(five.stressOutflowShare) && (0...1).contains(five.otherOutflowShare))
    let btc = try FlowsAnalysis.compute(
      asset: "BTC", total: try Dataset.load("BTC-ETF-FLOWS"), funds: [],
      price: try Dataset.load("BTC"), supply: nil)
    #expect(btc.stress.countA > 10 && btc.fundFlows.isEmpty)
    #expect(btc.heldShareOfLiquidFloat.allSatisfy { $0.isNaN })
  }

  /// The issuance schedule: 19,687,500 BTC at the 2024-04-20 halving, then 144 × 3.125 = 450
  /// a day; before it 144 × 6.25 = 900 a day.
  @Test func btcSupplyFollowsTheHalving() {
    let halving = Day(iso: "2024-04-20")!
    #expect(FlowsAnalysis.btcSupply(halving) == 19_687_500)
    #expect(FlowsAnalysis.btcSupply(halving.adding(days: 10)) == 19_687_500 + 4_500)
    #expect(FlowsAnalysis.btcSupply(halving.adding(days: -10)) == 19_687_500 - 9_000)
  }
}
