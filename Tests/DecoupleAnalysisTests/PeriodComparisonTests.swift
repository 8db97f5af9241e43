import DecoupleAnalysis
import DecoupleData
import Foundation
import TestSupport
import Testing

/// `CoMovement.compare`: the library behind `decouple compare`.
@Suite struct PeriodComparisonTests {
  static let h1of2021 = Day(iso: "2021-01-01")!...Day(iso: "2021-06-30")!
  static let h1of2025 = Day(iso: "2025-01-01")!...Day(iso: "2025-06-30")!

  /// pandas' returns of one period, without its first (which starts in the period before:
  /// `compare` takes returns within each period).
  static func pandasReturns(_ range: ClosedRange<Day>) throws -> (x: [Double], y: [Double]) {
    let t = try Embedded.ethRutPandas()
    let rows = t.dates.indices.filter {
      t.dates[$0] >= range.lowerBound.iso && t.dates[$0] <= range.upperBound.iso
    }.dropFirst()
    return (rows.map { t["returnA"][$0] }, rows.map { t["returnB"][$0] })
  }

  /// Reference: the pandas returns (tools/oracle/pairs.py) of H1 2021 and H1 2025, each
  /// period's correlation and beta two-pass, and the Fisher z test of tools/oracle/inference.py
  /// (z = (atanh r1 − atanh r2) / √(1/(n1 − 3) + 1/(n2 − 3)), p = erfc(|z|/√2)). Its fixture
  /// (inference_compare.csv, row 2: 0.172 vs 0.480, p 0.0068) keeps the boundary-spanning first
  /// return; without it the counts are one less. 1e-12 absolute: two-pass sums of the same
  /// doubles.
  @Test func periodsMatchPandasReturnsAndTheFisherTest() throws {
    let s = try Embedded.series("ETH", "RUT")
    let c = try CoMovement.compare(
      s[0], s[1], first: Self.h1of2021, second: Self.h1of2025, replicates: 200, seed: 9)
    let fixture = try NumericTable(fixture: "oracle/inference_compare.csv")
    var z: [Double] = []
    for (period, range, n) in [
      (c.first, Self.h1of2021, fixture["n1"][1]), (c.second, Self.h1of2025, fixture["n2"][1]),
    ] {
      let (x, y) = try Self.pandasReturns(range)
      #expect(period.count == x.count && period.count == Int(n) - 1)
      let r = Reference.windowCorrelation(x[...], y[...], minPeriods: 2)
      #expect(abs(period.correlation - r) < 1e-12)
      let (mx, my) = (x.reduce(0, +) / Double(x.count), y.reduce(0, +) / Double(y.count))
      let sxy = zip(x, y).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
      let syy = y.reduce(0) { $0 + ($1 - my) * ($1 - my) }
      #expect(abs(period.beta - sxy / syy) < 1e-12)
      #expect(period.lower < period.correlation && period.correlation < period.upper)
      #expect(period.correlationBootstrap.estimate == period.correlation)
      #expect(period.from >= range.lowerBound && period.to <= range.upperBound)
      z.append(atanh(r))
    }
    let se = (1 / Double(c.first.count - 3) + 1 / Double(c.second.count - 3)).squareRoot()
    let want = (z[0] - z[1]) / se
    #expect(abs(c.difference.z - want) < 1e-9)
    #expect(abs(c.difference.pValue - erfc(abs(want) / 2.squareRoot())) < 1e-9)
    #expect(c.difference.pValue < 0.05 && fixture["p"][1] < 0.05)
  }

  /// The bootstrap is seeded: the same seed gives the same intervals, another seed others.
  @Test func theBootstrapIsReproducibleWithASeed() throws {
    let s = try Embedded.series("ETH", "RUT")
    func run(_ seed: UInt64) throws -> PeriodComparison {
      try CoMovement.compare(
        s[0], s[1], first: Self.h1of2021, second: Self.h1of2025, replicates: 200, seed: seed)
    }
    let (one, two, other) = (try run(9), try run(9), try run(10))
    #expect(one.first.correlationBootstrap == two.first.correlationBootstrap)
    #expect(one.second.betaBootstrap == two.second.betaBootstrap)
    #expect(one.first.correlationBootstrap.lower != other.first.correlationBootstrap.lower)
    #expect(one.first.correlation == other.first.correlation)
  }

  /// A period with fewer than 4 returns is a data error naming the numbers (2021-01-01…03 has
  /// one common close: no return).
  @Test func aTooShortPeriodNamesTheNumbers() throws {
    let s = try Embedded.series("ETH", "RUT")
    let short = historyTooShort {
      _ = try CoMovement.compare(
        s[0], s[1], first: Day(iso: "2021-01-01")!...Day(iso: "2021-01-07")!,
        second: Self.h1of2025, replicates: 50)
    }
    #expect(short?.needed == 4 && short?.available == 3)
  }
}
