import DecoupleAnalysis
import DecoupleData
import Testing

@Suite struct MeasureSummaryTests {
  let days = ["2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04"].map { Day(iso: $0)! }

  @Test func percentileIsTheFractionAtOrBelowTheCurrentValue() {
    let s = MeasureSummary(values: [3, 1, .nan, 2], days: days)
    #expect(s.current == 2)
    #expect(s.percentile == 2.0 / 3.0)  // 1 and 2 of {3, 1, 2}; the NaN is not history
    #expect(s.recordLow == DatedValue(value: 1, date: days[1]))
    #expect(s.recordHigh == DatedValue(value: 3, date: days[0]))
    #expect(s.historyCount == 3)
    #expect(!s.isRecordLow && !s.isRecordHigh)
  }

  @Test func aNewLowIsARecordWithItsDate() {
    let s = MeasureSummary(values: [3, 1, 2, 0.5], days: days)
    #expect(s.isRecordLow)
    #expect(s.percentile == 0.25)
    #expect(s.recordLow?.date == days[3])
  }

  @Test func undefinedCurrentValueHasNoPercentile() {
    let s = MeasureSummary(values: [3, 1, 2, .nan], days: days)
    #expect(s.current == nil && s.percentile == nil)
    #expect(!s.isRecordLow)
  }
}
