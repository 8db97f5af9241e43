import DecoupleAnalysis
import DecoupleData
import Foundation
import TestSupport
import Testing

/// Every verdict `decouple check` can print, reached on constructed pairs.
@Suite struct ClaimCheckerTests {
  /// Stretches of (length, coupling): coupling 1 = A tracks B, 0 = independent, −1 = A mirrors B.
  static func pair(_ stretches: [(Int, Double)], seed: UInt64 = 17) -> (DailySeries, DailySeries) {
    var g = SplitMix64(seed: seed)
    var a: [Double] = []
    var b: [Double] = []
    for (n, c) in stretches {
      for _ in 0..<n {
        let x = 0.01 * g.normal()
        b.append(x)
        a.append(c * x + (1 - abs(c)) * 0.01 * g.normal() + 0.002 * g.normal())
      }
    }
    return (Synthetic.prices(name: "A", logReturns: a), Synthetic.prices(name: "B", logReturns: b))
  }

  static func report(_ p: (DailySeries, DailySeries)) throws -> DecouplingReport {
    try DecouplingAnalysis.report(p.0, p.1)
  }

  @Test func aClearRecordLowCorrelationIsSupported() throws {
    let r = try Self.report(Self.pair([(600, 1), (90, 0), (300, 1), (90, -1)]))
    let c = ClaimChecker.check(.recordLowCorrelation, in: r)
    #expect(c.verdict == .supported, "\(c.reason)")
    #expect(c.record?.finding == .distinguishableRecord)
    #expect(c.record!.pValue! < 0.05)
  }

  @Test func aRecordWithinNoiseIsInconclusive() throws {
    // The current window repeats the earlier independent stretch with A nudged away from B:
    // a hair below the previous low, far inside its noise.
    var (a, b) = Self.pair([(600, 1), (90, 0), (300, 1)])
    let ra = zip(a.values.dropFirst(), a.values).map { log($0 / $1) }
    let rb = zip(b.values.dropFirst(), b.values).map { log($0 / $1) }
    let copyA = Array(ra[600..<690]).enumerated().map { $1 - 0.02 * rb[600 + $0] }
    let copyB = Array(rb[600..<690])
    a = Synthetic.prices(name: "A", logReturns: ra + copyA)
    b = Synthetic.prices(name: "B", logReturns: rb + copyB)
    let r = try DecouplingAnalysis.report(a, b)
    let c = ClaimChecker.check(.recordLowCorrelation, in: r)
    #expect(c.record?.finding == .recordWithinNoise, "\(c.evidence)")
    #expect(c.verdict == .inconclusive)
  }

  @Test func aCoupledPairIsNotAtARecordLow() throws {
    let r = try Self.report(Self.pair([(600, 1), (90, 0), (300, 1)]))
    let c = ClaimChecker.check(.recordLowCorrelation, in: r)
    #expect(c.verdict == .notSupported)
    #expect(c.record?.finding == .notRecord)
  }

  @Test func correlationBelowUsesTheConfidenceInterval() throws {
    let r = try Self.report(Self.pair([(600, 1), (90, 0)]))
    #expect(ClaimChecker.check(.correlationBelow(0.9), in: r).verdict == .supported)
    #expect(ClaimChecker.check(.correlationBelow(-0.9), in: r).verdict == .notSupported)
    let current = r.summary[.correlation].current!
    #expect(ClaimChecker.check(.correlationBelow(current + 0.01), in: r).verdict == .inconclusive)
  }

  @Test func decoupledSinceFollowsTheOpenEpisodes() throws {
    let r = try Self.report(Self.pair([(600, 1), (300, 0)]))
    let open = r.episodes(.correlation).current!
    #expect(ClaimChecker.check(.decoupledSince(open.start), in: r).verdict == .supported)
    let early = r.summary.rows[200].date
    let c = ClaimChecker.check(.decoupledSince(early), in: r)
    #expect(c.verdict == .notSupported)
    #expect(c.reason.contains("only since"))
    let coupled = try Self.report(Self.pair([(900, 1)]))
    let none = ClaimChecker.check(.decoupledSince(coupled.summary.rows[500].date), in: coupled)
    if coupled.episodes.allSatisfy({ $0.current == nil }) {
      #expect(none.verdict == .notSupported && none.reason.contains("not decoupled"))
    }
  }

  @Test func aRecordGapNeedsToBeBeyondThePreviousOne() throws {
    // A falls behind by 1% a day in the last window: far beyond any earlier gap.
    var (a, b) = Self.pair([(900, 1)])
    let ra = zip(a.values.dropFirst(), a.values).enumerated().map { i, p in
      log(p.0 / p.1) - (i >= 810 ? 0.01 : 0)
    }
    a = Synthetic.prices(name: "A", logReturns: ra)
    b = Synthetic.prices(
      name: "B", logReturns: zip(b.values.dropFirst(), b.values).map { log($0 / $1) })
    let r = try DecouplingAnalysis.report(a, b)
    let c = ClaimChecker.check(.recordGap, in: r)
    #expect(c.verdict == .supported, "\(c.evidence)")
    #expect(c.record?.side == .low)
  }

  /// SupplyClaimTests' three cases, through the library: validatorqueue supply 120.27 M on
  /// 2023-05-21 and 120.09 M on 2024-03-13 (SOURCES.md) is a fall; it rose from 2024-05-01 to
  /// the end of the data; 2022-12-01 lies in the supply gap (2022-09-02…2023-05-18). `check`
  /// answers what `supplyClaim` answers on the report's as-of day.
  static let supplyCases: [(String, String?, ClaimCheck.Verdict)] = [
    ("2023-05-21", "2024-03-13", .supported), ("2024-05-01", nil, .notSupported),
    ("2022-12-01", nil, .inconclusive),
  ]

  @Test(arguments: supplyCases)
  func supplyDeflationarySince(_ since: String, _ asOf: String?, _ want: ClaimCheck.Verdict)
    throws
  {
    let model = SupplyModel.build(try EmbeddedInputs.supply())
    let r = try DecouplingAnalysis.report(
      try Dataset.load("ETH"), try Dataset.load("RUT"),
      options: .init(to: asOf.flatMap { Day(iso: $0) }), extras: [])
    let day = Day(iso: since)!
    let c = ClaimChecker.check(.supplyDeflationarySince(day), in: r, supply: model)
    #expect(c.verdict == want, "\(c.reason)")
    #expect(c == ClaimChecker.supplyClaim(day, asOf: r.summary.asOf, model: model))
    if want == .supported {
      #expect(c.evidence[0].hasPrefix("Supply 1202") && c.evidence[0].contains("ETH on 2023-05-21"))
    }
    if want == .inconclusive { #expect(c.reason.contains("2022-09-02 to 2023-05-18")) }
    // Without the on-chain series there is no answer.
    let none = ClaimChecker.check(.supplyDeflationarySince(day), in: r)
    #expect(none.verdict == .inconclusive && none.reason.contains("No supply model"))
  }
}
