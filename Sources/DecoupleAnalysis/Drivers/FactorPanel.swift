import DecoupleData
import Foundation

/// ETH's return and its candidate drivers on common days, each change running from the
/// previous common day (a crypto weekend folds into Monday, as everywhere in Decouple).
///
/// Days are those where the target, the equity index and BTC all have a close. Factors:
/// - `equity`, `BTC`: log returns;
/// - `rates`: change of the 2-year Treasury yield (DGS2), basis points, between the last
///   published values on or before each day (NaN when either is more than 5 days stale);
/// - `flows`: US spot ETH ETF net flows summed over the days since the previous common day,
///   US$ billions; NaN before the first fund's launch and after the flow file ends (the factor
///   does not exist there — it is not zero);
/// - `supply`: ETH supply growth over the same days, annualised percent, from ``SupplyModel``;
///   NaN where any day of the interval is a supply gap.
public struct FactorPanel: Sendable {
  public var target: String
  public var days: [Day]
  public var targetReturns: [Double]
  public var factorNames: [String]
  /// `factors[j][i]`, aligned with `days`.
  public var factors: [[Double]]

  /// The factor names in order: equity, BTC, rates, flows, supply.
  public static func names(equity: String) -> [String] {
    [equity, "BTC", "DGS2 change (bp)", "ETH ETF flows (US$ bn)", "supply growth (%/yr)"]
  }

  public static func build(
    target: DailySeries, equity: DailySeries, btc: DailySeries, dgs2: DailySeries,
    flows: DailySeries, supply: SupplyModel, from: Day? = nil, to: Day? = nil
  ) -> FactorPanel {
    let t = Dictionary(uniqueKeysWithValues: zip(target.days, target.values))
    let b = Dictionary(uniqueKeysWithValues: zip(btc.days, btc.values))
    let common = equity.days.indices.filter { i in
      let d = equity.days[i]
      return t[d] != nil && b[d] != nil && (from.map { d >= $0 } ?? true)
        && (to.map { d <= $0 } ?? true)
    }
    let flowMap = Dictionary(uniqueKeysWithValues: zip(flows.days, flows.values))
    var days: [Day] = []
    var y: [Double] = []
    var f = [[Double]](repeating: [], count: 5)
    for (p, i) in zip(common, common.dropFirst()) {
      let d0 = equity.days[p]
      let d1 = equity.days[i]
      days.append(d1)
      y.append(log(t[d1]! / t[d0]!))
      f[0].append(log(equity.values[i] / equity.values[p]))
      f[1].append(log(b[d1]! / b[d0]!))
      if let r1 = Self.asOf(dgs2, d1), let r0 = Self.asOf(dgs2, d0) {
        f[2].append((r1 - r0) * 100)
      } else {
        f[2].append(.nan)
      }
      if let first = flows.firstDay, let last = flows.lastDay, d0 >= first, d1 <= last {
        var sum = 0.0
        var d = d0.adding(days: 1)
        while d <= d1 {
          sum += flowMap[d] ?? 0
          d = d.adding(days: 1)
        }
        f[3].append(sum / 1000)
      } else {
        f[3].append(.nan)
      }
      if let s1 = supply.row(d1), let s0 = supply.row(d0), let v1 = s1.supply,
        let v0 = s0.supply, s1.supplySource == s0.supplySource,
        (d0.daysSince1970...d1.daysSince1970).allSatisfy({
          supply.row(Day(daysSince1970: $0))?.supply != nil
        })
      {
        let n = Double(d1.daysSince1970 - d0.daysSince1970)
        f[4].append((v1 / v0 - 1) * 365.25 / n * 100)
      } else {
        f[4].append(.nan)
      }
    }
    return FactorPanel(
      target: target.name, days: days, targetReturns: y, factorNames: names(equity: equity.name),
      factors: f)
  }

  /// The last value of `s` on or before `day`, if at most 5 days old.
  static func asOf(_ s: DailySeries, _ day: Day) -> Double? {
    var lo = 0
    var hi = s.days.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if s.days[mid] <= day { lo = mid + 1 } else { hi = mid }
    }
    guard lo > 0, day.daysSince1970 - s.days[lo - 1].daysSince1970 <= 5 else { return nil }
    return s.values[lo - 1]
  }
}
