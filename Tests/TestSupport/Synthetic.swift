import DecoupleData
import Foundation

/// Builders for constructed series whose answers are known by construction.
public enum Synthetic {
  /// A price series from log returns, starting at 100 on `start` and stepping one calendar day.
  public static func prices(
    name: String, logReturns: [Double], start: Day = Day(year: 2020, month: 1, day: 1)!,
    calendar: MarketCalendar = .continuous
  ) -> DailySeries {
    var p = 100.0
    var values = [p]
    for r in logReturns {
      p *= _exp(r)
      values.append(p)
    }
    return DailySeries(
      name: name, days: (0...logReturns.count).map { start.adding(days: $0) }, values: values,
      calendar: calendar, source: SeriesSource(file: "synthetic", format: "test", column: name))
  }

  /// A series on explicit days.
  public static func series(_ name: String, _ points: [(String, Double)]) -> DailySeries {
    DailySeries(
      name: name, days: points.map { Day(iso: $0.0)! }, values: points.map(\.1),
      calendar: .exchange, source: SeriesSource(file: "synthetic", format: "test", column: name))
  }
}

@inline(__always) func _exp(_ x: Double) -> Double { Foundation.exp(x) }
