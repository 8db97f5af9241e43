import DecoupleData
import Testing

/// Daily rows stamped at local midnight with a UTC offset name their local day (issue 18,
/// defect 4: a +09:00 file was stored one day early, Mondays became Sundays, the calendar
/// flipped to 24/7 and the real last row was dropped as partial).
@Suite struct RowReaderTests {
  @Test(arguments: ["+09:00", "-05:00", "+05:30"])
  func localMidnightRowsKeepTheirDay(_ offset: String) throws {
    // 2026-06-01 is a Monday; five weekdays.
    let days = ["2026-06-01", "2026-06-02", "2026-06-03", "2026-06-04", "2026-06-05"]
    let text =
      "Date,Close\n"
      + days.enumerated().map { "\($1)T00:00:00\(offset),\(100 + $0)" }.joined(separator: "\n")
      + "\n"
    let s = try Importer.parse(text, file: "tokyo.csv").series(column: nil)
    #expect(s.days.map(\.iso) == days)
    #expect(s.values == [100, 101, 102, 103, 104])
    #expect(s.calendar == .exchange)
  }

  @Test func aTimeOfDayInAnotherZoneStillFallsOnItsUTCDay() throws {
    // Not local midnight: the instant decides (23:00 at −05:00 is 04:00 UTC the next day).
    let text = "Date,Close\n2026-06-01T23:00:00-05:00,1\n2026-06-02T23:00:00-05:00,2\n"
    let s = try Importer.parse(text, file: "x.csv", options: .init(includePartialLastDay: true))
      .series(column: nil)
    #expect(s.days.map(\.iso) == ["2026-06-02", "2026-06-03"])
  }
}
