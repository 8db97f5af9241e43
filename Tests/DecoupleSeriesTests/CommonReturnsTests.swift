import DecoupleData
import DecoupleSeries
import TestSupport
import Testing

@Suite struct CommonReturnsTests {
  @Test(arguments: [Frequency.daily, .weekly])
  func twoSeriesGiveExactlyThePairReturns(_ f: Frequency) throws {
    // The many-series path must follow the pair conventions to the bit.
    let eth = try Dataset.load("ETH")
    let rut = try Dataset.load("RUT")
    let pair = try PairReturns(AlignedPair(eth, rut), kind: .log, frequency: f)
    let common = try CommonReturns([eth, rut], kind: .log, frequency: f)
    #expect(common.days == pair.days && common.baseDay == pair.baseDay)
    #expect(common.returns[0] == pair.returnsA && common.returns[1] == pair.returnsB)
  }

  @Test func threeSeriesUseTheDaysAllHave() {
    let a = Synthetic.series("A", [("2024-01-04", 1), ("2024-01-05", 2), ("2024-01-08", 4)])
    let b = Synthetic.series("B", [("2024-01-05", 3), ("2024-01-06", 5), ("2024-01-08", 6)])
    let c = Synthetic.series("C", [("2024-01-05", 7), ("2024-01-08", 14), ("2024-01-09", 1)])
    let r = try? CommonReturns([a, b, c], kind: .simple, frequency: .daily)
    #expect(r?.days.map(\.iso) == ["2024-01-08"])
    #expect(r?.returns.map { $0[0] } == [1, 1, 1])
  }

  @Test func tooFewDaysOrABadPriceThrow() {
    let a = Synthetic.series("A", [("2024-01-04", 1), ("2024-01-05", 2)])
    let b = Synthetic.series("B", [("2024-01-05", 3), ("2024-01-06", 5)])
    #expect(throws: SeriesError.self) { try CommonReturns([a, b], kind: .log, frequency: .daily) }
    let z = Synthetic.series("Z", [("2024-01-04", 0), ("2024-01-05", 2)])
    #expect(throws: SeriesError.self) { try CommonReturns([a, z], kind: .log, frequency: .daily) }
  }
}
