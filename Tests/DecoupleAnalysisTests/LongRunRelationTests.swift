import DecoupleAnalysis
import DecoupleData
import Foundation
import TestSupport
import Testing

/// A cointegrated pair built with a known half-life: log A = log B + s, s an AR(1) spread.
@Suite struct LongRunRelationTests {
  static func pair(halfLife: Double, shockLastWindow: Double, seed: UInt64) -> (
    DailySeries, DailySeries
  ) {
    var g = SplitMix64(seed: seed)
    let phi = pow(2, -1 / halfLife)
    var s = 0.0
    var lb = 0.0
    var a: [Double] = []
    var b: [Double] = []
    var previousA = 0.0
    var previousB = 0.0
    for i in 0..<2_090 {
      lb += 0.02 * g.normal()
      s = phi * s + 0.01 * g.normal()
      let la = lb + s + (i >= 2_000 ? shockLastWindow : 0)
      b.append(i == 0 ? 0 : lb - previousB)
      previousB = lb
      a.append(i == 0 ? 0 : la - previousA)
      previousA = la
    }
    return (Synthetic.prices(name: "A", logReturns: a), Synthetic.prices(name: "B", logReturns: b))
  }

  @Test(arguments: [1 as UInt64, 2, 3, 4, 5])
  func recoversTheHalfLifeWithinItsInterval(seed: UInt64) throws {
    // The spread is the Engle–Granger residual, so the estimated hedge ratio's error leaks a
    // little random walk into it; 2,000 reference observations keep that small.
    let (a, b) = Self.pair(halfLife: 10, shockLastWindow: 0, seed: seed)
    let s = try DecouplingAnalysis.analyze(a, b)
    let lr = try #require(LongRunRelation(s))
    #expect(lr.cointegrated)
    // Super-consistent, but a finite sample: 0.05 is about three of its standard errors here.
    #expect(abs(lr.hedgeRatio - 1) < 0.05)
    let mr = try #require(lr.meanReversion)
    #expect(mr.halfLifeLower! <= 10 && 10 <= (mr.halfLifeUpper ?? .infinity), "\(mr)")
    #expect(!lr.isBroken)
  }

  @Test func aShockInTheLastWindowBreaksTheRelation() throws {
    let (a, b) = Self.pair(halfLife: 10, shockLastWindow: 0.3, seed: 4)
    let s = try DecouplingAnalysis.analyze(a, b)
    let lr = try #require(LongRunRelation(s))
    #expect(lr.cointegrated && lr.isBroken)
    #expect(lr.deviationZ > 5)
    #expect(lr.sentence("A", "B").contains("the relation is broken"))
  }

  @Test func independentRandomWalksAreNotCointegrated() throws {
    var g = SplitMix64(seed: 9)
    let a = (0..<2_090).map { _ in 0.01 * g.normal() }
    let b = (0..<2_090).map { _ in 0.01 * g.normal() }
    let s = try DecouplingAnalysis.analyze(
      Synthetic.prices(name: "A", logReturns: a), Synthetic.prices(name: "B", logReturns: b))
    let lr = try #require(LongRunRelation(s))
    #expect(!lr.cointegrated && !lr.isBroken)
    #expect(lr.sentence("A", "B").contains("not cointegrated"))
  }
}
