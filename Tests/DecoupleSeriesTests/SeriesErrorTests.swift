import DecoupleData
import DecoupleSeries
import TestSupport
import Testing

/// `SeriesError` and `PanelError` descriptions name the series, the day, the value and the
/// count, with no CLI advice.
@Suite struct SeriesErrorTests {
  static let day = Day(iso: "2024-03-05")!

  @Test func seriesErrorsAreFactual() {
    let cases: [(SeriesError, [String])] = [
      (.nonPositivePrice(series: "ETH", day: Self.day, value: -1), ["ETH", "-1.0", "2024-03-05"]),
      (.tooFewCommonDays(a: "ETH", b: "RUT", count: 1), ["ETH and RUT", "1 common day "]),
      (.tooFewCommonDays(a: "ETH", b: "RUT", count: 0), ["0 common days", "at least two"]),
    ]
    #expect(ErrorText.problems(cases) == [])
  }

  @Test func panelErrorsAreFactual() {
    let cases: [(PanelError, [String])] = [
      (.tooFewCommonDays(names: ["A", "B", "C"], count: 1), ["A, B, C", "1 common return "]),
      (.tooFewCommonDays(names: ["A", "B"], count: 0), ["0 common returns"]),
      (.nonPositivePrice(series: "X", day: Self.day, value: 0), ["X", "0.0", "2024-03-05"]),
    ]
    #expect(ErrorText.problems(cases) == [])
  }

  @Test func aZeroCloseIsReportedWithItsDay() throws {
    let a = Synthetic.series("A", [("2024-03-05", 1), ("2024-03-06", 0), ("2024-03-07", 2)])
    let b = Synthetic.series("B", [("2024-03-05", 1), ("2024-03-06", 2), ("2024-03-07", 3)])
    let error = #expect(throws: PanelError.self) {
      try ReturnPanel([a, b], input: .prices, kind: .log, frequency: .daily, from: nil, to: nil)
    }
    #expect(error == .nonPositivePrice(series: "A", day: Self.day.adding(days: 1), value: 0))
  }
}
