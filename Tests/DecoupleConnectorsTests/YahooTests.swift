import DecoupleConnectors
import DecoupleData
import FakeMarketServer
import Testing

@Suite struct YahooTests {
  @Test func dailyBarsLandOnTheirNewYorkDayWithAdjustedClose() async throws {
    try await withServer { server in
      let c = Yahoo(baseURL: server.baseURL("yahoo"))
      let r = try await c.fetch(request("RUT", from: "2026-10-01", server), http: fastClient)
      #expect(server.state.requests[0].contains("/v8/finance/chart/%5ERUT?"))
      #expect(r.instrument == "^RUT" && r.timeZone == "America/New_York")
      #expect(r.calendar == .exchange)
      // Weekdays only, each on its own day (the 09:30 open is 13:30 or 14:30 UTC).
      #expect(r.observations.allSatisfy { $0.time % 86_400 == 0 })
      #expect(r.observations.allSatisfy { ![0, 6].contains(($0.day.daysSince1970 + 4) % 7) })
      #expect(r.observations.first?.day == Day(iso: "2026-10-02"))  // 1 October has no close
      let day = r.observations[0].day
      // JSON carries 15 significant digits here.
      let expected = FakeMarketServer.value(day.startTime, step: 86_400)
      #expect(abs(r.observations[0].value - expected) < 1e-9)
      // One day in twenty has a null close (three weekdays in this range), as Yahoo sends them.
      #expect(r.notes.contains("3 rows without a close were left out."))
      #expect(r.notes.contains { $0.hasPrefix("Values are Yahoo's adjusted close") })
    }
  }

  @Test func hourlyBarsStartOnTheHalfHour() async throws {
    try await withServer { server in
      let c = Yahoo(baseURL: server.baseURL("yahoo"))
      let r = try await c.fetch(
        request("SPY", from: "2026-11-16", server, interval: .hour), http: fastClient)
      #expect(r.observations.count == 28)  // Mon–Thu, 7 bars each; Friday's open at 14:30 UTC
      #expect(r.observations.allSatisfy { $0.time % 3_600 == 1_800 })
    }
  }

  @Test func crumbFailureIsExplained() async throws {
    try await withServer { server in
      let c = Yahoo(baseURL: server.baseURL("yahoo", fault: "crumb"))
      let e = await fetchError {
        _ = try await c.fetch(request("SPY", from: "2026-11-01", server), http: fastClient)
      }
      #expect(e?.description.contains("for want of a 'crumb' (HTTP 401)") == true)
      #expect(e.map { if case .unofficialAPIRefused = $0 { true } else { false } } == true)
    }
  }

  @Test func rateLimitOnEveryAttemptSaysToWait() async throws {
    try await withServer { server in
      let c = Yahoo(baseURL: server.baseURL("yahoo", fault: "429"))
      let e = await fetchError {
        _ = try await c.fetch(request("QQQ", from: "2026-11-01", server), http: fastClient)
      }
      #expect(
        e?.description.hasPrefix(
          "yahoo: Yahoo is rate-limiting this address (HTTP 429 on all 3 attempts; it asked to "
            + "wait 0 s); its chart API is unofficial") == true, "\(String(describing: e))")
      #expect(server.state.requests.count == 3)
    }
  }

  @Test func unknownTicker() async throws {
    try await withServer { server in
      let c = Yahoo(baseURL: server.baseURL("yahoo"))
      let e = await fetchError {
        _ = try await c.fetch(request("ZZZZ", from: "2026-11-01", server), http: fastClient)
      }
      #expect(
        e?.description
          == "yahoo does not serve 'ZZZZ': Not Found: No data found, symbol may be delisted.")
    }
  }

  @Test(arguments: ["dup", "skew"])
  func duplicateAndSkewedTimestamps(fault: String) async throws {
    try await withServer { server in
      let c = Yahoo(baseURL: server.baseURL("yahoo", fault: fault))
      let e = await fetchError {
        _ = try await c.fetch(request("IWM", from: "2026-11-02", server), http: fastClient)
      }
      #expect(
        e?.description.contains(fault == "dup" ? "two different rows" : "later than now") == true)
    }
  }

  @Test(arguments: [(Int64(20 * 3_600 + 1_800), false), (Int64(21 * 3_600), true)])
  func aSessionIsCompleteAtItsCloseInNewYork(offset: Int64, kept: Bool) async throws {
    // 2026-11-20 is a Friday; New York is at UTC−5 then, so the session closes at 21:00 UTC,
    // three hours before the next UTC midnight.
    try await withServer(now: today.startTime + offset) { server in
      let c = Yahoo(baseURL: server.baseURL("yahoo"))
      let r = try await c.fetch(request("SPY", from: "2026-11-16", server), http: fastClient)
      #expect(r.observations.last?.day == (kept ? today : today.adding(days: -1)))
      #expect(
        Yahoo.sessionClose(day: today.startTime, zone: .init(identifier: "America/New_York")!)
          == today.startTime + 21 * 3_600)
    }
  }

  @Test func openHighAndLowAreAdjustedLikeTheClose() async throws {
    try await withServer { server in
      server.state.adjustment = 0.99  // a dividend: adjusted close = 0.99 × close
      let c = Yahoo(baseURL: server.baseURL("yahoo"))
      let r = try await c.fetch(request("QQQ", from: "2026-11-02", server), http: fastClient)
      let o = r.observations[0]
      let close = FakeMarketServer.value(o.time, step: 86_400)
      #expect(abs(o.value - 0.99 * close) < 1e-9)
      #expect(abs(o.open! - 0.99 * close) < 1e-9 && abs(o.low! - 0.99 * close) < 1e-9)
      #expect(r.observations.allSatisfy { $0.low! <= $0.value && $0.value <= $0.high! })
    }
  }
}
