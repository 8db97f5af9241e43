/// A date or timestamp read from a cell: the local day, an optional time of day and an optional
/// UTC offset.
struct Stamp: Equatable {
  var day: Day
  /// Seconds since local midnight, or `nil` for a bare date.
  var seconds: Int?
  /// Seconds east of UTC (`+02:00` → 7200); `nil` when the text names no zone.
  var offset: Int?

  /// Seconds since 1970-01-01 00:00 UTC, reading a missing time as midnight and a missing zone
  /// as UTC.
  var instant: Int64 {
    Int64(day.daysSince1970) * 86_400 + Int64(seconds ?? 0) - Int64(offset ?? 0)
  }

  /// The UTC day holding `instant`.
  var utcDay: Day {
    let s = instant
    return Day(daysSince1970: Int((s >= 0 ? s : s - 86_399) / 86_400))
  }
}

/// Parses dates and timestamps from UTF-8 bytes.
enum DateText {
  /// Reads `YYYY-MM-DD`, `M/D/YYYY` (zero-padded or not), optionally followed by a space or `T`
  /// and `HH:MM[:SS[.fff]]`, then optionally ` UTC`, `Z`, `±HH:MM`, `±HHMM` or `±HH`.
  /// Surrounding spaces are ignored.
  /// - Returns: `nil` when the text is anything else or names a day or time that does not exist.
  static func parse(_ b: UnsafeBufferPointer<UInt8>) -> Stamp? {
    var s = 0
    var e = b.count
    while s < e, b[s] == 32 || b[s] == 9 { s += 1 }
    while e > s, b[e - 1] == 32 || b[e - 1] == 9 { e -= 1 }
    var i = s
    guard let day = date(b, &i, e) else { return nil }
    var stamp = Stamp(day: day)
    if i == e { return stamp }
    guard b[i] == 32 || b[i] == UInt8(ascii: "T") else { return nil }
    i += 1
    guard let t = time(b, &i, e) else { return nil }
    stamp.seconds = t
    while i < e, b[i] == 32 { i += 1 }
    if i == e { return stamp }
    let rest = e - i
    if rest == 1, b[i] == UInt8(ascii: "Z") {
      stamp.offset = 0
      return stamp
    }
    if rest == 3, b[i] == UInt8(ascii: "U"), b[i + 1] == UInt8(ascii: "T"),
      b[i + 2] == UInt8(ascii: "C")
    {
      stamp.offset = 0
      return stamp
    }
    guard b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") else { return nil }
    let sign = b[i] == UInt8(ascii: "-") ? -1 : 1
    i += 1
    guard let h = number(b, &i, e, 2, 2), h <= 23 else { return nil }
    var m = 0
    if i < e, b[i] == UInt8(ascii: ":") { i += 1 }
    if i < e {
      guard let mm = number(b, &i, e, 2, 2), mm < 60 else { return nil }
      m = mm
    }
    guard i == e else { return nil }
    stamp.offset = sign * (h * 3600 + m * 60)
    return stamp
  }

  /// Reads `HH:MM[:SS[.fff]]` and returns seconds since midnight (fractions dropped).
  static func time(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ e: Int) -> Int? {
    guard let h = number(b, &i, e, 1, 2), h <= 24, skip(":", b, &i, e),
      let m = number(b, &i, e, 2, 2), m < 60
    else { return nil }
    var sec = 0
    if skip(":", b, &i, e) {
      guard let s = number(b, &i, e, 2, 2), s <= 60 else { return nil }
      sec = s
      if skip(".", b, &i, e) {
        while i < e, b[i] &- 48 < 10 { i += 1 }
      }
    }
    return h * 3600 + m * 60 + sec
  }

  private static func date(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ e: Int) -> Day? {
    let start = i
    guard let first = number(b, &i, e, 1, 4) else { return nil }
    if i - start == 4 {
      guard skip("-", b, &i, e), let m = number(b, &i, e, 2, 2), skip("-", b, &i, e),
        let d = number(b, &i, e, 2, 2)
      else { return nil }
      return Day(year: first, month: m, day: d)
    }
    guard i - start <= 2, skip("/", b, &i, e), let d = number(b, &i, e, 1, 2),
      skip("/", b, &i, e), let y = number(b, &i, e, 4, 4)
    else { return nil }
    return Day(year: y, month: first, day: d)
  }

  /// Steps over `c` when it is next.
  private static func skip(
    _ c: Unicode.Scalar, _ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ e: Int
  ) -> Bool {
    guard i < e, b[i] == UInt8(ascii: c) else { return false }
    i += 1
    return true
  }

  /// Reads `min...max` ASCII digits at `i` (as many as are there, up to `max`).
  private static func number(
    _ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ e: Int, _ min: Int, _ max: Int
  ) -> Int? {
    var v = 0
    var n = 0
    while i < e, n < max, b[i] &- 48 < 10 {
      v = v * 10 + Int(b[i] &- 48)
      i += 1
      n += 1
    }
    return n >= min ? v : nil
  }
}
