import DecoupleStore
import Foundation
import TestSupport
import Testing

@Suite struct ImportCommandTests {
  /// A generic date,value CSV of `n` days from 2000-01-01.
  static func csv(rows n: Int) -> String {
    var text = "date,value\n"
    let start = Date(timeIntervalSince1970: 946_684_800)
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = TimeZone(identifier: "UTC")
    f.dateFormat = "yyyy-MM-dd"
    for i in 0..<n {
      text += "\(f.string(from: start.addingTimeInterval(Double(i) * 86_400))),\(100 + i)\n"
    }
    return text
  }

  @Test func importingOverAnEmbeddedSymbolSaysSoAndRemoveBringsItBack() throws {
    let store = temporaryStorePath()
    let file = try CLI.temporaryFile("eth.csv", Self.csv(rows: 20))
    let r = try CLI.run(["import", file.path, "--as", "eth", "--store", store])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(
      r.stdout.contains(
        "- ETH is also an embedded series (Ether in US$, Yahoo daily close (UTC day)); the "
          + "stored ETH now takes its place wherever ETH is named, until it is removed from the "
          + "store."), "\(r.stdout)")
    let list = try CLI.run(["list", "--store", store])
    #expect(list.stdout.contains("hides the embedded ETH"), "\(list.stdout)")
    let removed = try CLI.run(["remove", "ETH", "--store", store])
    #expect(removed.status == 0, "\(removed.stderr)")
    #expect(removed.stdout.hasPrefix("Removed ETH from the store (import 1d, 20 rows)."))
    #expect(
      removed.stdout.contains(
        "ETH now names the embedded series: Ether in US$, Yahoo daily close (UTC day)."))
    let after = try CLI.run(["list", "--store", store, "--format", "json"])
    #expect(!after.stdout.contains("store:import"))
    let again = try CLI.run(["remove", "ETH", "--store", store])
    #expect(again.status == 1)
    #expect(again.stderr.hasPrefix("Error: The store holds no series named ETH."))
  }

  @Test func importsAFileUnderASymbolAndReimportRecordsRevisions() throws {
    let store = temporaryStorePath()
    let file = try CLI.temporaryFile("mine.csv", Self.csv(rows: 20))
    let r = try CLI.run(["import", file.path, "--as", "mine", "--store", store])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("MINE: imported 20 rows from"))
    try Self.csv(rows: 21).replacingOccurrences(of: ",105\n", with: ",105.5\n")
      .write(to: file, atomically: true, encoding: .utf8)
    let again = try CLI.run(["import", file.path, "--as", "MINE", "--store", store])
    #expect(again.stdout.contains("1 new, 1 revised, 19 unchanged"), "\(again.stdout)")
    let list = try CLI.run(["list", "--store", store])
    #expect(list.stdout.contains("\nMINE "))
    #expect(list.stdout.contains("store:import 1d"))
  }

  @Test func aBadFileWritesNothing() throws {
    let store = temporaryStorePath()
    let file = try CLI.temporaryFile("bad.csv", "date,value\n2026-01-01,1\n2026-01-02,x\n")
    let r = try CLI.run(["import", file.path, "--as", "BAD", "--store", store])
    #expect(r.status == 1)
    #expect(r.stderr.contains("bad.csv:3"))
    #expect(!FileManager.default.fileExists(atPath: store))
  }

  /// Kills `decouple import` with SIGKILL inside its write transaction (a test hook pauses it
  /// after 2,000 of 5,000 rows), then checks the store opens cleanly and holds none of that
  /// import, while an earlier import is intact.
  @Test func killedMidImportLeavesAllOrNothing() throws {
    let store = temporaryStorePath()
    let earlier = try CLI.temporaryFile("earlier.csv", Self.csv(rows: 10))
    #expect(try CLI.run(["import", earlier.path, "--as", "EARLIER", "--store", store]).status == 0)
    let big = try CLI.temporaryFile("big.csv", Self.csv(rows: 5_000))
    let p = Process()
    p.executableURL = CLI.executable
    p.arguments = ["import", big.path, "--as", "BIG", "--store", store]
    p.environment = ProcessInfo.processInfo.environment.merging([
      "DECOUPLE_TEST_PAUSE_IMPORT_AT_ROW": "2000"
    ]) { $1 }
    let err = Pipe()
    p.standardError = err
    p.standardOutput = Pipe()
    try p.run()
    // Wait for the hook's line: the transaction is open and 2,000 rows are written in it.
    var seen = ""
    while !seen.contains("paused inside the transaction") {
      let chunk = err.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      seen += String(decoding: chunk, as: UTF8.self)
    }
    #expect(seen.contains("paused inside the transaction"))
    kill(p.processIdentifier, SIGKILL)
    p.waitUntilExit()
    #expect(p.terminationReason == .uncaughtSignal)
    let s = try Store(path: store)
    #expect(try s.listing().map(\.series.symbol) == ["EARLIER"])
    #expect(try s.listing().map(\.rows) == [10])
    // The same import, run to the end, lands whole.
    #expect(try CLI.run(["import", big.path, "--as", "BIG", "--store", store]).status == 0)
    #expect(try Store(path: store).listing().map(\.rows) == [5_000, 10])
  }
}

@Suite struct SourcesCommandTests {
  @Test func listsEveryConnectorWithLimitsAndKeyState() throws {
    let r = try CLI.run(["sources"], environment: ["DECOUPLE_FRED_API_KEY": "k"])
    #expect(r.status == 0)
    for id in ["coinbase", "binance", "kraken", "yahoo", "fred", "coinmetrics", "coingecko"] {
      #expect(r.stdout.contains("\n\(id) — ") || r.stdout.hasPrefix("\(id) — "), "\(id)")
    }
    #expect(r.stdout.contains("DECOUPLE_FRED_API_KEY is set"))
    #expect(r.stdout.contains("CC BY-NC 4.0"))
    let j = try CLI.run(
      ["sources", "--format", "json"], environment: ["DECOUPLE_FRED_API_KEY": ""])
    let o = try JSONSerialization.jsonObject(with: Data(j.stdout.utf8)) as! [String: Any]
    let fred = (o["sources"] as! [[String: Any]]).first { $0["id"] as? String == "fred" }!
    #expect(fred["keySet"] as? Bool == false)
    #expect(fred["keyVariable"] as? String == "DECOUPLE_FRED_API_KEY")
  }
}

/// A stored symbol is seen by every command that names series, not only `analyze`
/// (CONVENTIONS.md: symbols resolve from the store first).
@Suite struct StoredSymbolTests {
  @Test func everyCommandFamilyResolvesAStoredSymbol() throws {
    let store = temporaryStorePath()
    var text = "date,value\n"
    var g = SplitMix64(seed: 5)
    var p = 100.0
    let start = Date(timeIntervalSince1970: 1_577_836_800)  // 2020-01-01
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = TimeZone(identifier: "UTC")
    f.dateFormat = "yyyy-MM-dd"
    for i in 0..<700 {
      p *= 1 + 0.03 * (g.unit() - 0.5)
      text += "\(f.string(from: start.addingTimeInterval(Double(i) * 86_400))),\(p)\n"
    }
    let file = try CLI.temporaryFile("mine.csv", text)
    #expect(try CLI.run(["import", file.path, "--as", "MINE", "--store", store]).status == 0)
    for args in [
      ["corr", "MINE", "SPY"], ["beta", "MINE", "SPY"], ["leadlag", "MINE", "SPY"],
      ["stationarity", "MINE"], ["garch", "MINE"], ["rates", "--assets", "MINE"],
      ["episodes", "MINE", "SPY"],
    ] {
      let r = try CLI.run(args + ["--store", store])
      #expect(r.status == 0, "\(args): \(r.stderr)")
    }
  }
}
