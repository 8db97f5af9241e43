import DecoupleData
import DecoupleStore
import DecoupleWorkspace
import FakeMarketServer
import Foundation
import TestSupport
import Testing

/// The workspace on responses the real services gave (`Tests/TestSupport/Fixtures/recorded/
/// SOURCES.md`), served unchanged to the real connectors.
@Suite struct RecordedResponseWorkspaceTests {
  /// Yahoo's AAPL chart for 2020-08-31 to 2020-11-07 as recorded on 2021-11-22 is stored; an
  /// update from 2020-10-01 then gets the same request as recorded on 2025-02-20, every adjusted
  /// close lowered by the dividends paid in between. The whole history is fetched again.
  @Test func yahooAChangedAdjustmentBetweenTwoRecordingsRefetchesTheHistory() async throws {
    let old = try #require(
      jsonValue(
        after: "bodyJson",
        in: try Fixture.text(
          "recorded/yahoo/chart-AAPL-2020-08-31-to-2020-11-07.recorded-2021-11-22.json")))
    let new = try #require(
      jsonValue(
        after: "bodyJson",
        in: try Fixture.text("recorded/yahoo/chart-AAPL-2020-08-31-to-2020-11-07.json")))
    let server = try await FakeMarketServer.start()
    defer { server.stop() }
    server.state.serve("aapl", body: old)
    let temp = TemporaryWorkspace(environment: [
      "DECOUPLE_YAHOO_URL": server.recordedURL("aapl").absoluteString,
      // 2025-02-20 11:47:42 UTC, the second recording's time.
      "DECOUPLE_NOW": "1740052062",
    ])
    defer { temp.remove() }
    let first = try await temp.workspace.fetch(
      "AAPL", source: "yahoo", from: Day(iso: "2020-08-31"), to: Day(iso: "2020-11-06"))
    #expect(first.outcomes.first?.summary != nil)
    server.state.serve("aapl", body: new)
    let report = try await temp.workspace.fetch(
      "AAPL", source: "yahoo", from: Day(iso: "2020-10-01"), to: Day(iso: "2020-11-06"))
    let notes = report.outcomes.first?.result.notes ?? []
    #expect(
      notes.contains(
        "Yahoo's adjusted closes in the overlap changed by a factor of 0.9828 (a dividend or "
          + "split since the last fetch), so the whole history from 2020-08-31 was fetched "
          + "again."), "\(notes)")
    // The second request asked from the first stored day, and all 49 days now hold 2025's values.
    #expect(server.state.requests.count == 3, "\(server.state.requests)")
    let store = try Store(path: temp.folder.appendingPathComponent("store.sqlite").path)
    let series = try #require(try store.series("AAPL"))
    let stored = try store.observations(series)
    #expect(stored.count == 49)
    #expect(stored.first?.day == Day(iso: "2020-08-31"))
    #expect(stored.first?.value == 125.82673645019531)
    #expect(stored.last?.value == 115.93415069580078)
  }
}
