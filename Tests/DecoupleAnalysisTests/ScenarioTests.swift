import DecoupleAnalysis
import DecoupleData
import TestSupport
import Testing

/// `Scenario.compute`: the library behind `decouple scenario`.
@Suite struct ScenarioTests {
  static func run(_ shock: Scenario.Shock, from: Day? = nil, to: Day? = nil) throws -> Scenario {
    try Scenario.compute(
      shock: shock, targets: try Embedded.series("ETH", "RUT"),
      dgs2: try Dataset.load("DGS2"), flows: try Dataset.load("ETH-ETF-FLOWS"), from: from,
      to: to)
  }

  /// DriversCommandTests' case: +50 bp and −US$1 bn a week, through the library. Each move
  /// lies inside its prediction interval, and the sample starts with the flows (2024-07-22 is
  /// the week before the first fund's launch).
  @Test func ratesAndFlowsShockGiveAMoveInsideItsInterval() throws {
    let s = try Self.run(.init(ratesBP: 50, flowsBillions: -1))
    #expect(s.outcomes.map(\.target) == ["ETH", "RUT"])
    #expect(s.factorNames.count == 2 && s.weeks >= 10 && s.from >= Day(iso: "2024-07-22")!)
    for o in s.outcomes {
      #expect(o.lower < o.move && o.move < o.upper)
      #expect(o.prediction.fit.count == s.weeks && o.prediction.at == [50, -1])
    }
  }

  /// The prediction is linear in the shock: the moves at +s and −s average (in log terms) to
  /// the move at 0, and the rates-only model sees the whole history, not just the flow weeks.
  @Test func thePredictionIsLinearInTheShock() throws {
    let up = try Self.run(.init(ratesBP: 25))
    let down = try Self.run(.init(ratesBP: -25))
    let zero = try Self.run(.init(ratesBP: 0))
    for k in 0..<2 {
      let (u, d, z) = (up.outcomes[k], down.outcomes[k], zero.outcomes[k])
      #expect(abs(u.prediction.mean + d.prediction.mean - 2 * z.prediction.mean) < 1e-12)
      // The intervals are symmetric about the mean in log terms.
      let p = u.prediction
      #expect(abs((p.upper - p.mean) - (p.mean - p.lower)) < 1e-12)
    }
    let both = try Self.run(.init(ratesBP: 25, flowsBillions: 1))
    #expect(up.weeks > 3 * both.weeks && up.from < both.from)
  }

  /// Fewer than 10 weeks with every factor: a data error naming both numbers.
  @Test func tooFewWeeksNameTheNumbers() throws {
    let short = historyTooShort {
      _ = try Self.run(
        .init(flowsBillions: 1), from: Day(iso: "2024-07-01"), to: Day(iso: "2024-09-15"))
    }
    #expect(short?.needed == 10 && (short?.available ?? 10) < 10)
  }
}
