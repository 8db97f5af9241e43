import DecoupleAnalysis
import DecoupleData
import TestSupport
import Testing

/// `AnalysisError` descriptions give the counts and the days, with no CLI advice.
@Suite struct AnalysisErrorTests {
  @Test func descriptionsAreFactual() {
    let first = Day(iso: "2024-01-02")
    let last = Day(iso: "2024-03-01")
    let cases: [(AnalysisError, [String])] = [
      (
        .historyTooShort(a: "ETH", b: "RUT", needed: 90, available: 40, first: first, last: last),
        ["90", "ETH and RUT", "only 40", "from 2024-01-02 to 2024-03-01"]
      ),
      (
        .historyTooShort(a: "ETH", b: "RUT", needed: 90, available: 0, first: nil, last: nil),
        ["90", "only 0."]
      ),
      (
        .commonHistoryTooShort(
          count: 102, needed: 90, available: 12, latest: "HONA", latestStart: first),
        ["102 series", "only 12 common", "HONA (from 2024-01-02)"]
      ),
      (
        .commonHistoryTooShort(count: 3, needed: 90, available: 1, latest: "X", latestStart: nil),
        ["3 series", "is X."]
      ),
    ]
    #expect(ErrorText.problems(cases) == [])
  }
}
