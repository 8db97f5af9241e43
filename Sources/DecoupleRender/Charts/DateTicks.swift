import DecoupleData

/// Calendar ticks for a date axis: days, weeks, months, quarters or years, whichever is the
/// finest interval whose labels fit.
public enum DateTicks {
  /// A tick interval.
  public enum Interval: Sendable, Equatable, CaseIterable {
    case day, week, month, quarter, halfYear, year, twoYears, fiveYears, decade

    /// Rough length in days, to estimate how many ticks it gives.
    var approximateDays: Double {
      switch self {
      case .day: 1
      case .week: 7
      case .month: 30.44
      case .quarter: 91.3
      case .halfYear: 182.6
      case .year: 365.25
      case .twoYears: 730.5
      case .fiveYears: 1826
      case .decade: 3652
      }
    }

    var months: Int? {
      switch self {
      case .day, .week: nil
      case .month: 1
      case .quarter: 3
      case .halfYear: 6
      case .year: 12
      case .twoYears: 24
      case .fiveYears: 60
      case .decade: 120
      }
    }
  }

  /// One tick: its day and label.
  public struct Tick: Sendable, Equatable {
    public var day: Day
    public var label: String
  }

  static let monthNames = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// Ticks between `first` and `last` for an axis `width` pixels wide with labels of `size`
  /// pixels: the finest interval with at least two ticks whose widest label, plus a gap, fits
  /// its share of the width.
  public static func ticks(from first: Day, to last: Day, width: Double, size: Double = 11)
    -> [Tick]
  {
    let spanDays = Double(max(1, last.daysSince1970 - first.daysSince1970))
    var fallback: [Tick]?
    for interval in Interval.allCases {
      let count = spanDays / interval.approximateDays
      if count > 60 { continue }
      let ticks = ticks(from: first, to: last, interval: interval)
      guard ticks.count >= 2 else { continue }
      let widest = ticks.map { TextMetrics.width($0.label, size: size) }.max() ?? 0
      let perTick = width / max(1, count)
      if perTick >= widest + 14 { return ticks }
      if fallback == nil { fallback = ticks }
    }
    // Nothing fits everywhere (a short span on a narrow axis): the finest interval with two
    // ticks, which the axis thins to every other (or n-th) label.
    return fallback ?? ticks(from: first, to: last, interval: .day)
  }

  /// Every tick of `interval` in `first...last`: months and longer start on the first of a
  /// month aligned to the interval (quarters on Jan/Apr/Jul/Oct, years on January); weeks on
  /// Mondays. A January tick of a sub-year interval is labelled with its year, other months
  /// with the month's name; day and week ticks as "Mar 4" (with the year on the first one).
  public static func ticks(from first: Day, to last: Day, interval: Interval) -> [Tick] {
    var out: [Tick] = []
    if let step = interval.months {
      let (y, m, _) = first.components
      var index = y * 12 + (m - 1)
      if first.components.day != 1 { index += 1 }
      index = ((index + step - 1) / step) * step
      while true {
        let year = index / 12
        let month = index % 12 + 1
        guard let d = Day(year: year, month: month, day: 1), d <= last else { break }
        let label = (month == 1 || step >= 12) ? String(year) : monthNames[month - 1]
        out.append(Tick(day: d, label: label))
        index += step
      }
      return out
    }
    var d = first
    if interval == .week {
      d = first.adding(days: (8 - first.weekday) % 7)
    }
    var lastYear: Int?
    while d <= last {
      let (y, m, day) = d.components
      var label = "\(monthNames[m - 1]) \(day)"
      if lastYear != y { label += ", \(y)" }
      lastYear = y
      out.append(Tick(day: d, label: label))
      d = d.adding(days: interval == .week ? 7 : 1)
    }
    return out
  }
}
