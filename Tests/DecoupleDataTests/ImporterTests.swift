import DecoupleData
import Foundation
import TestSupport
import Testing

/// The importer on every real format, against the counts, ranges and sanity values of
/// docs/DATA-SOURCES.md.
@Suite struct ImporterTests {
  func day(_ s: String) -> Day { Day(iso: s)! }

  func value(_ s: DailySeries, _ iso: String) -> Double? {
    s.days.firstIndex(of: day(iso)).map { s.values[$0] }
  }

  @Test func yahooDailyEthDropsPartialLastDay() throws {
    let f = try Dataset.file("ETH-USD.yahoo.csv")
    #expect(f.format == .yahooDaily)
    let s = try f.series(column: nil)
    #expect(s.name == "Close" && s.calendar == .continuous)
    #expect(s.count == 3_130)  // 3,131 rows, the partial 2026-06-05 left out
    #expect(s.firstDay == day("2017-11-09") && s.lastDay == day("2026-06-04"))
    #expect(abs(value(s, "2024-12-16")! - 3_987) < 1)
    #expect(abs(value(s, "2025-04-08")! - 1_473) < 1)
    #expect(abs(value(s, "2025-08-24")! - 4_780) < 1)
    #expect(f.notes.contains { $0.contains("2026-06-05") && $0.contains("partial") })
    #expect(f.series.map(\.name) == ["Open", "High", "Low", "Close", "Volume"])
  }

  @Test(arguments: [("2025-07-01T23:59:59Z", 547), ("2025-07-02T00:00:00Z", 548)])
  func theLastDayIsInProgressOnlyUntilItEnds(now: String, days: Int) throws {
    // A 24/7 day ends at 24:00 UTC: read later, an old file keeps its last row.
    let t = Int64(ISO8601DateFormatter().date(from: now)!.timeIntervalSince1970)
    let f = try Importer.read(
      contentsOf: Fixture.url("exports/ETH-USD.yahoo.csv"), options: .init(now: t))
    let s = try f.series(column: nil)
    #expect(s.count == days)
    #expect(s.notes.contains { $0.contains("partial") } == (days == 547))
  }

  @Test func partialLastDayEqualsThe2100HourlyBar() throws {
    let daily = try Dataset.file("ETH-USD.yahoo.csv", options: .init(includePartialLastDay: true))
    let close = try daily.series(column: "close")
    #expect(close.count == 3_131 && close.lastDay == day("2026-06-05"))
    #expect(daily.notes.contains { $0.contains("2026-06-05") && $0.contains("kept") })
    let hourly = try Importer.read(
      contentsOf: Fixture.url("formats/ETH-USD_1h.yahoo.csv"),
      options: .init(includePartialLastDay: true))
    let bars = try hourly.intraday(column: nil)
    let last = bars.count - 1
    #expect(bars.days[last] == day("2026-06-05") && bars.secondsOfDay[last] == 21 * 3600)
    #expect(bars.values[last] == close.values.last!)
  }

  @Test func yahooHourlyIsUtcAndDropsTheOpenBar() throws {
    let f = try Importer.read(contentsOf: Fixture.url("formats/ETH-USD_1h.yahoo.csv"))
    #expect(f.format == .yahooHourly && f.series.isEmpty)
    let bars = try f.intraday(column: nil)
    #expect(bars.count == 2_928)  // 2,929 rows less the in-progress 21:00 bar
    #expect(bars.days.first == day("2026-02-04") && bars.secondsOfDay.first == 7 * 3600)
    #expect(bars.secondsOfDay.last == 20 * 3600)
    #expect(throws: ImportError.intradayOnly(file: f.file, format: "yahoo-hourly")) {
      try f.series(column: nil)
    }
  }

  @Test func btcYahooRange() throws {
    let s = try Dataset.load("BTC", options: .init(includePartialLastDay: true))
    #expect(s.count == 4_280 && s.firstDay == day("2014-09-17"))
    #expect(s.lastDay == day("2026-06-05"))
  }

  @Test(arguments: [
    ("IWM.yahoo.csv", "2000-05-26", 6_545), ("QQQ.yahoo.csv", "1999-03-10", 6_853),
    ("SPY.yahoo.csv", "1993-01-29", 8_395),
  ])
  func equityEtfsAreExchangeDays(file: String, first: String, rows: Int) throws {
    let s = try Dataset.file(file).series(column: nil)
    #expect(s.calendar == .exchange && s.count == rows)  // no partial day on an exchange file
    #expect(s.firstDay == day(first) && s.lastDay == day("2026-06-05"))
  }

  @Test func iwmSanity() throws {
    let s = try Dataset.load("IWM")
    #expect(abs(value(s, "2024-11-25")! - 239.0) < 0.05)
    #expect(abs(value(s, "2025-04-08")! - 173.3) < 0.05)
    #expect(abs(value(s, "2000-05-26")! - 32.73) < 0.005)  // adjusted, not the raw 45.72
  }

  @Test func ibkrDailyIndices() throws {
    for name in ["RUT", "SPX", "IXIC"] {
      let f = try Dataset.file("\(name).ibkr.csv")
      #expect(f.format == .ibkrDaily)
      let s = try f.series(column: nil)
      #expect(s.count == 2_552 && s.calendar == .exchange)
      #expect(s.firstDay == day("2016-06-28") && s.lastDay == day("2026-08-21"))
      // Recent rows leave wap and count empty: those rows are missing from those series only.
      let wap = try f.series(column: "wap")
      #expect(wap.count < s.count && wap.notes.contains { $0.contains("empty 'wap'") })
    }
    let rut = try Dataset.load("RUT")
    #expect(value(rut, "2024-11-25") == 2_442.03)
    #expect(value(rut, "2025-04-08") == 1_760.71)
    #expect(abs(value(rut, "2026-06-05")! - 2_833.50) < 0.005)
    // IWM/RUT ≈ 0.0994 on the last common day (earlier days are lower: IWM is adjusted).
    let ratio = value(try Dataset.load("IWM"), "2026-06-05")! / value(rut, "2026-06-05")!
    #expect(abs(ratio - 0.0994) < 0.0005)
  }

  @Test func ibkrIntradayMixedOffsetsMapToTheSameUtcOpen() throws {
    let f = try Importer.read(contentsOf: Fixture.url("formats/RUT_1h.ibkr.csv"))
    #expect(f.format == .ibkrIntraday)
    let bars = try f.intraday(column: nil)
    #expect(bars.count == 8_472)
    #expect(bars.days.first == day("2021-10-19") && bars.days.last == day("2026-08-21"))
    // `2021-10-19 13:30:00+00:00` and `2026-08-21 09:30:00-04:00` are both the 09:30 ET open.
    #expect(bars.secondsOfDay.first == 13 * 3600 + 1800)
    let lastDay = bars.days.last!
    let firstOfLastDay = bars.days.firstIndex(of: lastDay)!
    #expect(bars.secondsOfDay[firstOfLastDay] == 13 * 3600 + 1800)
    #expect(bars.secondsOfDay.last == 19 * 3600 + 1800)  // 15:30-04:00
    #expect(zip(bars.instants, bars.instants.dropFirst()).allSatisfy { $0 < $1 })
  }
}
