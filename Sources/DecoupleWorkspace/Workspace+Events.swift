import DecoupleAnalysis
import DecoupleData
import Foundation

extension Workspace {
  /// The days the Federal Reserve's target range moved, from the upper bound of the range
  /// (FRED `DFEDTARU`, resolved like any symbol): each day whose value differs from the day
  /// before, as an event dated on its effective day (usually the day after the FOMC's
  /// decision), within `from...to`.
  /// - Throws: what resolving `DFEDTARU` throws.
  public func fedTargetChanges(from: Day? = nil, to: Day? = nil) throws -> [MarketEvent] {
    let s = try series("DFEDTARU")
    var out: [MarketEvent] = []
    for i in s.days.indices.dropFirst() where s.values[i] != s.values[i - 1] {
      let day = s.days[i]
      if let from, day < from { continue }
      if let to, day > to { continue }
      let up = s.values[i] > s.values[i - 1]
      let bp = Int((abs(s.values[i] - s.values[i - 1]) * 100).rounded())
      out.append(
        MarketEvent(
          date: day,
          label: "Fed target range \(up ? "raised" : "cut") \(bp) bp (upper bound "
            + "\(Wording.fixed(s.values[i], 2))%)",
          short: "Fed \(up ? "+" : "−")\(bp)bp", assets: [],
          source: "FRED DFEDTARU, effective date of the change"))
    }
    return out
  }
}
