import DecoupleData
import Foundation

/// What it would take for the gap to close, and how long gaps of this size took to close
/// before.
///
/// The relative level is L = log(A / B). Closing the gap means returning L to its value on a
/// reference day (default: the start of the current gap episode, else the start of the
/// current window).
public struct GapClosure: Sendable, Equatable {
  /// How long past gaps of at least this size took to close.
  public struct History: Sendable, Equatable {
    /// Past occasions: the first day of each run of days whose window gap was at least as
    /// extreme (same sign) as the current one, ending before the current window.
    public var occasions: Int
    /// Of those, how many saw L return to its level at the start of their window before the
    /// as-of day.
    public var closed: Int
    /// Calendar days each closed occasion took, sorted.
    public var daysToClose: [Int]
    /// Median of `daysToClose` (`nil` when none closed).
    public var medianDays: Int? {
      daysToClose.isEmpty ? nil : daysToClose[(daysToClose.count - 1) / 2]
    }
  }

  public var reference: Day
  /// Why that day: "episode start" or "window start".
  public var referenceReason: String
  /// L(now) − L(reference): the log gap to close (negative when A is behind).
  public var logGap: Double
  /// The simple return A alone would need, B unchanged: e^(−logGap) − 1.
  public var moveAAlone: Double
  /// The simple return B alone would need, A unchanged: e^(logGap) − 1.
  public var moveBAlone: Double
  /// The move A alone would need to cancel the window's residual drift: e^(−drift) − 1.
  public var moveAToCancelDrift: Double?
  /// The move B alone would need to cancel it at the current beta: e^(drift / beta) − 1; `nil`
  /// when beta is within 0.05 of zero (B barely moves A).
  public var moveBToCancelDrift: Double?
  public var history: History

  /// The closure of `summary`'s gap on its as-of day; `currentEpisode` is the open gap episode
  /// if any; a day's reference close lies `referenceLag` observations before it (default: the
  /// window, ``ReportSpans/gapReference``).
  public init(_ summary: DecouplingSummary, currentEpisode: Episode?, referenceLag: Int? = nil) {
    let lag = referenceLag ?? summary.options.window
    let rows = summary.rows
    let last = rows.count - 1
    let level = rows.map { log($0.closeA / $0.closeB) }
    let windowStartIndex = max(0, last - lag)
    var refIndex = windowStartIndex
    referenceReason = "window start"
    if let e = currentEpisode, let i = rows.firstIndex(where: { $0.date == e.start }) {
      // The episode's start day already carries the divergence that opened it; its window's
      // base close is where the move began.
      refIndex = max(0, i - lag)
      referenceReason = "start of the window in which the current episode began"
    }
    reference = rows[refIndex].date
    logGap = level[last] - level[refIndex]
    moveAAlone = exp(-logGap) - 1
    moveBAlone = exp(logGap) - 1
    let drift = rows[last].residualDrift
    let beta = rows[last].beta
    moveAToCancelDrift = drift.isFinite ? exp(-drift) - 1 : nil
    moveBToCancelDrift =
      drift.isFinite && beta.isFinite && abs(beta) >= 0.05 ? exp(drift / beta) - 1 : nil
    history = Self.history(rows, level: level, window: lag)
  }

  static func history(_ rows: [DecouplingSummary.Row], level: [Double], window: Int) -> History {
    let last = rows.count - 1
    let current = rows[last].gap
    guard current.isFinite, current != 0 else {
      return History(occasions: 0, closed: 0, daysToClose: [])
    }
    let cutoff = last - window + 1
    var occasions = 0
    var days: [Int] = []
    var inRun = false
    for t in 0..<max(0, cutoff) {
      let g = rows[t].gap
      let hit = g.isFinite && (current < 0 ? g <= current : g >= current)
      defer { inRun = hit }
      guard hit, !inRun else { continue }
      occasions += 1
      let base = level[max(0, t - window)]
      if let s = ((t + 1)...last).first(where: {
        current < 0 ? level[$0] >= base : level[$0] <= base
      }) {
        days.append(rows[s].date.daysSince1970 - rows[t].date.daysSince1970)
      }
    }
    return History(occasions: occasions, closed: days.count, daysToClose: days.sorted())
  }

  /// The closure in words, for A and B.
  public func sentence(_ a: String, _ b: String) -> String {
    let behind = logGap < 0
    let pct = { (v: Double) in Wording.signed(v * 100, 1) + "%" }
    var text =
      "To restore the relative level of \(reference.iso) (\(referenceReason)), "
      + "\(a) alone would need \(pct(moveAAlone)), or \(b) alone \(pct(moveBAlone))"
    if let ma = moveAToCancelDrift {
      text += "; to cancel the residual drift, \(a) alone \(pct(ma))"
      if let mb = moveBToCancelDrift { text += " or \(b) alone \(pct(mb))" }
    }
    text += ". "
    let h = history
    if h.occasions == 0 {
      text += "No earlier window had a gap this \(behind ? "negative" : "positive")."
    } else {
      text +=
        "Of \(h.occasions) earlier occasion\(h.occasions == 1 ? "" : "s") with a gap at least this "
        + "large, \(h.closed) closed eventually"
        + (h.medianDays.map { ", after a median of \(Wording.count($0)) calendar days" } ?? "")
        + (h.closed < h.occasions ? "; \(h.occasions - h.closed) never did" : "")
        + " (closed: the relative level came back to where that occasion's window began, at any "
        + "time up to the as-of day, so a closing can come long after its episode rolled off)."
    }
    return text
  }
}
