import DecoupleAnalysis
import DecoupleData
import DecoupleSeries
import DecoupleStats
import Foundation
import TestSupport
import Testing

/// `RateSensitivity`: the library behind `decouple rates`.
@Suite struct RateSensitivityTests {
  static let asOf = Day(iso: "2026-06-04")!

  static func view(window: Int = 90, to: Day? = asOf) throws -> RateSensitivity {
    try RateSensitivity(
      assets: try Embedded.series("ETH", "RUT"), levels: try EmbeddedInputs.rateLevels(),
      yield: try Dataset.load("DGS2"), window: window, to: to)
  }

  /// RatesCommandTests' case (as of 2026-06-04): the spread is DGS2 − DFF on their common last
  /// day, nothing after the as-of day is used, and both assets have a percentile.
  @Test func levelsAndSpreadAsOfADay() throws {
    let v = try Self.view()
    let level = Dictionary(uniqueKeysWithValues: v.levels.map { ($0.name, $0) })
    let (dgs2, dff) = (try #require(level["DGS2"]), try #require(level["DFF"]))
    if dgs2.date == dff.date {
      #expect(abs(level["DGS2-DFF"]!.value - (dgs2.value - dff.value)) < 1e-9)
    }
    #expect(v.levels.allSatisfy { $0.date <= Self.asOf } && v.asOf <= Self.asOf)
    #expect(v.sensitivities.map(\.asset) == ["ETH", "RUT"])
    #expect(
      v.sensitivities.allSatisfy {
        ($0.betaPer100bp.percentile).map { (0...1).contains($0) } ?? false
      })
  }

  /// The last beta and correlation are the OLS slope and two-pass correlation of the last 90
  /// daily log returns of ETH on the DGS2 changes (percentage points) on their common days.
  @Test func theLastWindowIsAnOrdinaryRegression() throws {
    let v = try Self.view()
    let pair = AlignedPair(
      try Dataset.load("ETH").clipped(to: Self.asOf),
      try Dataset.load("DGS2").clipped(to: Self.asOf))
    let r = zip(pair.closesA.dropFirst(), pair.closesA).map { log($0 / $1) }.suffix(90)
    let dy = zip(pair.closesB.dropFirst(), pair.closesB).map { $0 - $1 }.suffix(90)
    let fit = OLS.fit(Array(r), on: [Array(dy)])
    let eth = v.sensitivities[0]
    #expect(eth.days.last == pair.days.last)
    #expect(abs(eth.betaPer100bp.current! - fit.betas[0]) < 1e-9)
    #expect(
      abs(eth.correlation.current! - Reference.windowCorrelation(r, dy, minPeriods: 90)) < 1e-9)
  }

  /// A window longer than the common history names the numbers.
  @Test func tooShortNamesTheNumbers() throws {
    let short = historyTooShort { _ = try Self.view(window: 50_000) }
    #expect(short?.needed == 50_000 && (short?.available ?? 50_000) < 50_000)
  }
}
