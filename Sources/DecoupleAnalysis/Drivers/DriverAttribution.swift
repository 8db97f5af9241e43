import DecoupleData
import DecoupleStats

/// How much of ETH's return variance each driver explains, through time: a rolling Shapley R²
/// decomposition of the multi-factor regression on a ``FactorPanel``, plus the same
/// decomposition per calendar year.
public struct DriverAttribution: Sendable {
  public var panel: FactorPanel
  public var window: Int
  /// Rolling decomposition aligned with `panel.days`.
  public var rolling: RollingShapley

  /// One calendar year's decomposition (factors present on every day of the year only).
  public struct Period: Sendable {
    public var label: String
    public var from: Day
    public var to: Day
    public var count: Int
    public var rSquared: Double
    /// Per factor; NaN when the factor was not in that year's model.
    public var shares: [Double]
  }

  public var periods: [Period]

  /// The last day with a defined decomposition.
  public var latestIndex: Int? { rolling.rSquared.lastIndex { !$0.isNaN } }

  /// The mean of the rolling shares over the windows ending in `year` (NaN-skipping).
  public func meanShares(year: Int) -> [Double] {
    let idx = panel.days.indices.filter { panel.days[$0].components.year == year }
    return (0..<panel.factors.count).map { j in
      let v = idx.map { rolling.shares[j][$0] }.filter { !$0.isNaN }
      return v.isEmpty ? .nan : v.reduce(0, +) / Double(v.count)
    }
  }

  public static func compute(_ panel: FactorPanel, window: Int, minPeriods: Int? = nil)
    -> DriverAttribution
  {
    let rolling = Rolling.shapleyR2(
      panel.targetReturns, on: panel.factors, window: window, minPeriods: minPeriods)
    var periods: [Period] = []
    let years = Set(panel.days.map { $0.components.year }).sorted()
    for year in years {
      let idx = panel.days.indices.filter { panel.days[$0].components.year == year }
      guard idx.count >= 20 else { continue }
      let y = idx.map { panel.targetReturns[$0] }
      let active = panel.factors.indices.filter { j in
        let v = idx.map { panel.factors[j][$0] }
        return !v.contains { $0.isNaN } && Set(v).count > 1
      }
      guard !active.isEmpty,
        let d = ShapleyR2.decompose(y, on: active.map { j in idx.map { panel.factors[j][$0] } })
      else { continue }
      var shares = [Double](repeating: .nan, count: panel.factors.count)
      for (p, j) in active.enumerated() { shares[j] = d.shares[p] }
      periods.append(
        Period(
          label: String(year), from: panel.days[idx.first!], to: panel.days[idx.last!],
          count: d.count, rSquared: d.rSquared, shares: shares))
    }
    return DriverAttribution(panel: panel, window: window, rolling: rolling, periods: periods)
  }
}
