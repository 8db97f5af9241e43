import DecoupleData
import DecoupleStats
import Foundation

/// A watchlist's rules run over a pair's history as if watched live, day by day: every alert
/// that would have fired from a day on, how long each stretch lasted, and what A and B did
/// after.
public struct AlertReplay: Sendable {
  /// One replayed alert and the moves that followed it.
  public struct Entry: Sendable, Equatable {
    public var event: AlertEvent
    /// A's and B's simple returns from the close of the firing day to the last close at most
    /// `horizon` calendar days later, one per ``AlertReplay/horizons`` entry; `nil` when the
    /// history ends before the horizon.
    public var forwardA: [Double?]
    public var forwardB: [Double?]
  }

  /// The calendar-day horizons after each alert: 30 and 90.
  public static let horizons = [30, 90]

  public var nameA: String
  public var nameB: String
  /// The first day watched.
  public var from: Day
  /// The last day of the history.
  public var asOf: Day
  public var window: Int
  public var rules: [AlertRule]
  /// Every alert, in firing order (then in rule order).
  public var entries: [Entry]
  /// Rows between refits of the change-point rule (1: every day).
  public var refitStep: Int
  /// The first day a rule ranking its measure could fire (10 windows of history); `nil` never.
  public var firstCallable: Day?
  /// Over every day from `from` with the horizon inside the history, the share on which A's
  /// return beat B's, per horizon: what an alert's "after" compares with.
  public var baseRateABeatB: [Double?]

  /// Replays `rules` on `summary` from `from` (the first row on or after it).
  public init(
    _ summary: DecouplingSummary, rules: [AlertRule], from: Day, refitStep: Int = 5
  ) {
    nameA = summary.nameA
    nameB = summary.nameB
    self.from = summary.rows.first { $0.date >= from }?.date ?? summary.asOf
    asOf = summary.asOf
    window = summary.options.window
    self.rules = rules
    self.refitStep = refitStep
    firstCallable = AlertEngine.firstCallable(summary).map { summary.rows[$0].date }
    let rows = summary.rows
    let index = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1.date, $0) })
    let forward = Self.forwardIndex(rows.map(\.date))
    var entries: [(Int, Int, Entry)] = []
    for (k, rule) in rules.enumerated() {
      for e in AlertEngine.events(rule, in: summary, from: from, refitStep: refitStep) {
        let i = index[e.day]!
        let fa = forward.map { h in h[i].map { rows[$0].closeA / rows[i].closeA - 1 } }
        let fb = forward.map { h in h[i].map { rows[$0].closeB / rows[i].closeB - 1 } }
        entries.append((i, k, Entry(event: e, forwardA: fa, forwardB: fb)))
      }
    }
    self.entries = entries.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    let start = index[self.from] ?? rows.count
    baseRateABeatB = forward.map { h in
      let days = (start..<rows.count).compactMap { i in
        h[i].map { rows[$0].closeA / rows[i].closeA > rows[$0].closeB / rows[i].closeB }
      }
      return days.isEmpty ? nil : Double(days.filter { $0 }.count) / Double(days.count)
    }
  }

  /// For each horizon and row, the row of the last close at most that many calendar days
  /// later; `nil` when the history ends before the horizon is reached.
  static func forwardIndex(_ days: [Day]) -> [[Int?]] {
    horizons.map { h in
      var j = 0
      return days.indices.map { i in
        let target = days[i].daysSince1970 + h
        guard let last = days.last, last.daysSince1970 >= target else { return nil }
        j = max(j, i)
        while j + 1 < days.count && days[j + 1].daysSince1970 <= target { j += 1 }
        return j
      }
    }
  }

  /// After `rule`'s alerts, over the `k`-th horizon: how many times A's return beat B's, out
  /// of the alerts whose horizon is inside the history, and the exact two-sided binomial test
  /// of that count against ``baseRateABeatB`` (`nil` without a base rate).
  public func afterEvidence(of rule: AlertRule, horizon k: Int) -> (
    beat: Int, count: Int, pValue: Double?
  ) {
    let outcomes = entries(of: rule).compactMap { e -> Bool? in
      guard let a = e.forwardA[k], let b = e.forwardB[k] else { return nil }
      return a > b
    }
    let beat = outcomes.filter { $0 }.count
    let p = baseRateABeatB[k].flatMap {
      Distributions.binomialTwoSidedPValue(successes: beat, trials: outcomes.count, probability: $0)
    }
    return (beat, outcomes.count, p)
  }

  /// The alerts of one rule.
  public func entries(of rule: AlertRule) -> [Entry] { entries.filter { $0.event.rule == rule } }
}
