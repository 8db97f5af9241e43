import Foundation
import TestSupport
import Testing

/// `decouple scan` and `decouple matrix` on the embedded universes.
@Suite struct UniverseCommandTests {
  static func json(_ args: [String]) throws -> [String: Any] {
    let r = try CLI.run(args + ["--format", "json"])
    #expect(r.status == 0, "\(args): \(r.stderr)")
    #expect(!r.stdout.contains("NaN") && !r.stdout.contains("inf"))
    return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
  }

  @Test func scanRanksEveryNdxMemberByCorrelation() throws {
    let o = try Self.json(["scan", "QQQ", "--universe", "ndx", "--since", "2026-01-02"])
    let members = o["members"] as! [[String: Any]]
    #expect(members.count == 102)
    let r = members.compactMap { $0["correlation"] as? Double }
    #expect(r == r.sorted(by: >) && r.count >= 95)
    let first = members[0]
    let change = first["change"] as! Double
    let past = first["pastCorrelation"] as! Double
    #expect(abs(change - (r[0] - past)) < 1e-12)
  }

  @Test func scanRanksByChange() throws {
    let o = try Self.json([
      "scan", "QQQ", "--universe", "ndx", "--since", "2026-01-02", "--sort", "change",
    ])
    let change = (o["members"] as! [[String: Any]]).compactMap { $0["change"] as? Double }
    #expect(change == change.sorted() && change.count >= 90)
    #expect(try CLI.run(["scan", "QQQ", "--universe", "ndx", "--sort", "change"]).status == 64)
    // The text still names the closest member by correlation, whatever the ranking.
    let text = try CLI.run([
      "scan", "ETH", "--universe", "crypto", "--since", "2024-06-01", "--sort", "change",
    ])
    #expect(text.stdout.contains("Closest: BNB-CG (0.84)"), "\(text.stdout)")
  }

  @Test func scanAFileUniverseAndRejectAnUnknownOne() throws {
    let o = try Self.json(["scan", "BTC", "--universe", "crypto", "--window", "60"])
    #expect((o["members"] as! [[String: Any]]).count == 6)
    #expect(try CLI.run(["scan", "BTC", "--universe", "dax"]).status == 64)
  }

  @Test func matrixMatchesPairwiseCorrelationsAndClusters() throws {
    let o = try Self.json(["matrix", "ETH", "BTC", "RUT", "SPY", "QQQ", "--cluster"])
    let m = o["matrix"] as! [[Double]]
    #expect(m.count == 5 && m[0][0] == 1 && m[1][0] == m[0][1])
    // Equity indices and the two crypto assets form the two clusters of the leaf order.
    let order = o["order"] as! [String]
    let crypto = Set(order.prefix(2))
    #expect(crypto == ["ETH", "BTC"] || Set(order.suffix(2)) == ["ETH", "BTC"])
    // The ETH/BTC entry is the last 90-day correlation on days all five trade, which for a
    // pair of crypto assets is not their own calendar: pairwise mode uses the pair's days.
    let pairwise = try Self.json(["matrix", "ETH", "BTC", "--pairwise"])
    let t = try NumericTable(fixture: "oracle/pair_ETH_BTC_daily_log_w90.csv")
    let r = (pairwise["matrix"] as! [[Double]])[0][1]
    #expect(abs(r - t["correlation"].last!) < 1e-12)  // pandas rolling(90).corr, last value
  }

  @Test func wideMatrixTextFitsAndExplainsWhatIsMissing() throws {
    let wide = try CLI.run(["matrix", "--universe", "ndx", "--window", "40", "--cluster"])
    #expect(wide.status == 0, "\(wide.stderr)")
    for line in wide.stdout.split(separator: "\n") { #expect(line.count <= 100) }
    #expect(wide.stdout.contains("Cluster order:") && wide.stdout.contains("--format csv"))
    let o = try Self.json(["matrix", "--universe", "ndx", "--pairwise", "--cluster"])
    #expect(o["order"] is NSNull && (o["clusterNote"] as! String).contains("undefined"))
    // Common rows: the late listings leave 46 common returns, fewer than the window.
    let short = try CLI.run(["matrix", "--universe", "ndx"])
    #expect(
      short.status == 1 && short.stderr.contains("102 series") && short.stderr.contains("HONA"))
  }

  @Test func scanReadsAWideFile() throws {
    var text = "date,UP,DOWN,FLAT\n"
    var g = SplitMix64(seed: 21)
    var up = 100.0
    var down = 100.0
    let eth = try NumericTable(fixture: "oracle/pair_ETH_RUT_daily_log_w90.csv")
    for (d, r) in zip(eth.dates, eth["returnA"]).suffix(200) {
      up *= exp(r + 0.001 * g.normal())
      down *= exp(-r + 0.001 * g.normal())
      text += "\(d),\(up),\(down),5\n"
    }
    let url = try CLI.temporaryFile("wide.csv", text)
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    let o = try Self.json(["scan", "ETH", "--universe", url.path, "--window", "60"])
    let m = o["members"] as! [[String: Any]]
    #expect(m.map { $0["name"] as! String } == ["UP", "DOWN", "FLAT"])
    #expect((m[0]["correlation"] as! Double) > 0.99 && (m[1]["correlation"] as! Double) < -0.99)
    #expect(m[2]["correlation"] is NSNull)  // a constant price: no correlation, listed last
  }

  @Test func matrixCsvIsSquare() throws {
    let r = try CLI.run(["matrix", "SPY", "QQQ", "RUT", "--format", "csv"])
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == 4 && lines[0] == "name,SPY,QQQ,RUT")
    #expect(try CLI.run(["matrix", "SPY"]).status == 64)
  }
}
