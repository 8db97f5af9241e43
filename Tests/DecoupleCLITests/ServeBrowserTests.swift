import DecoupleServer
import FakeMarketServer
import Foundation
import TestSupport
import Testing

@testable import DecoupleCLI

/// The dashboard in a real browser: the server runs on a free port of 127.0.0.1, chromedriver
/// drives headless Chromium through it. CI (`CI=true`) installs `chromium` and
/// `chromium-driver` and must run it; elsewhere it is skipped when they are missing, and
/// DECOUPLE_SKIP_BROWSER=1 skips it. DECOUPLE_SCREENSHOTS=DIR keeps the screenshots there.
@Suite(.serialized) struct ServeBrowserTests {
  static var chromedriver: URL? { Tools.find("chromedriver") }
  static var chromium: URL? { Tools.find("chromium") ?? Tools.find("chromium-browser") }
  static var skip: Bool {
    let env = ProcessInfo.processInfo.environment
    return env["DECOUPLE_SKIP_BROWSER"] == "1"
      || (env["CI"] != "true" && (chromedriver == nil || chromium == nil))
  }

  /// Runs the dashboard on a free port for `body`, on `store` (default: a new, empty path)
  /// with the live sources `environment` names.
  static func withServer(
    store: String? = nil, environment: [String: String] = [:], _ body: (Int) async throws -> Void
  ) async throws {
    let store =
      store
      ?? FileManager.default.temporaryDirectory
      .appendingPathComponent("decouple-browser-\(UUID().uuidString).sqlite").path
    var config = ServerConfiguration(storePath: store, environment: environment)
    config.port = 0
    config.timeout = .seconds(120)
    let dashboard = ServeCommand.dashboard(config)
    let (ports, continuation) = AsyncStream<Int>.makeStream()
    let server = Task {
      try await dashboard.run(stopOnSignals: false) { continuation.yield($0) }
    }
    defer { server.cancel() }
    var iterator = ports.makeAsyncIterator()
    guard let port = await iterator.next() else { throw CancellationError() }
    try await body(port)
  }

  static func text(_ driver: WebDriver, _ id: String) async throws -> String {
    try await driver.execute("return document.getElementById(arguments[0]).textContent", [id])
      as? String ?? ""
  }

  static func apiHeadline(_ port: Int, _ query: String) async throws -> String {
    let url = URL(string: "http://127.0.0.1:\(port)/api/v1/analyze?\(query)")!
    let (data, _) = try await WebDriver.fetch(url)
    let doc = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    return (doc?["verdict"] as? [String: Any])?["headline"] as? String ?? ""
  }

  static func keep(_ png: Data, _ name: String) throws {
    guard let dir = ProcessInfo.processInfo.environment["DECOUPLE_SCREENSHOTS"] else { return }
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    try png.write(to: URL(fileURLWithPath: dir).appendingPathComponent(name))
  }

  @Test(
    .disabled(
      if: skip, "chromium or chromedriver is missing (CI installs them), or DECOUPLE_SKIP_BROWSER=1"
    ),
    .timeLimit(.minutes(5)))
  func pairViewAnswersAndFollowsTheUser() async throws {
    guard let chromedriver = Self.chromedriver, let chromium = Self.chromium else {
      let message =
        "chromium and chromedriver are needed: apt-get install chromium chromium-driver "
        + "(.ci/run installs them), or set DECOUPLE_SKIP_BROWSER=1 to skip this test."
      Issue.record(Comment(rawValue: message))
      return
    }
    let profile = FileManager.default.temporaryDirectory
      .appendingPathComponent("decouple-profile-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: profile) }
    try await Self.withServer { port in
      try await WebDriver.session(
        chromedriver: chromedriver, chromium: chromium, profile: profile
      ) { driver in
        try await Self.drive(driver, port: port)
      }
    }
  }

  /// The pair view and the other pages, step by step.
  static func drive(_ driver: WebDriver, port: Int) async throws {
    let origin = "http://127.0.0.1:\(port)"

    // The pair view loads ETH/RUT and shows the verdict the API gives.
    try await driver.navigate(origin + "/?a=ETH&b=RUT")
    try await driver.wait(
      "the verdict", until: "return document.body.dataset.asOf !== undefined")
    let latest = try await Self.text(driver, "headline")
    #expect(latest == (try await Self.apiHeadline(port, "a=ETH&b=RUT&window=90")))
    let asOfLatest = try await driver.execute("return document.body.dataset.asOf") as? String
    let senses =
      try await driver.execute(
        "return document.querySelectorAll('#senses tbody tr').length") as? Int
    #expect((senses ?? 0) >= 4)
    for chart in ["performance", "correlation", "beta", "gap"] {
      let canvases =
        try await driver.execute(
          "return document.querySelectorAll('#chart-\(chart) canvas').length") as? Int
      #expect((canvases ?? 0) > 0, "no canvas in the \(chart) chart")
    }
    try Self.keep(try await driver.screenshot(), "pair-desktop.png")
    // Each sense's answer is the server's: the headline's decoupled senses say "yes".
    let answers =
      try await driver.execute(
        "return [...document.querySelectorAll('#senses tbody tr')].map(r => [r.dataset.sense, r.cells[3].textContent])"
      ) as? [[String]] ?? []
    #expect(
      answers.contains(["gap", "yes"]) && answers.contains(["correlation", "no"]), "\(answers)")

    // Moving the as-of slider (a click a third of the way along) recomputes the verdict as
    // of that day, with nothing after it: it equals the API's answer for `to=` that day.
    try await driver.click("#asof", x: -200)
    try await driver.wait(
      "the verdict of an earlier day",
      until:
        "return document.body.dataset.asOf !== undefined && document.body.dataset.asOf < '\(asOfLatest ?? "")' && !document.getElementById('verdict').classList.contains('busy')"
    )
    let day = try await driver.execute("return document.body.dataset.asOf") as? String ?? ""
    let label = try await Self.text(driver, "asof-label")
    #expect(label == day)
    let earlier = try await Self.text(driver, "headline")
    #expect(earlier == (try await Self.apiHeadline(port, "a=ETH&b=RUT&window=90&to=\(day)")))
    // The charts end on that day.
    let readout = try await Self.text(driver, "readout-correlation")
    #expect(readout.hasPrefix(day), "\(readout)")

    // Hovering a chart shows the values of the day under the mouse, in every chart.
    try await driver.hover("#chart-correlation", x: -120)
    try await driver.wait(
      "a hover read-out",
      until:
        "const t = document.getElementById('readout-correlation').textContent; return /^\\d{4}-\\d{2}-\\d{2} · correlation/.test(t) && !t.startsWith(document.body.dataset.asOf)"
    )
    let hovered = String(try await Self.text(driver, "readout-correlation").prefix(10))
    #expect(try await Self.text(driver, "readout-beta").hasPrefix(hovered))
    #expect(try await Self.text(driver, "readout-performance").hasPrefix(hovered))

    // The wheel zooms one chart; the others follow.
    let before =
      try await driver.execute(
        "return document.querySelector('[data-chart=beta]').dataset.visible") as? String
    try await driver.wheel("#chart-correlation", deltaY: -600)
    try await driver.wait(
      "the zoom to reach every chart",
      until:
        "const v = [...document.querySelectorAll('[data-chart][data-visible]')].map(e => e.dataset.visible); return v.length === 4 && new Set(v).size === 1 && v[0] !== '\(before ?? "")'"
    )

    // Another pair: the verdict follows.
    try await driver.clear("#b")
    try await driver.type("#b", "BTC")
    try await driver.click("#go")
    try await driver.wait(
      "the ETH/BTC verdict",
      until: "return document.getElementById('headline').textContent.includes('BTC')")
    try Self.keep(try await driver.screenshot(), "pair-eth-btc.png")

    // At phone width nothing overflows sideways.
    try await driver.setWindow(width: 390, height: 1600)
    try await Task.sleep(for: .milliseconds(500))
    let overflow =
      try await driver.execute(
        "return document.documentElement.scrollWidth - window.innerWidth") as? Int
    #expect((overflow ?? 1) <= 0, "the page is \(overflow ?? -1) px wider than a phone")
    try Self.keep(try await driver.screenshot(), "pair-phone.png")

    // The other pages load without errors.
    try await driver.setWindow(width: 1280, height: 2000)
    for (path, ready) in [
      (
        "/universe",
        "document.querySelectorAll('#scan tbody tr').length > 0 && document.body.dataset.matrixAsOf !== undefined"
      ),
      ("/claims", "document.getElementById('verdict').textContent.length > 0"),
      ("/data", "document.querySelectorAll('#symbols tbody tr').length > 0"),
    ] {
      try await driver.navigate(origin + path)
      try await driver.wait(path, until: "return " + ready)
      try Self.keep(try await driver.screenshot(), "\(path.dropFirst()).png")
    }

    // No console errors (a blocked script or style would show here), and every request
    // went to this server.
    let errors = try await driver.consoleLog().filter { $0.level == "SEVERE" }
    #expect(errors.isEmpty, "console: \(errors.map(\.message))")
    let requests =
      try await driver.execute(
        "return performance.getEntriesByType('resource').map(e => e.name)") as? [String] ?? []
    #expect(requests.allSatisfy { $0.hasPrefix(origin) }, "\(requests)")
  }

  /// The data view's refresh runs `update` against the (fake) live sources with its progress
  /// shown as it comes, then lists the refreshed series.
  @Test(
    .disabled(
      if: skip, "chromium or chromedriver is missing (CI installs them), or DECOUPLE_SKIP_BROWSER=1"
    ),
    .timeLimit(.minutes(5)))
  func dataViewRefreshShowsLiveProgress() async throws {
    guard let chromedriver = Self.chromedriver, let chromium = Self.chromium else {
      Issue.record("chromium and chromedriver are needed: apt-get install chromium chromium-driver")
      return
    }
    let market = try await FakeMarketServer.start()
    defer { market.stop() }
    let store = temporaryStorePath()
    let fetched = try await CLI.runAsync(
      [
        "fetch", "ETH", "--source", "coinbase", "--from", "2025-01-01", "--to", "2026-10-01",
        "--store", store,
      ],
      environment: market.environment())
    #expect(fetched.status == 0, "\(fetched.stderr)")
    let before = market.state.requests.count
    let profile = FileManager.default.temporaryDirectory
      .appendingPathComponent("decouple-profile-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: profile) }
    try await Self.withServer(store: store, environment: market.environment()) { port in
      try await WebDriver.session(
        chromedriver: chromedriver, chromium: chromium, profile: profile
      ) { driver in
        try await driver.navigate("http://127.0.0.1:\(port)/data")
        try await driver.wait(
          "the store's series",
          until:
            "return [...document.querySelectorAll('#symbols tbody tr')].some(r => r.cells[2].textContent.startsWith('store:coinbase'))"
        )
        #expect(try await Self.text(driver, "status").contains("1 stored series"))
        try await driver.click("#refresh")
        try await driver.wait(
          "the update to finish",
          until: "return /^Done/m.test(document.getElementById('log').textContent)")
        let log = try await Self.text(driver, "log")
        #expect(log.hasPrefix("Updating…"), "\(log)")
        #expect(log.contains("Done: 1 series fetched."), "\(log)")
        // The button comes back once the page has reloaded the status.
        try await driver.wait(
          "the refresh button back",
          until: "return !document.getElementById('refresh').disabled")
        try Self.keep(try await driver.screenshot(), "data-refreshed.png")
        let errors = try await driver.consoleLog().filter { $0.level == "SEVERE" }
        #expect(errors.isEmpty, "console: \(errors.map(\.message))")
      }
    }
    // The refresh asked the live source again.
    #expect(market.state.requests.count > before)
  }

  /// The data view lists the watch's open alerts, newest first, with the delivery still
  /// pending (the webhook refused it), desktop and phone.
  @Test(
    .disabled(
      if: skip, "chromium or chromedriver is missing (CI installs them), or DECOUPLE_SKIP_BROWSER=1"
    ),
    .timeLimit(.minutes(5)))
  func dataViewShowsOpenAlerts() async throws {
    guard let chromedriver = Self.chromedriver, let chromium = Self.chromium else {
      Issue.record("chromium and chromedriver are needed: apt-get install chromium chromium-driver")
      return
    }
    let hook = try await WebhookReceiver.start()
    defer { hook.stop() }
    hook.respond(.reject(status: 400))
    let f = try WatchCommandTests.setUp(hook: hook.url)
    defer { try? FileManager.default.removeItem(at: f.folder) }
    let watched = try await WatchCommandTests.watch(f, on: "2026-05-27")
    #expect(watched.status == 1, "\(watched.stdout)")  // the webhook refused: pending
    // Once the webhook has refused one alert, the other waits for the next run untried.
    #expect(hook.requests.count == 1)
    let profile = FileManager.default.temporaryDirectory
      .appendingPathComponent("decouple-profile-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: profile) }
    try await Self.withServer(store: f.store) { port in
      try await WebDriver.session(
        chromedriver: chromedriver, chromium: chromium, profile: profile
      ) { driver in
        try await driver.setWindow(width: 1280, height: 1400)
        try await driver.navigate("http://127.0.0.1:\(port)/data")
        try await driver.wait(
          "the open alerts",
          until: "return document.querySelectorAll('#alerts tbody tr').length > 0")
        let rows =
          try await driver.execute(
            "return [...document.querySelectorAll('#alerts tbody tr')].map(r => [...r.cells].map(c => c.textContent))"
          ) as? [[String]] ?? []
        #expect(rows.count == 2)
        #expect(rows.map { $0[0] } == ["2026-05-27", "2026-05-27"])
        #expect(
          rows.allSatisfy { $0[1] == "ETH/RUT w90 daily" && $0[5] == "pending: webhook:team" })
        #expect(rows.contains { $0[2] == "performance gap enters its extreme (bottom or top 10%)" })
        #expect(
          try await Self.text(driver, "alerts-note").hasPrefix(
            "2 alerts whose condition still held on the last day watched; 2 deliveries pending."))
        try Self.keep(try await driver.screenshot(), "data-alerts.png")
        try await driver.setWindow(width: 390, height: 1400)
        let overflow =
          try await driver.execute(
            "return document.documentElement.scrollWidth - window.innerWidth") as? Int
        #expect((overflow ?? 1) <= 0, "the page is \(overflow ?? -1) px wider than a phone")
        try Self.keep(try await driver.screenshot(), "data-alerts-phone.png")
        let errors = try await driver.consoleLog().filter { $0.level == "SEVERE" }
        #expect(errors.isEmpty, "console: \(errors.map(\.message))")
      }
    }
  }
}
