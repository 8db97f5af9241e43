import DecoupleData
import Foundation

/// The checks every fetched series passes before it may be stored: time order, duplicates,
/// clock skew, the interval grid, the in-progress interval and missing rows.
public enum ObservationCheck {
  /// Sorts `result.observations`, then:
  /// - drops exact duplicates (with a note); two different rows for one instant throw
  ///   `.duplicateTimestamp`;
  /// - throws `.clockSkew` for a time after `now` plus one interval, `.misaligned` for a time off
  ///   the interval grid (UTC midnights for daily data; hourly exchange bars are exempt);
  /// - keeps `[from, to)` and drops the interval still in progress at `now` (with a note): the
  ///   interval starting at `t` is complete at `periodEnd(t)` (default `t` plus one interval;
  ///   an exchange's day ends at its session close);
  /// - for a 24/7 market (`.continuous`), notes the intervals missing after the first row
  ///   received: they stay gaps (a source cannot be made to publish an interval it omitted), and
  ///   the rows received are kept. Before the first row the instrument may not have traded yet
  ///   (a note).
  public static func finish(
    _ result: inout FetchResult, request: FetchRequest, now: Int64,
    periodEnd: ((Int64) -> Int64)? = nil
  ) throws {
    let step = request.interval.seconds
    let source = result.source
    var sorted = result.observations.sorted { $0.time < $1.time }
    var unique: [Observation] = []
    var dropped = 0
    for o in sorted {
      guard o.value.isFinite else {
        throw FetchError.malformed(
          source: source, url: result.requests.last ?? "", reason: "a non-finite value")
      }
      if let last = unique.last, last.time == o.time {
        if last == o {
          dropped += 1
        } else {
          throw FetchError.duplicateTimestamp(source: source, time: Self.label(o.time))
        }
      } else {
        unique.append(o)
      }
    }
    if dropped > 0 { result.notes.append("\(dropped) repeated identical rows were dropped.") }
    if let late = unique.last, late.time > now + step {
      throw FetchError.clockSkew(source: source, time: Self.label(late.time), now: Self.label(now))
    }
    // Daily rows sit on UTC midnights; hourly bars of an exchange may start on the half hour.
    let gridded = request.interval == .day || result.calendar == .continuous
    if gridded, let off = unique.first(where: { $0.time % step != 0 }) {
      throw FetchError.misaligned(
        source: source, time: Self.label(off.time), interval: request.interval.rawValue)
    }
    sorted = unique.filter { $0.time >= request.from && $0.time < request.to }
    if let last = sorted.last, (periodEnd?(last.time) ?? last.time + step) > now {
      sorted.removeLast()
      result.notes.append(
        "The \(request.interval == .day ? "day" : "hour") still in progress, "
          + "\(Self.label(last.time)), was left out.")
    }
    if result.calendar == .continuous, let first = sorted.first {
      let end = min(request.to, now - now % step)  // the last complete interval starts before it
      var missing: [Int64] = []
      var t = first.time
      for o in sorted {
        while t < o.time {
          missing.append(t)
          t += step
        }
        t = o.time + step
      }
      while t < end {
        missing.append(t)
        t += step
      }
      if !missing.isEmpty {
        let shown = missing.prefix(5).map(Self.label).joined(separator: ", ")
        result.notes.append(
          "\(source) has no row for \(missing.count) \(request.interval == .day ? "day" : "hour")"
            + "\(missing.count == 1 ? "" : "s") inside the range (\(shown)"
            + "\(missing.count > 5 ? ", …" : "")); "
            + (missing.count == 1 ? "it is stored as a gap." : "they are stored as gaps."))
      }
      if first.time > request.from + step {
        result.notes.append("\(source) has no rows before \(Self.label(first.time)).")
      }
    }
    result.observations = sorted
  }

  /// `2026-01-02` for a midnight, `2026-01-02T13:00Z` on a whole minute, else with the seconds
  /// (`2026-01-02T13:00:05Z`), so an off-grid time is shown in full.
  public static func label(_ t: Int64) -> String {
    let day = Observation(time: t, value: 0).day
    let s = t - day.startTime
    if s == 0 { return day.iso }
    func two(_ x: Int64) -> String { x < 10 ? "0\(x)" : "\(x)" }
    let minute = day.iso + "T" + two(s / 3600) + ":" + two(s % 3600 / 60)
    return minute + (s % 60 == 0 ? "" : ":" + two(s % 60)) + "Z"
  }
}
