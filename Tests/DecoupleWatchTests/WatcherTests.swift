import DecoupleAnalysis
import DecoupleData
import DecoupleWatch
import DecoupleWorkspace
import Foundation
import Testing

/// Watch cycles on the embedded data with a fake clock (`DECOUPLE_NOW`), through a real store.
@Suite struct WatcherTests {
  /// A workspace on a store of its own, at `day`'s end (its closed days end on `day`).
  static func workspace(_ folder: URL, at day: Day) -> Workspace {
    Workspace(
      storePath: folder.appendingPathComponent("store.sqlite").path,
      environment: ["DECOUPLE_NOW": String(Int64(day.daysSince1970 + 1) * 86_400 + 3_600)])
  }

  static func folder() -> URL {
    let f = FileManager.default.temporaryDirectory.appendingPathComponent(
      "decouple-watch-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: f, withIntermediateDirectories: true)
    return f
  }

  static let list = Watchlist(
    pairs: [
      .init(
        a: "ETH", b: "RUT",
        rules: AlertRule.defaults + [
          AlertRule(.leaves(.gap, EpisodeRules())),
          AlertRule(.below(.correlation, level: 0.3, rearm: 0.35)),
        ])
    ])

  /// Run every day over 45 days, the watch raises exactly the alerts a replay over those days
  /// shows — each once — and the store ends each alert's stretch when it ends.
  @Test func dailyCyclesRaiseWhatReplayShows() async throws {
    let folder = Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let days = (0..<45).map { Day(iso: "2025-07-01")!.adding(days: $0) }
    var raised: [AlertRecord] = []
    for day in days {
      let w = Watcher(workspace: Self.workspace(folder, at: day), watchlist: Self.list, sinks: [:])
      let cycle = try await w.cycle(update: false)
      #expect(cycle.lastClosedDay == day)
      #expect(cycle.pairs.allSatisfy { $0.error == nil })
      raised += cycle.newAlerts
      // Run again on the same day: nothing new.
      #expect(try await w.cycle(update: false).newAlerts.isEmpty)
    }
    let last = Self.workspace(folder, at: days.last!)
    let replay = Watcher(workspace: last, watchlist: Self.list, sinks: [:])
      .replay(from: days.first!)
    let entries = try replay[0].result.get().entries
    #expect(!entries.isEmpty)
    #expect(
      Set(raised.map { "\($0.rule) \($0.since) \($0.day)" })
        == Set(entries.map { "\($0.event.rule.key) \($0.event.since.iso) \($0.event.day.iso)" }))
    #expect(Set(raised.map(\.id)).count == raised.count)
    let stored = try last.alerts()
    #expect(stored.count == raised.count)
    for e in entries {
      let a = try #require(
        stored.first { $0.rule == e.event.rule.key && $0.since == e.event.since.iso })
      #expect(a.endedOn == e.event.endedOn?.iso)
    }
  }

  /// A pair that cannot be evaluated is reported; the others are evaluated.
  @Test func oneFailingPairDoesNotStopTheOthers() async throws {
    let folder = Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let list = Watchlist(pairs: [.init(a: "NOPE", b: "RUT"), .init(a: "ETH", b: "RUT")])
    let w = Watcher(
      workspace: Self.workspace(folder, at: Day(iso: "2026-05-29")!), watchlist: list, sinks: [:])
    let cycle = try await w.cycle(update: false)
    #expect(cycle.pairs[0].error?.contains("NOPE") == true)
    #expect(cycle.pairs[1].error == nil)
    #expect(cycle.pairs[1].evaluatedTo == Day(iso: "2026-05-29"))
    #expect(cycle.problems == 1)
  }

  /// No partial day: at 23:59 UTC the day is not over, so it is not evaluated.
  @Test func evaluatesClosedDaysOnly() {
    let day = Day(iso: "2026-05-29")!
    let end = Int64(day.daysSince1970 + 1) * 86_400
    #expect(Watcher.lastClosedDay(now: end) == day)
    #expect(Watcher.lastClosedDay(now: end - 60) == day.adding(days: -1))
  }
}
