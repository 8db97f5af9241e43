import DecoupleData
import DecoupleSeries
import DecoupleStats
import Foundation

/// Rates beside the pair: the 2-year and 10-year Treasury yields, the effective fed funds rate,
/// the 2-year minus fed-funds spread (a market-implied path proxy: positive when the market
/// prices hikes, negative when it prices cuts), and how sensitive each asset is to rate moves.
public struct RateSensitivity: Sendable {
  /// One asset's rolling sensitivity to daily changes of a yield.
  public struct Sensitivity: Sendable {
    public var asset: String
    /// The asset's log return per 100 bp move of the yield (OLS beta over the window).
    public var betaPer100bp: MeasureSummary
    /// Correlation of the asset's returns with the yield changes.
    public var correlation: MeasureSummary
    public var days: [Day]
    public var betas: [Double]
  }

  public var asOf: Day
  /// Latest levels in percent: DGS2, DGS10, DFF, and the 2-year minus fed-funds spread.
  public var levels: [(name: String, value: Double, date: Day)]
  /// Change of each level over the window, in basis points.
  public var changes: [(name: String, bp: Double)]
  public var yield: String
  public var window: Int
  public var sensitivities: [Sensitivity]

  /// Builds the view from `levels` (the 2-year yield, the 10-year yield and the effective fed
  /// funds rate, in that order, in percent); `assets` are measured against daily changes of
  /// `yield` over `window` common days, up to `to`.
  /// - Throws: ``AnalysisError/historyTooShort`` when an asset and the yield share fewer than
  ///   `window` changes.
  public init(
    assets: [DailySeries], levels: [DailySeries], yield: DailySeries, window: Int = 90,
    to: Day? = nil
  ) throws {
    precondition(levels.count == 3, "levels: DGS2, DGS10, DFF")
    let rates = levels.map { $0.clipped(to: to) }
    let y = yield.clipped(to: to)
    self.yield = yield.name
    self.window = window
    var levels: [(String, Double, Day)] = []
    var changes: [(String, Double)] = []
    for r in rates {
      guard let last = r.values.last, let day = r.lastDay else { continue }
      levels.append((r.name, last, day))
      let back = r.clipped(to: day.adding(days: -Int(Double(window) * 7 / 5)))
      if let before = back.values.last { changes.append((r.name, (last - before) * 100)) }
    }
    let spread = AlignedPair(rates[0], rates[2])
    if let i = spread.days.indices.last {
      levels.append(("DGS2-DFF", spread.closesA[i] - spread.closesB[i], spread.days[i]))
    }
    self.levels = levels.map { (name: $0.0, value: $0.1, date: $0.2) }
    self.changes = changes.map { (name: $0.0, bp: $0.1) }
    asOf = levels.map(\.2).max() ?? Day(daysSince1970: 0)
    sensitivities = try assets.map { asset in
      let pair = AlignedPair(asset.clipped(to: to), y)
      guard pair.count > window else {
        throw AnalysisError.historyTooShort(
          a: asset.name, b: yield.name, needed: window, available: max(0, pair.count - 1),
          first: pair.days.first, last: pair.days.last)
      }
      let r = zip(pair.closesA.dropFirst(), pair.closesA).map { log($0 / $1) }
      let dy = zip(pair.closesB.dropFirst(), pair.closesB).map { $0 - $1 }  // percentage points
      let stats = Rolling.pairStatistics(r, dy, window: window)
      let days = Array(pair.days.dropFirst())
      return Sensitivity(
        asset: asset.name, betaPer100bp: MeasureSummary(values: stats.beta, days: days),
        correlation: MeasureSummary(values: stats.correlation, days: days), days: days,
        betas: stats.beta)
    }
  }

  /// The view in words.
  public var sentences: [String] {
    var out: [String] = []
    let lv = levels.map { "\(RateNames.label($0.name)) \(Wording.fixed($0.value, 2))%" }
      .joined(separator: ", ")
    out.append("Latest (\(asOf.iso)): \(lv).")
    if let s = levels.first(where: { $0.name == "DGS2-DFF" }) {
      out.append(
        String(
          format: "The 2-year yield is %.0f bp %@ fed funds: ", abs(s.value) * 100,
          s.value < 0 ? "below" : "above")
          + (s.value < -0.1
            ? "the market prices cuts."
            : s.value > 0.1 ? "the market prices hikes." : "no clear path priced."))
    }
    for s in sensitivities {
      guard let b = s.betaPer100bp.current, let p = s.betaPer100bp.percentile else { continue }
      out.append(
        String(
          format: "%@ moves %@%% per +100 bp in the %@ over the last %@ observations", s.asset,
          Wording.signed(b * 100, 1), RateNames.label(yield), Wording.count(window))
          + (s.days.count >= window
            ? ", \(s.days[s.days.count - window].iso) to \(s.days[s.days.count - 1].iso)" : "")
          + " (\(Verdict.ordinal(p)) percentile of its history; correlation "
          + Wording.fixed(s.correlation.current ?? .nan, 2) + ").")
    }
    return out
  }
}
