import DecoupleData
import Foundation

/// Finds every decoupling episode of a pair in each sense.
public enum EpisodeDetector {
  /// The episodes of `measure` in `summary`, oldest first; the last may be open.
  ///
  /// Each day's value is ranked against the measure's values up to that day
  /// (``ExpandingRank``); an episode runs from the first day past `rules.enter` to the last day
  /// before the rank is back past `rules.exit`. Low episodes exist for every measure; high
  /// ones for the two-sided measures (gap, residual drift).
  public static func episodes(
    of measure: DecouplingMeasure, in summary: DecouplingSummary, rules: EpisodeRules = .init()
  ) -> [Episode] {
    let rows = summary.rows
    let values = rows.map { $0.value(measure) }
    let minimum = rules.minimumHistory ?? summary.options.window
    let ranks =
      minimum == summary.options.window && rows.first?.percentiles.isEmpty == false
      ? rows.map { $0.percentile(measure) }
      : ExpandingRank.percentiles(values, minimumHistory: minimum)
    return spans(values: values, ranks: ranks, twoSided: measure.isTwoSided, rules: rules).map {
      make(measure, $0.side, $0.start, $0.extreme, last: $0.last, end: $0.end, rows, values, ranks)
    }
  }

  /// One stretch of ranks past the thresholds: its side, first index, most extreme index, last
  /// index inside, and the index it ended on (`nil` while open).
  public struct Span: Sendable, Equatable {
    public var side: Episode.Side
    public var start: Int
    public var extreme: Int
    public var last: Int
    public var end: Int?
  }

  /// The episodes' rule on plain arrays: a span opens on the first rank at or below
  /// `rules.enter` (or, `twoSided`, at or above 1 − `rules.enter`) and closes on the first rank
  /// back past `rules.exit`; NaN ranks neither open nor extend one (they close it).
  public static func spans(
    values: [Double], ranks: [Double], twoSided: Bool, rules: EpisodeRules
  ) -> [Span] {
    var found: [Span] = []
    var open: (side: Episode.Side, start: Int, extreme: Int)?
    for i in ranks.indices {
      let p = ranks[i]
      if let o = open {
        let stillIn = !p.isNaN && (o.side == .low ? p <= rules.exit : p >= 1 - rules.exit)
        if stillIn {
          let more = o.side == .low ? values[i] < values[o.extreme] : values[i] > values[o.extreme]
          if more { open = (o.side, o.start, i) }
          continue
        }
        found.append(Span(side: o.side, start: o.start, extreme: o.extreme, last: i - 1, end: i))
        open = nil
      }
      guard !p.isNaN else { continue }
      if p <= rules.enter {
        open = (.low, i, i)
      } else if twoSided && p >= 1 - rules.enter {
        open = (.high, i, i)
      }
    }
    if let o = open {
      found.append(
        Span(side: o.side, start: o.start, extreme: o.extreme, last: ranks.count - 1, end: nil))
    }
    return found
  }

  static func make(
    _ m: DecouplingMeasure, _ side: Episode.Side, _ start: Int, _ extreme: Int, last: Int,
    end: Int?, _ rows: [DecouplingSummary.Row], _ values: [Double], _ ranks: [Double]
  ) -> Episode {
    let to = end ?? last
    let moveA = log(rows[to].closeA / rows[extreme].closeA)
    let moveB = log(rows[to].closeB / rows[extreme].closeB)
    var ending = Episode.Ending.open
    if end != nil {
      ending =
        m.isTwoSided
        ? levelEnding(
          m, side, depth: abs(values[extreme]), moveA, moveB,
          beta: rows[extreme].beta) : .recovered
    }
    return Episode(
      measure: m, side: side, start: rows[start].date, lastDay: rows[last].date,
      end: end.map { rows[$0].date }, duration: last - start + 1,
      extreme: DatedValue(value: values[extreme], date: rows[extreme].date),
      extremePercentile: ranks[extreme], ending: ending, moveA: moveA, moveB: moveB)
  }

  /// Who closed a level gap: the closing contributions of A and B from the extreme to the end.
  /// For a low side (A behind), A rising and B falling close it; for a high side the reverse.
  /// Residual drift weighs B's move by the beta at the extreme.
  static func levelEnding(
    _ m: DecouplingMeasure, _ side: Episode.Side, depth: Double, _ moveA: Double,
    _ moveB: Double, beta: Double
  ) -> Episode.Ending {
    let sign: Double = side == .low ? 1 : -1
    let weight = m == .residualDrift && beta.isFinite ? beta : 1
    let byA = sign * moveA
    let byB = -sign * weight * moveB
    let closed = byA + byB
    guard closed >= 0.5 * depth, closed > 0 else { return .rolledOff }
    let share = byA / closed
    if share >= 2.0 / 3 { return .aMoved }
    if share <= 1.0 / 3 { return .bMoved }
    return .both
  }
}
