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
  /// Reads `YYYY-MM-DD`, `M/D/YYYY` (zero-padded or not; `D/M/YYYY` when `dayFirst`),
  /// `D.M.YYYY` (always day first), or `Jun 04, 2026` (English month abbreviation), optionally
  /// followed by a space or `T` and `HH:MM[:SS[.fff]]`, then optionally ` UTC`, `Z`, `±HH:MM`,
  /// `±HHMM` or `±HH`. Surrounding spaces are ignored.
  /// - Returns: `nil` when the text is anything else or names a day or time that does not exist.
  static func parse(_ b: UnsafeBufferPointer<UInt8>, dayFirst: Bool = false) -> Stamp? {
    var s = 0
    var e = b.count
    while s < e, b[s] == 32 || b[s] == 9 { s += 1 }
    while e > s, b[e - 1] == 32 || b[e - 1] == 9 { e -= 1 }
    var i = s
    guard let day = date(b, &i, e, dayFirst) else { return nil }
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

  private static func date(
    _ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ e: Int, _ dayFirst: Bool
  ) -> Day? {
    let start = i
    guard let first = number(b, &i, e, 1, 4) else { return monthName(b, &i, e) }
    if i - start == 4 {
      guard skip("-", b, &i, e), let m = number(b, &i, e, 2, 2), skip("-", b, &i, e),
        let d = number(b, &i, e, 2, 2)
      else { return nil }
      return Day(year: first, month: m, day: d)
    }
    guard i - start <= 2, i < e else { return nil }
    let separator = b[i]
    guard separator == UInt8(ascii: "/") || separator == UInt8(ascii: ".") else { return nil }
    i += 1
    guard let second = number(b, &i, e, 1, 2), i < e, b[i] == separator else { return nil }
    i += 1
    guard let y = number(b, &i, e, 4, 4) else { return nil }
    if dayFirst || separator == UInt8(ascii: ".") {
      return Day(year: y, month: second, day: first)
    }
    return Day(year: y, month: first, day: second)
  }

  /// English month abbreviations, lower case, January first.
  static let months: [[UInt8]] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ].map { Array($0.utf8) }

  /// Reads `Jun 04, 2026` (Investing.com): a three-letter English month, the day, a comma and
  /// the year.
  private static func monthName(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ e: Int)
    -> Day?
  {
    guard e - i >= 11 else { return nil }
    let name = [b[i] | 0x20, b[i + 1] | 0x20, b[i + 2] | 0x20]
    guard let m = months.firstIndex(of: name) else { return nil }
    i += 3
    guard skip(" ", b, &i, e), let d = number(b, &i, e, 1, 2), skip(",", b, &i, e) else {
      return nil
    }
    while i < e, b[i] == 32 { i += 1 }
    guard let y = number(b, &i, e, 4, 4) else { return nil }
    return Day(year: y, month: m + 1, day: d)
  }

  /// The units of a unix timestamp.
  enum EpochUnit: Int64 {
    case seconds = 1
    case milliseconds = 1_000
    case microseconds = 1_000_000

    /// The unit a timestamp of `digits` digits is written in: 9–11 seconds, 12–14
    /// milliseconds, 15–17 microseconds (any day from 1973 to 5138).
    init?(digits: Int) {
      switch digits {
      case 9...11: self = .seconds
      case 12...14: self = .milliseconds
      case 15...17: self = .microseconds
      default: return nil
      }
    }
  }

  /// Reads a unix timestamp (digits only, surrounding spaces ignored) as a UTC instant; the
  /// unit is `unit`, or decided by the number of digits when `nil`. Fractions are dropped.
  /// - Returns: `nil` for anything but digits, or a length that names no unit.
  static func epoch(_ b: UnsafeBufferPointer<UInt8>, unit: EpochUnit?) -> Stamp? {
    var s = 0
    var e = b.count
    while s < e, b[s] == 32 || b[s] == 9 { s += 1 }
    while e > s, b[e - 1] == 32 || b[e - 1] == 9 { e -= 1 }
    var i = s
    var v: Int64 = 0
    while i < e, b[i] &- 48 < 10, i - s < 18 {
      v = v * 10 + Int64(b[i] &- 48)
      i += 1
    }
    guard i == e, let u = unit ?? EpochUnit(digits: e - s) else { return nil }
    let seconds = v / u.rawValue
    let day = Int(seconds / 86_400)
    return Stamp(
      day: Day(daysSince1970: day), seconds: Int(seconds - Int64(day) * 86_400), offset: 0)
  }

  /// The first two numbers of a `D/M/YYYY` or `M/D/YYYY` (or dotted) date, or `nil` for any
  /// other text.
  static func slashedParts(_ b: UnsafeBufferPointer<UInt8>) -> (Int, Int, dotted: Bool)? {
    var s = 0
    let e = b.count
    while s < e, b[s] == 32 || b[s] == 9 { s += 1 }
    var i = s
    guard let a = number(b, &i, e, 1, 2), i < e else { return nil }
    let separator = b[i]
    guard separator == UInt8(ascii: "/") || separator == UInt8(ascii: ".") else { return nil }
    i += 1
    guard let c = number(b, &i, e, 1, 2), i < e, b[i] == separator else { return nil }
    return (a, c, separator == UInt8(ascii: "."))
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
