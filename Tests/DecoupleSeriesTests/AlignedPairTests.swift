import DecoupleData
import DecoupleSeries
import TestSupport
import Testing

@Suite struct AlignedPairTests {
  @Test func keepsOnlyDaysWhereBothHaveAClose() {
    // Crypto trades on the weekend; the equity does not: 2024-01-06/07 are a Saturday/Sunday.
    let crypto = Synthetic.series(
      "C",
      [
        ("2024-01-04", 1), ("2024-01-05", 2), ("2024-01-06", 3), ("2024-01-07", 4),
        ("2024-01-08", 5),
      ])
    let equity = Synthetic.series("E", [("2024-01-03", 9), ("2024-01-05", 10), ("2024-01-08", 11)])
    let pair = AlignedPair(crypto, equity)
    #expect(pair.days.map(\.iso) == ["2024-01-05", "2024-01-08"])
    #expect(pair.closesA == [2, 5])
    #expect(pair.closesB == [10, 11])
  }

  @Test func weeklyKeepsTheLastCommonCloseOfEachISOWeek() {
    // 2024-12-30 (Mon) and 2025-01-03 (Fri) are both in ISO week 1 of 2025.
    let a = Synthetic.series(
      "A",
      [
        ("2024-12-26", 1), ("2024-12-27", 2), ("2024-12-30", 3), ("2025-01-03", 4),
        ("2025-01-06", 5),
      ])
    let weekly = AlignedPair(a, a).sampled(.weekly)
    #expect(weekly.days.map(\.iso) == ["2024-12-27", "2025-01-03", "2025-01-06"])
    #expect(weekly.closesA == [2, 4, 5])
  }
}

@Suite struct PairReturnsTests {
  let a = Synthetic.series("A", [("2024-01-02", 100), ("2024-01-03", 110), ("2024-01-04", 99)])
  let b = Synthetic.series("B", [("2024-01-02", 50), ("2024-01-03", 50), ("2024-01-04", 60)])

  @Test func weekendMoveFoldsIntoTheNextCommonDay() throws {
    let crypto = Synthetic.series(
      "C", [("2024-01-05", 100), ("2024-01-06", 200), ("2024-01-07", 50), ("2024-01-08", 120)])
    let equity = Synthetic.series("E", [("2024-01-05", 10), ("2024-01-08", 11)])
    let r = try PairReturns(AlignedPair(crypto, equity), kind: .simple, frequency: .daily)
    #expect(r.days.map(\.iso) == ["2024-01-08"])
    #expect(abs(r.returnsA[0] - 0.2) < 1e-15)  // Friday 100 → Monday 120, weekend folded in
  }

  @Test func logAndSimpleReturns() throws {
    let log = try PairReturns(AlignedPair(a, b), kind: .log, frequency: .daily)
    #expect(log.baseDay.iso == "2024-01-02")
    #expect(log.days.map(\.iso) == ["2024-01-03", "2024-01-04"])
    #expect(abs(log.returnsA[0] - 0.09531017980432493) < 1e-15)  // ln(1.1)
    let simple = try PairReturns(AlignedPair(a, b), kind: .simple, frequency: .daily)
    #expect(abs(simple.returnsA[1] - (-0.1)) < 1e-15)
    #expect(abs(simple.returnsB[1] - 0.2) < 1e-15)
  }

  @Test func nonPositivePriceIsAnErrorNamingTheDay() {
    let bad = Synthetic.series("X", [("2024-01-02", 1), ("2024-01-03", 0)])
    #expect(
      throws: SeriesError.nonPositivePrice(series: "X", day: Day(iso: "2024-01-03")!, value: 0)
    ) {
      try PairReturns(AlignedPair(bad, b), kind: .log, frequency: .daily)
    }
    let message = String(
      describing: SeriesError.nonPositivePrice(series: "X", day: Day(iso: "2024-01-03")!, value: 0))
    #expect(message.contains("2024-01-03") && message.contains("X"))
  }

  @Test func fewerThanTwoCommonDaysIsAnError() {
    let other = Synthetic.series("O", [("2023-01-02", 1), ("2024-01-03", 2)])
    #expect(throws: SeriesError.tooFewCommonDays(a: "A", b: "O", count: 1)) {
      try PairReturns(AlignedPair(a, other), kind: .log, frequency: .daily)
    }
  }
}
