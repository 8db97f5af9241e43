import DecoupleData
import Testing

@testable import DecoupleAnalysis

/// With an as-of day, no result mentions rows after it (the embedded ETH file's partial last
/// day, 2026-06-05, was named by `coint` and `stationarity` as of 2026-02-20).
@Suite struct SeriesNotesTests {
  static let asOf = Day(iso: "2026-02-20")!

  @Test func aNoteAboutALaterPartialDayIsLeftOutOnlyWithAnAsOfDay() throws {
    let eth = try Dataset.load("ETH")
    #expect(eth.notes.contains { $0.contains("2026-06-05") })
    #expect(SeriesNotes.labelled([eth], lastDay: Self.asOf, chosenTo: Self.asOf).isEmpty)
    #expect(
      SeriesNotes.labelled([eth], lastDay: Self.asOf, chosenTo: nil).contains {
        $0.hasPrefix("ETH: ") && $0.contains("2026-06-05")
      })
  }

  @Test func cointegrationAndStationarityAsOfAnEarlierDayDoNotMentionLaterRows() throws {
    var c = CointegrationAnalysis.Options()
    c.sample.to = Self.asOf
    let coint = try CointegrationAnalysis.analyze(
      try Dataset.load("ETH"), try Dataset.load("RUT"), options: c)
    #expect(!coint.notes.joined().contains("2026-06-05"), "\(coint.notes)")
    var s = StationarityAnalysis.Options()
    s.sample.to = Self.asOf
    let stationarity = try StationarityAnalysis.analyze(try Dataset.load("ETH"), options: s)
    #expect(!stationarity.notes.joined().contains("2026-06-05"), "\(stationarity.notes)")
  }
}
