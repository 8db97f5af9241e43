import DecoupleData
import Testing

@testable import DecoupleConnectors

@Suite struct ObservationCheckTests {
  let day: Int64 = 86_400
  let start = Day(iso: "2026-03-01")!.startTime

  func result(_ times: [Int64], calendar: MarketCalendar = .continuous) -> FetchResult {
    FetchResult(
      symbol: "X", source: "test", instrument: "X", kind: .price, unit: "USD", timeZone: "UTC",
      calendar: calendar, observations: times.map { Observation(time: $0, value: 1) })
  }

  @Test func sortsDropsIdenticalDuplicatesAndTheIntervalInProgress() throws {
    var r = result([start + 2 * day, start, start + day, start + day, start + 3 * day])
    let req = FetchRequest(
      symbol: "X", interval: .day, from: start, to: start + 4 * day, now: start + 3 * day + 10)
    try ObservationCheck.finish(&r, request: req, now: req.now)
    #expect(r.observations.map(\.time) == [start, start + day, start + 2 * day])
    #expect(
      r.notes == [
        "1 repeated identical rows were dropped.",
        "The day still in progress, 2026-03-04, was left out.",
      ])
  }

  @Test func offTheGridIsAnError() {
    var r = result([start, start + day + 60])
    let req = FetchRequest(symbol: "X", interval: .day, from: start, to: start + 9 * day)
    #expect(
      throws: FetchError.misaligned(source: "test", time: "2026-03-02T00:01Z", interval: "1d")
    ) {
      try ObservationCheck.finish(&r, request: req, now: req.now)
    }
  }

  @Test func holesAreKeptAsGapsAndNamedForTwentyFourSevenMarkets() throws {
    let req = FetchRequest(symbol: "X", interval: .day, from: start, to: start + 4 * day)
    var crypto = result([start, start + 3 * day])
    try ObservationCheck.finish(&crypto, request: req, now: req.now)
    #expect(crypto.observations.map(\.time) == [start, start + 3 * day])
    #expect(
      crypto.notes == [
        "test has no row for 2 days inside the range (2026-03-02, 2026-03-03); they are stored "
          + "as gaps."
      ])
    var rates = result([start, start + 3 * day], calendar: .published)
    try ObservationCheck.finish(&rates, request: req, now: req.now)
    #expect(rates.observations.count == 2 && rates.notes.isEmpty)
  }

  @Test func aDayEndsAtTheSessionCloseWhenOneIsGiven() throws {
    // An exchange day is complete at its close (here 21:00 UTC), not at the next UTC midnight.
    let close: (Int64) -> Int64 = { $0 + 21 * 3_600 }
    for (now, kept) in [(start + 2 * day + 20 * 3_600, 2), (start + 2 * day + 21 * 3_600, 3)] {
      var r = result([start, start + day, start + 2 * day], calendar: .exchange)
      let req = FetchRequest(symbol: "X", interval: .day, from: start, to: now)
      try ObservationCheck.finish(&r, request: req, now: now, periodEnd: close)
      #expect(r.observations.count == kept)
    }
  }

  @Test func labels() {
    #expect(ObservationCheck.label(start) == "2026-03-01")
    #expect(ObservationCheck.label(start + 13 * 3_600 + 30 * 60) == "2026-03-01T13:30Z")
    #expect(ObservationCheck.label(start + 13 * 3_600 + 5) == "2026-03-01T13:00:05Z")
  }
}
