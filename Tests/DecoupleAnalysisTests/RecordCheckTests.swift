import DecoupleAnalysis
import DecoupleData
import TestSupport
import Testing

@Suite struct RecordCheckTests {
  @Test func realEthRutGapIsShortOfTheRecordButWithinNoise() throws {
    // ETH/RUT on 2026-06-04: gap −60 pts against the 2018 record −155 pts; the window sums are
    // so noisy (≈36 pts standard error each) that the shortfall is not significant.
    let s = try DecouplingAnalysis.analyze(try Dataset.load("ETH"), try Dataset.load("RUT"))
    let r = try #require(RecordCheck(.gap, in: s))
    #expect(r.finding == .notRecordWithinNoise)
    #expect(r.previousRecord?.date == Day(iso: "2018-09-12"))
    #expect(r.side == .low)
    let correlation = try #require(RecordCheck(.correlation, in: s))
    #expect(correlation.finding == .notRecord)
    #expect(correlation.previousRecord?.date == Day(iso: "2019-07-11"))
  }

  @Test func aHistoryOfOneWindowHasNothingToCompareWith() throws {
    var g = SplitMix64(seed: 2)
    let b = (0..<40).map { _ in 0.01 * g.normal() }
    let a = b.map { $0 + 0.005 * g.normal() }
    let s = try DecouplingAnalysis.analyze(
      Synthetic.prices(name: "A", logReturns: a), Synthetic.prices(name: "B", logReturns: b),
      options: .init(window: 30))
    let r = try #require(RecordCheck(.correlation, in: s))
    #expect(r.finding == .noHistory && r.previousRecord == nil)
    #expect(r.sentence.contains("no earlier"))
  }

  @Test func aShortHistorySaysHowFewWindowsTheRecordRestsOn() throws {
    // 200 returns, window 30: the previous record is sought among 5 earlier windows.
    var g = SplitMix64(seed: 2)
    let b = (0..<200).map { _ in 0.01 * g.normal() }
    let a = b.map { $0 + 0.005 * g.normal() }
    let s = try DecouplingAnalysis.analyze(
      Synthetic.prices(name: "A", logReturns: a), Synthetic.prices(name: "B", logReturns: b),
      options: .init(window: 30))
    let r = try #require(RecordCheck(.gap, in: s))
    #expect(r.earlierWindows == 5)
    #expect(r.sentence.hasSuffix("only 5 non-overlapping windows of history."), "\(r.sentence)")
  }

  @Test func theSameSeriesHasNoTestRatherThanANaN() throws {
    let eth = try Dataset.load("ETH")
    let s = try DecouplingAnalysis.analyze(eth, eth)
    let r = try #require(RecordCheck(.gap, in: s))
    #expect(r.pValue == nil)
    #expect(!r.sentence.contains("nan") && r.sentence.contains("no test"))
  }
}
