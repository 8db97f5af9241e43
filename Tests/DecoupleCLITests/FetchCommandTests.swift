import DecoupleStore
import FakeMarketServer
import Foundation
import Testing

/// A path for a store in a new temporary folder (the file is created by the command).
func temporaryStorePath() -> String {
  FileManager.default.temporaryDirectory.appendingPathComponent(
    "decouple-cli-store-\(UUID().uuidString)/decouple.sqlite"
  ).path
}

extension CLI {
  /// Runs another program (off the cooperative pool), for `script`.
  static func runProgram(_ path: String, _ arguments: [String]) async throws -> Result {
    try await withCheckedThrowingContinuation { continuation in
      DispatchQueue.global().async {
        continuation.resume(
          with: Swift.Result {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: path)
            p.arguments = arguments
            let out = Pipe()
            p.standardOutput = out
            p.standardError = out
            try p.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            return Result(
              status: p.terminationStatus, stdout: String(decoding: data, as: UTF8.self),
              stderr: "")
          })
      }
    }
  }

  /// `run` on a dispatch thread: a test that also serves HTTP from Swift concurrency must not
  /// block the cooperative pool (two threads on a two-core machine) while the child runs.
  static func runAsync(_ arguments: [String], environment: [String: String] = [:]) async throws
    -> Result
  {
    try await withCheckedThrowingContinuation { continuation in
      DispatchQueue.global().async {
        continuation.resume(with: Swift.Result { try run(arguments, environment: environment) })
      }
    }
  }
}

@Suite struct FetchCommandTests {
  @Test func fetchesFromCoinbaseIntoTheStoreAndAnalyzeReadsIt() async throws {
    let server = try await FakeMarketServer.start()
    defer { server.stop() }
    let store = temporaryStorePath()
    let r = try await CLI.runAsync(
      ["fetch", "ETH", "--source", "coinbase", "--from", "2025-01-01", "--store", store],
      environment: server.environment())
    #expect(r.status == 0, "\(r.stderr)")
    #expect(
      r.stdout.hasPrefix(
        "ETH from coinbase (ETH-USD, 1d): 688 rows, 2025-01-01 to 2026-11-19; 688 new, 0 revised"))
    #expect(r.stderr.isEmpty)  // not a terminal: no progress
    #expect(server.state.requests.count == 3)
    let list = try await CLI.runAsync(["list", "--store", store, "--format", "json"])
    let o = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as! [String: Any]
    let symbols = o["symbols"] as! [[String: Any]]
    #expect(symbols[0]["symbol"] as? String == "ETH")
    #expect(symbols[0]["origin"] as? String == "store:coinbase 1d")
    #expect(symbols[0]["rows"] as? Int == 688)
    #expect(
      symbols.contains { $0["symbol"] as? String == "ETH" && $0["origin"] as? String == "embedded" }
    )
    // Symbols resolve from the store first: the analysis ends on the fetched data's last day
    // common with RUT, and names no embedded file.
    let a = try await CLI.runAsync(["analyze", "ETH", "SPY", "--store", store, "--format", "json"])
    #expect(a.status == 0, "\(a.stderr)")
    #expect(!a.stdout.contains("ETH-USD.yahoo.csv"))
  }

  /// Under a pseudo-terminal (util-linux `script`), a paged fetch shows a progress bar on stderr;
  /// the earlier test shows stderr stays empty when it is not a terminal.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/bin/script")))
  func showsProgressOnATerminal() async throws {
    let server = try await FakeMarketServer.start()
    defer { server.stop() }
    let env = server.environment().map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
    let command =
      "env \(env) '\(CLI.executable.path)' fetch ETH --from 2025-01-01 --store "
      + "'\(temporaryStorePath())'"
    let r = try await CLI.runProgram("/usr/bin/script", ["-qec", command, "/dev/null"])
    #expect(r.status == 0, "\(r.stdout)")
    #expect(r.stdout.contains("] 33%  coinbase ETH-USD: page 2 of 3"), "\(r.stdout)")
    #expect(r.stdout.contains("688 new"))
  }

  @Test func jsonOutputAndEveryOtherSource() async throws {
    let server = try await FakeMarketServer.start()
    defer { server.stop() }
    let store = temporaryStorePath()
    for (symbol, source, rows) in [
      ("ETH", "binance", 50), ("ETH", "kraken", 50), ("RUT", "yahoo", 33), ("DGS2", "fred", 32),
      ("ETH.SplyCur", "coinmetrics", 50), ("BTC", "coingecko", 50),
    ] {
      let r = try await CLI.runAsync(
        [
          "fetch", symbol, "--source", source, "--from", "2026-10-01", "--store", store,
          "--format", "json",
        ], environment: server.environment())
      #expect(r.status == 0, "\(source): \(r.stderr)")
      let o = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
      let fetched = (o["fetched"] as! [[String: Any]])[0]
      #expect(fetched["source"] as? String == source)
      #expect(fetched["rows"] as? Int == rows, "\(source)")
    }
  }

  @Test func aChangedAdjustmentRefetchesTheHistory() async throws {
    // A dividend rescales every adjusted close Yahoo serves; an update that sees its overlap
    // rescaled fetches the whole series again, so no false step is left in the stored history.
    let server = try await FakeMarketServer.start()
    defer { server.stop() }
    let store = temporaryStorePath()
    let first = try await CLI.runAsync(
      ["fetch", "RUT", "--from", "2026-10-01", "--store", store], environment: server.environment())
    #expect(first.status == 0, "\(first.stderr)")
    let s = try Store(path: store)
    let series = try #require(try s.series("RUT"))
    let before = try s.observations(series)
    server.state.adjustment = 0.99
    let r = try await CLI.runAsync(["update", "--store", store], environment: server.environment())
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("changed by a factor of 0.99"), "\(r.stdout)")
    #expect(r.stdout.contains("whole history from 2026-10-02 was fetched again"), "\(r.stdout)")
    let after = try s.observations(series)
    #expect(after.count == before.count)
    #expect(zip(before, after).allSatisfy { abs($1.value - 0.99 * $0.value) < 1e-9 })
  }

  @Test func aUniverseIsFetchedMemberByMember() async throws {
    let server = try await FakeMarketServer.start()
    defer { server.stop() }
    let store = temporaryStorePath()
    let r = try await CLI.runAsync(
      [
        "fetch", "--universe", "crypto", "--from", "2026-10-01", "--store", store, "--format",
        "json",
      ],
      environment: server.environment())
    #expect(r.status == 0, "\(r.stderr)")
    let o = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    let fetched = o["fetched"] as! [[String: Any]]
    #expect(
      fetched.map { $0["symbol"] as? String } == [
        "BTC-CG", "ETH-CG", "ADA-CG", "BNB-CG", "LTC-CG", "XRP-CG",
      ])
    #expect(
      fetched.allSatisfy { $0["rows"] as? Int == 50 && $0["source"] as? String == "coingecko" })
    #expect(server.state.requests.contains { $0.contains("/coins/binancecoin/") })
    // A member that fails is named; the others are stored; the exit status says it.
    let failed = try await CLI.runAsync(
      [
        "fetch", "--universe", "crypto", "--source", "coinbase", "--from", "2026-10-01", "--store",
        store,
      ],
      environment: server.environment())
    #expect(failed.status == 1)
    #expect(
      failed.stdout.contains("ADA-CG failed: coinbase does not serve 'ADA-CG'"), "\(failed.stdout)")
    let usage = try await CLI.runAsync(["fetch", "ETH", "--universe", "crypto"])
    #expect(usage.status == 64)
  }

  @Test func anEmptyFetchStoresNothing() async throws {
    // A weekend has no session: nothing comes back, and nothing may hide the embedded QQQ.
    let server = try await FakeMarketServer.start()
    defer { server.stop() }
    let store = temporaryStorePath()
    let r = try await CLI.runAsync(
      ["fetch", "QQQ", "--from", "2026-11-14", "--to", "2026-11-15", "--store", store],
      environment: server.environment())
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("nothing was stored"), "\(r.stdout)")
    #expect(try Store(path: store).listing().isEmpty)
  }

  @Test func aFetchThatHidesAnEmbeddedSeriesSaysSo() async throws {
    let server = try await FakeMarketServer.start()
    defer { server.stop() }
    let store = temporaryStorePath()
    let r = try await CLI.runAsync(
      ["fetch", "RUT", "--from", "2026-11-02", "--store", store], environment: server.environment())
    #expect(r.status == 0, "\(r.stderr)")
    #expect(
      r.stdout.contains(
        "- RUT is also an embedded series (Russell 2000 index level (IBKR daily bars)); the stored "
          + "RUT now takes its place wherever RUT is named, until it is removed from the store."),
      "\(r.stdout)")
    let again = try await CLI.runAsync(
      ["fetch", "RUT", "--from", "2026-11-02", "--store", store], environment: server.environment())
    #expect(!again.stdout.contains("also an embedded series"))
    let removed = try await CLI.runAsync(["remove", "rut", "--store", store])
    #expect(removed.status == 0, "\(removed.stderr)")
    #expect(
      removed.stdout.hasPrefix("Removed RUT from the store (yahoo 1d, 13 rows)."),
      "\(removed.stdout)")
    #expect(removed.stdout.contains("RUT now names the embedded series: Russell 2000 index level"))
    #expect(try Store(path: store).listing().isEmpty)
    let none = try await CLI.runAsync(["remove", "RUT", "--store", store])
    #expect(none.status == 1)
    #expect(none.stderr.hasPrefix("Error: The store holds no series named RUT."), "\(none.stderr)")
  }

  @Test func aHoleIsStoredAsAGapAndNamed() async throws {
    // Coinbase omits intervals without trades; retrying cannot fill them, so the rest is stored.
    let server = try await FakeMarketServer.start()
    defer { server.stop() }
    let store = temporaryStorePath()
    let r = try await CLI.runAsync(
      ["fetch", "ETH", "--from", "2026-11-01", "--store", store],
      environment: server.environment(fault: "short"))
    #expect(r.status == 0, "\(r.stderr)")
    #expect(
      r.stdout.contains(
        "- coinbase has no row for 1 day inside the range (2026-11-11); it is stored as a gap."),
      "\(r.stdout)")
    #expect(r.stdout.contains("18 rows, 2026-11-01 to 2026-11-19"), "\(r.stdout)")
  }

  @Test func aFailedFetchWritesNothingAndExits1() async throws {
    let server = try await FakeMarketServer.start()
    defer { server.stop() }
    let store = temporaryStorePath()
    for (fault, message) in [
      ("503", "Error: coinbase: server error HTTP 503 on all 4 attempts"),
      ("html", "returned an HTML page where JSON was expected"),
    ] {
      let r = try await CLI.runAsync(
        ["fetch", "ETH", "--from", "2026-11-01", "--store", store],
        environment: server.environment(fault: fault))
      #expect(r.status == 1)
      #expect(r.stderr.contains(message), "\(r.stderr)")
    }
    let s = try Store(path: store)
    #expect(try s.listing().isEmpty)
  }

  @Test func binance451IsExplained() async throws {
    let server = try await FakeMarketServer.start()
    defer { server.stop() }
    let r = try await CLI.runAsync(
      ["fetch", "ETH", "--source", "binance", "--store", temporaryStorePath()],
      environment: server.environment(fault: "451"))
    #expect(r.status == 1)
    #expect(r.stderr.contains("Binance refuses requests from the United States (HTTP 451"))
  }

  @Test func usageErrors() async throws {
    let r = try await CLI.runAsync(["fetch", "ETH", "--interval", "1w"])
    #expect(r.status == 64)
    let s = try await CLI.runAsync([
      "fetch", "ETH", "--source", "nowhere", "--store", temporaryStorePath(),
    ])
    #expect(s.status == 1)
    #expect(s.stderr.contains("Unknown source 'nowhere'; known sources: coinbase, binance"))
  }
}

@Suite struct UpdateCommandTests {
  @Test func aSecondUpdateMakesNoRequestForDataItHas() async throws {
    let server = try await FakeMarketServer.start()
    defer { server.stop() }
    let store = temporaryStorePath()
    let env = server.environment()
    for (symbol, source) in [
      ("ETH", "coinbase"), ("BTC", "kraken"), ("ETH.FeeTotNtv", "coinmetrics"),
    ] {
      let r = try await CLI.runAsync(
        ["fetch", symbol, "--source", source, "--from", "2026-11-01", "--store", store],
        environment: env)
      #expect(r.status == 0, "\(r.stderr)")
    }
    server.state.reset()
    let first = try await CLI.runAsync(["update", "--store", store], environment: env)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(server.state.requests.isEmpty, "\(server.state.requests)")
    #expect(
      first.stdout.contains("Up to date (nothing new to fetch yet): BTC, ETH, ETH.FEETOTNTV."))
    // A day later, each series asks only for the overlap and the new day.
    var later = env
    later["DECOUPLE_NOW"] = String(server.state.now + 86_400)
    let second = try await CLI.runAsync(
      ["update", "--store", store, "--format", "json"], environment: later)
    #expect(second.status == 0, "\(second.stderr)")
    #expect(server.state.requests.count == 3, "\(server.state.requests)")
    #expect(server.state.requests.allSatisfy { !$0.contains("2026-11-01") })
    let again = try await CLI.runAsync(["update", "--store", store], environment: later)
    #expect(again.status == 0)
    // Coinbase and Kraken have everything up to the day in progress: no request. Coin Metrics
    // publishes a day late, so its missing day (2026-11-20) is still asked for.
    #expect(server.state.requests.count == 4)
    #expect(server.state.requests.last?.contains("/coinmetrics/") == true)
  }

  @Test func revisedValuesInTheOverlapAreRecorded() async throws {
    let server = try await FakeMarketServer.start()
    defer { server.stop() }
    let store = temporaryStorePath()
    var env = server.environment()
    let r = try await CLI.runAsync(
      ["fetch", "ETH", "--from", "2026-11-01", "--store", store], environment: env)
    #expect(r.status == 0, "\(r.stderr)")
    server.state.revise = 2.5
    env["DECOUPLE_NOW"] = String(server.state.now + 86_400)
    let u = try await CLI.runAsync(["update", "--store", store], environment: env)
    #expect(u.status == 0, "\(u.stderr)")
    // The overlap re-reads the last 4 stored days (the last one and 3 before it).
    #expect(u.stdout.contains("1 new, 4 revised, 0 unchanged"), "\(u.stdout)")
    let s = try Store(path: store)
    let series = try #require(try s.series("ETH"))
    let revisions = try s.revisions(series)
    #expect(revisions.filter { $0.field == "value" }.count == 4)
    #expect(revisions.allSatisfy { ($0.newValue ?? 0) - ($0.oldValue ?? 0) == 2.5 })
  }
}

@Suite struct UpdateWithoutAStoreTests {
  @Test func saysHowToCreateOneAndCreatesNothing() throws {
    let store = temporaryStorePath()
    let r = try CLI.run(["update", "--store", store])
    #expect(r.status == 0)
    #expect(r.stdout.contains("Nothing to update: there is no store at \(store) yet;"))
    #expect(!FileManager.default.fileExists(atPath: store))
  }
}
