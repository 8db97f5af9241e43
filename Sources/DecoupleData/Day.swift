/// A calendar day in the proleptic Gregorian calendar, stored as the number of days since
/// 1970-01-01.
///
/// `Day` carries no time zone: it names the day a close belongs to (the exchange's trading day,
/// or the UTC day for 24/7 crypto markets). Conversions use Howard Hinnant's `days_from_civil`
/// algorithm, exact for every representable year.
public struct Day: Hashable, Comparable, Sendable {
  /// Days since 1970-01-01 (negative before it).
  public var daysSince1970: Int

  @inlinable
  public init(daysSince1970: Int) { self.daysSince1970 = daysSince1970 }

  /// The UTC day holding `seconds` since 1970 (rounding down, also before 1970).
  public init(containing seconds: Int64) {
    daysSince1970 = Int((seconds >= 0 ? seconds : seconds - 86_399) / 86_400)
  }

  /// Creates a day from its components.
  /// - Returns: `nil` when the month is not 1...12 or the day does not exist in that month.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else {
      return nil
    }
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    daysSince1970 = era * 146_097 + doe - 719_468
  }

  /// Parses an ISO `YYYY-MM-DD` day.
  /// - Returns: `nil` unless the text is exactly four digits, `-`, two digits, `-`, two digits
  ///   naming a real day.
  public init?(iso text: some StringProtocol) {
    let u = Array(text.utf8)
    guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"),
      let y = Day.digits(u, 0, 4), let m = Day.digits(u, 5, 2), let d = Day.digits(u, 8, 2)
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  /// The year, month (1...12) and day of month.
  public var components: (year: Int, month: Int, day: Int) {
    let z = daysSince1970 + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  /// ISO weekday: 1 = Monday … 7 = Sunday.
  public var weekday: Int {
    let w = (daysSince1970 + 3) % 7  // 1970-01-01 was a Thursday (ISO 4).
    return (w < 0 ? w + 7 : w) + 1
  }

  /// The ISO 8601 week this day belongs to: weeks start on Monday, and week 1 is the week
  /// holding the year's first Thursday (so 2024-12-30 is in week 1 of 2025).
  public var isoWeek: (year: Int, week: Int) {
    let thursday = Day(daysSince1970: daysSince1970 - weekday + 4)
    let year = thursday.components.year
    let jan1 = Day(year: year, month: 1, day: 1)!
    return (year, (thursday.daysSince1970 - jan1.daysSince1970) / 7 + 1)
  }

  /// The day as `YYYY-MM-DD`.
  public var iso: String {
    let (y, m, d) = components
    return Day.pad(y, 4) + "-" + Day.pad(m, 2) + "-" + Day.pad(d, 2)
  }

  /// The day `n` days later (earlier when `n` is negative).
  @inlinable
  public func adding(days n: Int) -> Day { Day(daysSince1970: daysSince1970 + n) }

  @inlinable
  public static func < (a: Day, b: Day) -> Bool { a.daysSince1970 < b.daysSince1970 }
}

extension Day: CustomStringConvertible {
  public var description: String { iso }
}

extension Day {
  static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  static func digits(_ u: [UInt8], _ start: Int, _ count: Int) -> Int? {
    var v = 0
    for i in start..<(start + count) {
      let c = u[i] &- UInt8(ascii: "0")
      guard c < 10 else { return nil }
      v = v * 10 + Int(c)
    }
    return v
  }

  static func pad(_ v: Int, _ width: Int) -> String {
    let s = String(abs(v))
    let padded = String(repeating: "0", count: max(0, width - s.count)) + s
    return v < 0 ? "-" + padded : padded
  }
}
