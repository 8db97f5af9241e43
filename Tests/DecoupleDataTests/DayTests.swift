import DecoupleData
import Testing

@Suite struct DayTests {
  @Test func roundTripsThroughIso() {
    for n in stride(from: -800_000, through: 800_000, by: 997) {
      let d = Day(daysSince1970: n)
      #expect(Day(iso: d.iso) == d || d.components.year > 9999 || d.components.year < 0)
    }
    #expect(Day(iso: "1970-01-01")?.daysSince1970 == 0)
    #expect(Day(iso: "2024-02-29")?.adding(days: 1).iso == "2024-03-01")
  }

  @Test func weekdayAndIsoWeek() {
    #expect(Day(iso: "2024-12-16")?.weekday == 1)  // Monday
    #expect(Day(iso: "2026-06-07")?.weekday == 7)  // Sunday
    let w = Day(iso: "2024-12-30")!.isoWeek
    #expect(w.year == 2025 && w.week == 1)
    #expect(Day(iso: "2021-01-03")!.isoWeek.week == 53)
  }

  @Test(arguments: ["2023-02-29", "2024-13-01", "2024-1-01", "24-01-01", "2024/01/01", ""])
  func rejects(text: String) { #expect(Day(iso: text) == nil) }
}
