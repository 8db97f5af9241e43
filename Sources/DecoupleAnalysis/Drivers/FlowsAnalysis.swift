import DecoupleData
import DecoupleStats
import Foundation

/// US spot ETF net flows of one asset: per fund and total, daily and cumulative, as shares of
/// market capitalisation and (ETH) of the liquid float, and their behaviour on down days.
public struct FlowsAnalysis: Sendable {
  public var asset: String
  public var funds: [String]
  public var days: [Day]
  /// `fundFlows[f][i]`, US$ millions; `total[i]` their sum (the file's total column).
  public var fundFlows: [[Double]]
  public var total: [Double]
  public var cumulative: [Double]
  /// The asset's close on each flow day (NaN where the price file has none).
  public var price: [Double]
  /// total / market cap, and cumulative / market cap.
  public var flowShareOfMarketCap: [Double]
  public var cumulativeShareOfMarketCap: [Double]
  /// ETH only: estimated ETF-held ETH / liquid float (NaN for BTC and on gaps).
  public var heldShareOfLiquidFloat: [Double]
  /// How supply (for market cap) was obtained, in words.
  public var supplyNote: String
  /// Daily flows on days the asset fell more than `threshold` vs other days.
  public var threshold: Double
  public var stress: WelchResult
  /// Share of stress days and of other days with a net outflow.
  public var stressOutflowShare: Double
  public var otherOutflowShare: Double

  /// BTC supply from the issuance schedule: 19,687,500 BTC at the 2024-04-20 halving (block
  /// 840,000) and 144 blocks a day, 6.25 BTC a block before it and 3.125 after. An estimate
  /// (blocks come ~1 % faster than 144/day); good to well under 1 % over 2024–2026.
  public static func btcSupply(_ day: Day) -> Double {
    let halving = Day(year: 2024, month: 4, day: 20)!
    let n = Double(day.daysSince1970 - halving.daysSince1970)
    return 19_687_500 + n * 144 * (n >= 0 ? 3.125 : 6.25)
  }

  /// - Parameters:
  ///   - total: the total net flows of all funds, US$ millions a day (Farside `Total`).
  ///   - funds: each fund's net flows (may be empty: then no per-fund table).
  ///   - threshold: a down day is one with a daily log return below `log(1 − threshold)`.
  public static func compute(
    asset: String, total totalSeries: DailySeries, funds: [DailySeries], price: DailySeries,
    supply: SupplyModel?, threshold: Double = 0.05
  ) throws -> FlowsAnalysis {
    let days = totalSeries.days
    let p = Dictionary(uniqueKeysWithValues: zip(price.days, price.values))
    let fundFlows = funds.map { f in
      let m = Dictionary(uniqueKeysWithValues: zip(f.days, f.values))
      return days.map { m[$0] ?? .nan }
    }
    var cumulative: [Double] = []
    var run = 0.0
    for v in totalSeries.values {
      run += v
      cumulative.append(run)
    }
    let closes = days.map { p[$0] ?? .nan }
    let supplies: [Double] = days.map { d in
      if asset == "BTC" { return btcSupply(d) }
      return supply?.row(d)?.supply ?? .nan
    }
    let cap = zip(closes, supplies).map { $0 * $1 / 1e6 }  // US$ millions
    let share = zip(totalSeries.values, cap).map { $0 / $1 }
    let cumShare = zip(cumulative, cap).map { $0 / $1 }
    let floatShare = days.map { d -> Double in
      guard asset == "ETH", let r = supply?.row(d), let h = r.etfHeld, let f = r.liquidFloat
      else { return .nan }
      return h / f
    }
    // Returns between consecutive flow days (the ETF's trading days).
    var stressFlows: [Double] = []
    var otherFlows: [Double] = []
    for i in 1..<days.count where closes[i] > 0 && closes[i - 1] > 0 {
      let r = log(closes[i] / closes[i - 1])
      if r < log(1 - threshold) {
        stressFlows.append(totalSeries.values[i])
      } else {
        otherFlows.append(totalSeries.values[i])
      }
    }
    func outShare(_ v: [Double]) -> Double {
      v.isEmpty ? .nan : Double(v.filter { $0 < 0 }.count) / Double(v.count)
    }
    return FlowsAnalysis(
      asset: asset, funds: funds.map(\.name), days: days, fundFlows: fundFlows,
      total: totalSeries.values, cumulative: cumulative, price: closes,
      flowShareOfMarketCap: share, cumulativeShareOfMarketCap: cumShare,
      heldShareOfLiquidFloat: floatShare,
      supplyNote: asset == "BTC"
        ? "BTC supply estimated from the issuance schedule (144 blocks/day from the 2024 halving)"
        : "ETH supply from the supply model (gaps give no market cap)",
      threshold: threshold, stress: WelchTest.test(stressFlows, otherFlows),
      stressOutflowShare: outShare(stressFlows), otherOutflowShare: outShare(otherFlows))
  }
}
