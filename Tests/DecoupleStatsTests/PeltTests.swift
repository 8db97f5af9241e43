import DecoupleStats
import Foundation
import TestSupport
import Testing

struct PeltCases: Decodable {
  struct Case: Decodable {
    var model: String
    var minSize: Int
    var penalty: String
    var penaltyValue: Double
    var breakpoints: [Int]
  }
  var n: Int
  var cases: [Case]
}

@Suite struct PeltTests {
  @Test func matchesRupturesExactly() throws {
    // Reference: ruptures 1.1.10 Pelt(model, min_size, jump=1).fit(x).predict(pen) on ETH/RUT
    // daily log returns ×100 (tools/oracle/pelt.py). Breakpoints are integers: exact match.
    // Penalty values are our BIC/MBIC formulas, restated in the script: 1e-9 relative.
    let t = try NumericTable(fixture: "oracle/pelt_ETH_RUT.csv")
    let y = t["returnA"]
    let x = t["returnB"]
    let ref = try JSONDecoder().decode(
      PeltCases.self, from: Data(try Fixture.text("oracle/pelt_cases.json").utf8))
    #expect(ref.n == y.count)
    for c in ref.cases {
      let penalty: Pelt.Penalty =
        switch c.penalty {
        case "bic": .bic
        case "mbic": .mbic
        default: .value(c.penaltyValue)
        }
      let result =
        c.model == "linear"
        ? try Pelt.detect(y: y, x: x, minSize: c.minSize, penalty: penalty)
        : try Pelt.detect(
          y, cost: Pelt.Cost(rawValue: c.model)!, minSize: c.minSize,
          penalty: penalty)
      #expect(abs(result.penalty - c.penaltyValue) <= 1e-9 * c.penaltyValue, "\(c.model)")
      #expect(result.breakpoints == c.breakpoints, "\(c.model) \(c.minSize) \(c.penalty)")
    }
  }

  @Test func findsAPlantedMeanShift() throws {
    var g = SplitMix64(seed: 7)
    let x = (0..<400).map { ($0 < 250 ? 0.0 : 3.0) + g.normal() }
    let r = try Pelt.detect(x, cost: .l2, minSize: 5)
    #expect(r.breakpoints == [250, 400])
    #expect(r.changes == [250])
  }

  @Test func edges() {
    #expect(throws: EstimationError.self) { try Pelt.detect([1, 2], cost: .normal, minSize: 5) }
    #expect(throws: EstimationError.self) {
      try Pelt.detect([1, 2, 3, 4], cost: .l2, minSize: 1, penalty: .value(0))
    }
    #expect(throws: EstimationError.self) {
      try Pelt.detect([1, .nan, 3, 4], cost: .l2, minSize: 1, penalty: .value(1))
    }
  }
}
