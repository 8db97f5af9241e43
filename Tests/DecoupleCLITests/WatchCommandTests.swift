import DecoupleData
import DecoupleStore
import FakeMarketServer
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `decouple watch` and `decouple alerts` as a user runs them: the real executable, a real
/// store, a local webhook receiver, the fake market server and a fake clock (`DECOUPLE_NOW`).
@Suite(.serialized) struct WatchCommandTests {
  /// One hour into the day after `day`: `day` is the last closed day.
  static func clock(_ day: String) -> String {
    String(Int64(Day(iso: day)!.daysSince1970 + 1) * 86_400 + 3_600)
  }

  /// A folder with a watchlist of ETH/RUT (default rules), a log, a webhook to `hook`.
  static func setUp(hook: URL?) throws -> (folder: URL, watchlist: String, store: String) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "decouple-watch-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var text = """
      pairs:
        - pair: ETH/RUT
      channels:
        log: \(folder.path)/alerts.jsonl

      """
    if let hook {
      text += """
          webhooks:
            - name: team
              url: \(hook.absoluteString)
              headers: {Authorization: "Bearer ${TEST_TOKEN}"}

        """
    }
    let list = folder.appendingPathComponent("watch.yaml")
    try text.write(to: list, atomically: true, encoding: .utf8)
    return (folder, list.path, folder.appendingPathComponent("store.sqlite").path)
  }

  static func watch(
    _ f: (folder: URL, watchlist: String, store: String), on day: String, _ more: [String] = []
  ) async throws -> CLI.Result {
    try await CLI.runAsync(
      ["watch", "--watchlist", f.watchlist, "--store", f.store, "--no-update"] + more,
      environment: [
        "DECOUPLE_NOW": clock(day), "DECOUPLE_RETRY_BASE_DELAY": "0.01", "TEST_TOKEN": "s3cret",
      ])
  }

  static func ids(_ bodies: [Data]) -> [String] {
    bodies.compactMap {
      (try? JSONSerialization.jsonObject(with: $0) as? [String: Any])?["id"] as? String
    }
  }

  /// The webhook fails twice, then takes the alert (retried within the run); refused, the
  /// alert stays pending (exit 1, `alerts` says so) and goes out on the next run with the
  /// next day's new alert; each alert reaches the receiver and the log once.
  @Test func webhookRetriesAndAFailedDeliveryWaitsForTheNextRun() async throws {
    let hook = try await WebhookReceiver.start()
    defer { hook.stop() }
    let f = try Self.setUp(hook: hook.url)
    defer { try? FileManager.default.removeItem(at: f.folder) }

    // 2026-05-21: nothing is extreme yet.
    let quiet = try await Self.watch(f, on: "2026-05-21")
    #expect(quiet.status == 0, "\(quiet.stderr)")
    #expect(quiet.stdout.hasPrefix("No new alert on 1 pair watched to 2026-05-21"))

    // 2026-05-22: the residual drift enters its extreme; the webhook fails twice first.
    hook.respond(.failFirst(2, status: 503))
    let first = try await Self.watch(f, on: "2026-05-22")
    #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
    #expect(first.stdout.hasPrefix("1 new alert on 1 pair watched to 2026-05-22"))
    #expect(first.stdout.contains("residual drift is in its bottom or top 10%"))
    #expect(hook.requests.map(\.status) == [503, 503, 200])
    #expect(hook.requests.last?.headers["authorization"] == "Bearer s3cret")
    #expect(
      Self.ids(hook.accepted) == ["ETH/RUT w90 daily|enters-residualDrift-0.1-0.25|2026-05-22"])
    #expect(hook.requests.last?.headers["idempotency-key"] == Self.ids(hook.accepted).first)

    // The receiver refuses everything: the next day's alert stays pending.
    hook.respond(.reject(status: 400))
    _ = try await Self.watch(f, on: "2026-05-25")
    let refused = try await Self.watch(f, on: "2026-05-26")
    #expect(refused.status == 1)
    #expect(refused.stdout.hasPrefix("1 new alert on 1 pair watched to 2026-05-26"))
    #expect(refused.stdout.contains("Delivery on webhook:team failed"))
    #expect(refused.stdout.contains("1 delivery pending"))
    let listing = try await CLI.runAsync(["alerts", "--store", f.store])
    #expect(listing.stdout.hasPrefix("2 alerts, 2 still open; 1 delivery pending."))
    #expect(listing.stdout.contains("pending on webhook:team after 1 attempt"))

    // The receiver is back: the pending alert goes out; nothing is sent twice.
    hook.respond(.accept)
    let later = try await Self.watch(f, on: "2026-05-27")
    #expect(later.status == 0, "\(later.stdout)")
    #expect(!later.stdout.contains("pending"))
    #expect(
      Self.ids(hook.accepted) == [
        "ETH/RUT w90 daily|enters-residualDrift-0.1-0.25|2026-05-22",
        "ETH/RUT w90 daily|enters-gap-0.1-0.25|2026-05-26",
      ])
    let log = try String(contentsOfFile: f.folder.path + "/alerts.jsonl", encoding: .utf8)
    #expect(Self.ids(log.split(separator: "\n").map { Data($0.utf8) }) == Self.ids(hook.accepted))
    let json = try await CLI.runAsync(["alerts", "--store", f.store, "--format", "json"])
    let o = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
    #expect(o["pending"] as? Int == 0)
    #expect(o["count"] as? Int == 2)
  }

  /// kill -9 while the webhook holds its answer: the alerts were recorded before any delivery,
  /// so the next run raises none again, sends the unconfirmed ones again with the same
  /// `Idempotency-Key`, and the receiver and the log end with each alert once.
  @Test func killedMidCycleLosesNoAlertAndRepeatsNone() async throws {
    let hook = try await WebhookReceiver.start()
    defer { hook.stop() }
    let f = try Self.setUp(hook: hook.url)
    defer { try? FileManager.default.removeItem(at: f.folder) }
    hook.delay(60, first: 1)
    let (p, _, _) = try CLI.launch(
      ["watch", "--watchlist", f.watchlist, "--store", f.store, "--no-update"],
      environment: ["DECOUPLE_NOW": Self.clock("2026-05-27"), "TEST_TOKEN": "t"])
    let deadline = Date().addingTimeInterval(30)
    while hook.requests.isEmpty && Date() < deadline {
      try await Task.sleep(for: .milliseconds(20))
    }
    #expect(hook.requests.count == 1)
    kill(p.processIdentifier, SIGKILL)
    p.waitUntilExit()
    #expect(p.terminationReason == .uncaughtSignal)

    let store = try Store(path: f.store)
    #expect(try store.alerts().count == 2)
    #expect(try store.pendingDeliveries().count >= 2)

    let again = try await Self.watch(f, on: "2026-05-27")
    #expect(again.status == 0, "\(again.stdout)")
    #expect(again.stdout.hasPrefix("No new alert"))
    #expect(try store.alerts().count == 2)
    #expect(try store.pendingDeliveries().isEmpty)
    #expect(Set(Self.ids(hook.accepted)) == Set(try store.alerts().map(\.id)))
    #expect(Self.ids(hook.accepted).count == 2)
    let log = try String(contentsOfFile: f.folder.path + "/alerts.jsonl", encoding: .utf8)
    #expect(log.split(separator: "\n").count == 2)
  }

  /// `--every` runs cycles until SIGTERM, then ends after the cycle in progress with status 0;
  /// later cycles on the same day raise nothing again.
  @Test func everyRunsUntilSIGTERM() async throws {
    let f = try Self.setUp(hook: nil)
    defer { try? FileManager.default.removeItem(at: f.folder) }
    let (p, out, err) = try CLI.launch(
      ["watch", "--every", "1s", "--watchlist", f.watchlist, "--store", f.store, "--no-update"],
      environment: ["DECOUPLE_NOW": Self.clock("2026-05-27")])
    let deadline = Date().addingTimeInterval(60)
    let log = f.folder.path + "/alerts.jsonl"
    while !FileManager.default.fileExists(atPath: log) && Date() < deadline {
      try await Task.sleep(for: .milliseconds(50))
    }
    try await Task.sleep(for: .milliseconds(2_500))
    p.terminate()  // SIGTERM
    let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    #expect(p.terminationReason == .exit && p.terminationStatus == 0, "\(stderr)")
    #expect(stderr.contains("Stopped after the cycle in progress."))
    #expect(stdout.hasPrefix("2 new alerts on 1 pair watched to 2026-05-27"))
    #expect(stdout.components(separatedBy: "No new alert on 1 pair").count >= 2, "\(stdout)")
    #expect(try Store(path: f.store).alerts().count == 2)
  }

  /// Live data: the fake market moves on a day at a time and each cycle fetches only what is
  /// new, evaluates to the new closed day, and records nothing twice.
  @Test func followsTheMarketDayByDay() async throws {
    let start = Day(iso: "2026-10-01")!
    let server = try await FakeMarketServer.start(
      now: Int64(start.daysSince1970 + 1) * 86_400 + 3_600)
    defer { server.stop() }
    let f = try Self.setUp(hook: nil)
    defer { try? FileManager.default.removeItem(at: f.folder) }
    var seen = 0
    var evaluatedDays: [Day] = []
    for k in 0..<4 {
      let day = start.adding(days: k)
      var env = server.environment()
      env["DECOUPLE_NOW"] = String(server.state.now)
      let r = try await CLI.runAsync(
        ["watch", "--watchlist", f.watchlist, "--store", f.store, "--format", "json"],
        environment: env)
      #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
      let o = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
      #expect(o["lastClosedDay"] as? String == day.iso)
      let pairs = o["pairs"] as! [[String: Any]]
      // The last common close: the day itself, or a day or three before when RUT has none
      // (a weekend; the fake Yahoo's null close every 20th day).
      let evaluated = try #require(Day(iso: pairs[0]["evaluatedTo"] as? String ?? ""))
      #expect(evaluated <= day && evaluated >= day.adding(days: -3), "\(day.iso) \(r.stdout)")
      evaluatedDays.append(evaluated)
      // After the first (whole-history) fetch, one request per series per day.
      if k > 0 { #expect(server.state.requests.count - seen == 2, "\(server.state.requests)") }
      seen = server.state.requests.count
      server.state.advance(days: 1)
    }
    #expect(evaluatedDays == evaluatedDays.sorted())
    #expect(evaluatedDays.last == start.adding(days: 1))  // Friday 2026-10-02
    let store = try Store(path: f.store)
    let ids = try store.alerts().map(\.id)
    #expect(Set(ids).count == ids.count)
  }

  /// One source down (Yahoo answers 503 every time): the cycle says RUT could not be refreshed,
  /// still evaluates ETH/RUT on the data held, goes on with the other pair, and exits 1.
  @Test func aSourceDownIsReportedAndTheOthersGoOn() async throws {
    let day = Day(iso: "2026-10-01")!
    let server = try await FakeMarketServer.start(
      now: Int64(day.daysSince1970 + 1) * 86_400 + 3_600)
    defer { server.stop() }
    let f = try Self.setUp(hook: nil)
    defer { try? FileManager.default.removeItem(at: f.folder) }
    try """
    pairs:
      - pair: ETH/RUT
      - pair: ETH/BTC
    """.write(toFile: f.watchlist, atomically: true, encoding: .utf8)
    var env = server.environment()
    let first = try await CLI.runAsync(
      ["watch", "--watchlist", f.watchlist, "--store", f.store], environment: env)
    #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
    server.state.advance(days: 1)
    env = server.environment()
    env["DECOUPLE_YAHOO_URL"] = server.baseURL("yahoo", fault: "503").absoluteString
    let r = try await CLI.runAsync(
      ["watch", "--watchlist", f.watchlist, "--store", f.store, "--format", "json"],
      environment: env)
    #expect(r.status == 1)
    let o = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    let failures = o["refreshFailures"] as! [[String: Any]]
    #expect(failures.map { $0["symbol"] as? String } == ["RUT"])
    #expect((failures[0]["error"] as? String)?.contains("503") == true, "\(failures)")
    let pairs = o["pairs"] as! [[String: Any]]
    #expect(pairs.map { $0["error"] is NSNull } == [true, true])
    // ETH/BTC reached the new day; ETH/RUT stops at RUT's last stored close.
    #expect(pairs[1]["evaluatedTo"] as? String == "2026-10-02")
    #expect((pairs[0]["evaluatedTo"] as? String ?? "9") < "2026-10-02")
    let text = try await CLI.runAsync(
      ["watch", "--watchlist", f.watchlist, "--store", f.store], environment: env)
    #expect(text.stdout.contains("Could not refresh RUT"), "\(text.stdout)")
  }

  /// Two watches never run a cycle on one store at once: while another process holds the
  /// store's watch lock, a cycle is skipped with a message (exit 1) and records nothing.
  @Test func aSecondWatchSkipsItsCycleWhileTheFirstHoldsTheLock() async throws {
    let f = try Self.setUp(hook: nil)
    defer { try? FileManager.default.removeItem(at: f.folder) }
    let lock = open(f.store + ".watch-lock", O_CREAT | O_RDWR, 0o644)
    #expect(lock >= 0)
    #expect(flock(lock, LOCK_EX | LOCK_NB) == 0)
    let busy = try await Self.watch(f, on: "2026-05-27")
    #expect(busy.status == 1)
    #expect(busy.stderr.contains("Another `decouple watch` is running a cycle on this store"))
    #expect(!FileManager.default.fileExists(atPath: f.folder.path + "/alerts.jsonl"))
    close(lock)  // released: the next cycle runs
    let free = try await Self.watch(f, on: "2026-05-27")
    #expect(free.status == 0, "\(free.stderr)")
    #expect(free.stdout.hasPrefix("2 new alerts"))
  }
}
