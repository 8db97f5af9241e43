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
  /// - keeps `[from, to)` and drops the interval still in progress at `now` (with a note);
  /// - for a 24/7 market (`.continuous`), throws `.missingRows` when intervals are missing
  ///   after the first row received (before it, the instrument may not have traded yet: a note).
  public static func finish(
    _ result: inout FetchResult, request: FetchRequest, now: Int64
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
    if let last = sorted.last, last.time + step > now {
      sorted.removeLast()
      result.notes.append(
        "The \(request.interval == .day ? "day" : "hour") still in progress, "
          + "\(Self.label(last.time)), was left out.")
    }
    if result.calendar == .continuous, let first = sorted.first {
      let end = min(request.to, now - now % step)  // the last complete interval starts before it
      let expected = Int((end - first.time + step - 1) / step)
      if sorted.count < expected {
        var t = first.time
        for o in sorted {
          if o.time != t { break }
          t += step
        }
        throw FetchError.missingRows(
          source: source, asked: expected, got: sorted.count, firstMissing: Self.label(t))
      }
      if first.time > request.from + step {
        result.notes.append("\(source) has no rows before \(Self.label(first.time)).")
      }
    }
    result.observations = sorted
  }

  /// `2026-01-02` for a midnight, else `2026-01-02T13:00Z`.
  public static func label(_ t: Int64) -> String {
    let day = Observation(time: t, value: 0).day
    let s = t - day.startTime
    if s == 0 { return day.iso }
    let h = s / 3600
    let m = (s % 3600) / 60
    return day.iso + "T" + (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)Z"
  }
}
