import DecoupleAnalysis
import DecoupleData
import DecoupleStats
import TestSupport
import Testing

/// ETH against RUT around the embedded ETH events, against scipy (Fisher z) and statsmodels (the
/// interaction regression with HAC errors, Holm's adjustment): tools/oracle/events.py.
@Suite struct EventStudyTests {
  @Test func matchesScipyAndStatsmodels() throws {
    let oracle = try Oracle.json("events_ETH_RUT_w90.json")
    let expected = try #require(oracle["events"] as? [[String: Any]])
    let events = MarketEvent.catalogue.filter { $0.assets.contains("ETH") }
    let study = try EventStudy(
      try Dataset.load("ETH"), try Dataset.load("RUT"), events: events, window: 90, lags: 5)
    #expect(study.changes.count == expected.count)
    #expect(study.changes.count == 9)
    for (c, e) in zip(study.changes, expected) {
      #expect(c.event.date.iso == e["event"] as? String)
      #expect(c.day.iso == e["day"] as? String)
      for (got, side) in [(c.before, "before"), (c.after, "after")] {
        let s = try #require(e[side] as? [String: Any])
        #expect(got.count == s["count"] as? Int)
        for (value, key) in [
          (got.correlation, "correlation"), (got.beta, "beta"), (got.volatilityA, "volatilityA"),
          (got.volatilityB, "volatilityB"), (got.gap, "gap"),
        ] {
          #expect(Oracle.relativeError(value, Oracle.double(s[key])) < 1e-9, "\(side) \(key)")
        }
      }
      for (value, key, tolerance) in [
        (c.correlation.z, "correlationZ", 1e-9), (c.correlation.pValue, "correlationP", 1e-9),
        (c.betaChange, "betaChange", 1e-9), (c.betaChangeStandardError, "betaChangeSE", 1e-8),
        (c.betaChangePValue, "betaChangeP", 1e-8), (c.correlationPHolm, "correlationPHolm", 1e-9),
        (c.betaChangePHolm, "betaChangePHolm", 1e-8),
      ] {
        #expect(
          Oracle.relativeError(value, Oracle.double(e[key])) < tolerance,
          "\(c.event.date.iso) \(key): \(value) vs \(Oracle.double(e[key]))")
      }
    }
  }

  @Test func eventsWithoutAWholeWindowAreSkippedAndSaySo() throws {
    let late = MarketEvent(
      date: Day(iso: "2026-05-20")!, label: "Late", short: "Late", assets: [], source: "test")
    let study = try EventStudy(
      try Dataset.load("ETH"), try Dataset.load("RUT"), events: [late], window: 90)
    #expect(study.changes.isEmpty)
    #expect(study.skipped.count == 1)
    #expect(study.skipped[0].reason.contains("fewer than the window of 90"))
  }

  @Test func holmMatchesItsDefinition() {
    // statsmodels multipletests([0.01, 0.04, 0.03, 0.5], method="holm")[1]
    #expect(MultipleTesting.holm([0.01, 0.04, 0.03, 0.5]) == [0.04, 0.09, 0.09, 0.5])
    #expect(MultipleTesting.holm([0.2, .nan, 0.3])[1].isNaN)
  }
}
