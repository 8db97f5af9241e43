import DecoupleStats
import Foundation
import TestSupport
import Testing

struct StrucchangeCases: Decodable {
  struct Case: Decodable {
    var name: String
    var n: Int
    var h: Int
    var breakpoints: [Int]
    var byBreaks: [[Int]]
    var rss: [Double]
    var bic: [Double]
    var supF: Double
    var supFBreakpoint: Int
    var supFPValue: Double
  }
  var cases: [Case]
}

@Suite struct BaiPerronTests {
  static func reference() throws -> [StrucchangeCases.Case] {
    try JSONDecoder().decode(
      StrucchangeCases.self, from: Data(try Fixture.text("oracle/bp_cases.json").utf8)
    ).cases
  }

  @Test func matchesStrucchange() throws {
    // Reference: R 4.2.2 strucchange 1.5.3 breakpoints(h = 0.15) and sctest(Fstats(from = 0.15))
    // on Nile (the package's example) and three ETH-on-RUT samples (600 and 500
    // days, all 447 weeks; tools/oracle/strucchange.R).
    // Breakpoints: exact. RSS, BIC, sup-F: 1e-9 relative (prefix sums vs recursive residuals).
    // p-value: 1e-9 absolute (the same Hansen table and χ² tail; R floors at 2.2e-16).
    for c in try Self.reference() {
      let t = try NumericTable(fixture: "oracle/bp_\(c.name).csv")
      let r = try BaiPerron.fit(y: t["y"], x: t.header.contains("x") ? t["x"] : nil)
      #expect(r.count == c.n && r.minimumSegment == c.h)
      #expect(r.breakpoints == c.breakpoints, "\(c.name)")
      #expect(r.byBreaks == c.byBreaks, "\(c.name)")
      #expect(r.rss.count == c.rss.count)
      for (g, w) in zip(r.rss, c.rss) { #expect(abs(g - w) <= 1e-9 * w) }
      for (g, w) in zip(r.bic, c.bic) { #expect(abs(g - w) <= 1e-9 * abs(w)) }
      #expect(abs(r.supF - c.supF) <= 1e-9 * c.supF)
      #expect(r.supFBreakpoint == c.supFBreakpoint)
      #expect(abs(r.supFPValue! - c.supFPValue) <= 1e-9, "\(c.name) \(r.supFPValue!)")
    }
  }

  @Test func nileSegments() throws {
    // Nile: the documented break after 1898 (observation 28); means 1097.75 and 849.97.
    let t = try NumericTable(fixture: "oracle/bp_nile.csv")
    let r = try BaiPerron.fit(y: t["y"])
    #expect(r.segments.count == 2)
    #expect(abs(r.segments[0].intercept - 1097.75) < 1e-9)
    #expect(abs(r.segments[1].intercept - 849.9722222222222) < 1e-9)
  }

  @Test func chiSquaredMatchesKnownValues() {
    // R: pchisq(3.84145882069412, 1) = 0.95; the χ²(2) cdf is 1 − e^(−x/2).
    #expect(abs(ChiSquared.cdf(3.84145882069412, degreesOfFreedom: 1) - 0.95) < 1e-12)
    #expect(ChiSquared.cdf(0, degreesOfFreedom: 2) == 0)
    #expect(abs(ChiSquared.cdf(2, degreesOfFreedom: 2) - (1 - exp(-1))) < 1e-14)
  }

  @Test func tooShortIsAnError() {
    #expect(throws: EstimationError.self) {
      try BaiPerron.fit(y: [1, 2, 3, 4, 5], x: [1, 2, 3, 4, 6])
    }
  }
}
