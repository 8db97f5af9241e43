import DecoupleData
import DecoupleSeries
import DecoupleStats
import Foundation

/// User-given shocks mapped to expected moves of targets, with OLS prediction intervals.
///
/// Each target's weekly log return (last common close of each ISO week) is regressed on the
/// shocked factors only, over the sample: the 2-year yield change (bp) and/or US spot ETH ETF
/// net flows summed over the week (US$ bn). The shock is one week's factor move; the answer
/// is the fitted return at that move, exp(ŷ) − 1, with its prediction interval for one week.
public struct Scenario: Sendable {
  public struct Shock: Sendable, Equatable {
    /// Change of the 2-year yield over a week, basis points.
    public var ratesBP: Double?
    /// ETH ETF net flows over a week, US$ billions.
    public var flowsBillions: Double?

    public init(ratesBP: Double? = nil, flowsBillions: Double? = nil) {
      self.ratesBP = ratesBP
      self.flowsBillions = flowsBillions
    }
  }

  public struct Outcome: Sendable {
    public var target: String
    public var prediction: OLSPrediction
    /// exp(·) − 1 of the mean and of the prediction interval: the move in percent / 100.
    public var move: Double { exp(prediction.mean) - 1 }
    public var lower: Double { exp(prediction.lower) - 1 }
    public var upper: Double { exp(prediction.upper) - 1 }
  }

  public var shock: Shock
  public var factorNames: [String]
  public var from: Day
  public var to: Day
  public var weeks: Int
  public var outcomes: [Outcome]

  /// - Throws: `AnalysisError.historyTooShort` when fewer than 10 weeks have every factor.
  public static func compute(
    shock: Shock, targets: [DailySeries], dgs2: DailySeries, flows: DailySeries,
    from: Day?, to: Day?, level: Double = 0.95
  ) throws -> Scenario {
    precondition(shock.ratesBP != nil || shock.flowsBillions != nil, "at least one shock")
    // Weekly closes of every target on their common days.
    let common = CommonCloses(targets.map { $0.clipped(from: from, to: to) }).sampled(.weekly)
    let days = common.days
    let flowMap = Dictionary(uniqueKeysWithValues: zip(flows.days, flows.values))
    var x: [[Double]] = []
    var names: [String] = []
    var x0: [Double] = []
    if let r = shock.ratesBP {
      names.append("DGS2 change (bp)")
      x0.append(r)
      x.append(
        zip(days, days.dropFirst()).map { d0, d1 in
          guard let a = FactorPanel.asOf(dgs2, d1), let b = FactorPanel.asOf(dgs2, d0) else {
            return .nan
          }
          return (a - b) * 100
        })
    }
    if let f = shock.flowsBillions {
      names.append("ETH ETF flows (US$ bn/week)")
      x0.append(f)
      x.append(
        zip(days, days.dropFirst()).map { d0, d1 in
          guard let first = flows.firstDay, let last = flows.lastDay, d0 >= first, d1 <= last
          else { return .nan }
          var s = 0.0
          var d = d0.adding(days: 1)
          while d <= d1 {
            s += flowMap[d] ?? 0
            d = d.adding(days: 1)
          }
          return s / 1000
        })
    }
    let ys = common.closes.map { Returns.compute($0, kind: .log) }
    let valid = (0..<max(days.count - 1, 0)).filter { i in x.allSatisfy { !$0[i].isNaN } }
    guard valid.count >= 10 else {
      throw AnalysisError.historyTooShort(
        a: targets[0].name, b: names.joined(separator: ", "), needed: 10,
        available: valid.count, first: days.first, last: days.last)
    }
    let outcomes = zip(targets, ys).map { t, y in
      Outcome(
        target: t.name,
        prediction: OLS.predict(
          valid.map { y[$0] }, on: x.map { c in valid.map { c[$0] } }, at: x0, level: level))
    }
    return Scenario(
      shock: shock, factorNames: names, from: days[valid.first!], to: days[valid.last! + 1],
      weeks: valid.count, outcomes: outcomes)
  }
}
