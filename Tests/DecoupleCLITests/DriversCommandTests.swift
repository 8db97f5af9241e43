import Foundation
import Testing

@Suite struct DriversCommandTests {
  func json(_ args: [String]) throws -> [String: Any] {
    let r = try CLI.run(args + ["--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
  }

  @Test func driversAttributeEthVarianceNowAndIn2022() throws {
    let o = try json(["drivers", "ETH", "--vs", "RUT"])
    #expect(o["target"] as? String == "ETH" && o["window"] as? Int == 90)
    let current = o["current"] as! [String: Any]
    let shares = current["shares"] as! [String: Any]
    let r2 = current["rSquared"] as! Double
    let sum = shares.values.compactMap { $0 as? Double }.reduce(0, +)
    #expect(abs(sum - r2) < 1e-9)
    let years = o["years"] as! [[String: Any]]
    let y2022 = try #require(years.first { $0["year"] as? String == "2022" })
    // ETF flows did not exist in 2022: absent, not zero.
    #expect((y2022["shares"] as! [String: Any])["ETH ETF flows (US$ bn)"] is NSNull)
  }

  @Test func supplyJsonCarriesCheckAndGaps() throws {
    let o = try json(["supply", "--from", "2023-12-20", "--to", "2023-12-24"])
    let check = o["check"] as! [String: Any]
    #expect(check["bestLag"] as? Int == 2 && check["days"] as? Int == 216)
    let series = o["series"] as! [[String: Any]]
    #expect(series.count == 5)
    #expect(series.last?["burnDerived"] as? Bool == true)
    #expect(series.first?["burnDerived"] as? Bool == false)
    let coverage = o["coverage"] as! [[String: Any]]
    let supply = coverage.first { $0["field"] as? String == "supply" }!
    #expect(((supply["gaps"] as! [[String: Any]]).first?["from"] as? String) == "2022-09-02")
  }

  @Test func supplyCsvAndText() throws {
    let csv = try CLI.run([
      "supply", "--from", "2024-01-19", "--to", "2024-01-21", "--format", "csv",
    ])
    #expect(csv.stdout.hasPrefix("date,supply,supplySource,"))
    // 2024-01-20/21 are missing from the staking file: empty cells, not zeros.
    #expect(csv.stdout.split(separator: "\n").last!.contains(",,"))
    let text = try CLI.run(["supply"])
    #expect(text.status == 0 && text.stdout.contains("Identity check 2023-05-21…2023-12-22"))
  }

  @Test func flowsBothAssets() throws {
    for asset in ["ETH", "BTC"] {
      let o = try json(["flows", asset])
      #expect(o["asset"] as? String == asset)
      let stress = o["stress"] as! [String: Any]
      #expect((stress["stressDays"] as! Int) > 10)
    }
    let btc = try json(["flows", "BTC"])
    #expect(btc["from"] as? String == "2024-01-11")  // the bogus 2024-01-01 row is dropped
  }

  /// `--assets` is worded and written as in `rates`; the old repeated `--target` still reads.
  @Test func scenarioAssetsAsInRates() throws {
    let listed = try CLI.run(["scenario", "--rates", "+50bp", "--assets", "BTC,RUT"])
    let legacy = try CLI.run(["scenario", "--rates", "+50bp", "--target", "BTC", "--target", "RUT"])
    #expect(listed.status == 0 && legacy.status == 0, "\(listed.stderr)\(legacy.stderr)")
    #expect(listed.stdout == legacy.stdout)
    #expect(listed.stdout.contains("BTC: expected") && listed.stdout.contains("RUT: expected"))
  }

  @Test func scenarioWithNegativeShocks() throws {
    let o = try json(["scenario", "--rates", "+50bp", "--etf-flows", "-1bn"])
    let outcomes = o["outcomes"] as! [[String: Any]]
    #expect(outcomes.map { $0["target"] as? String } == ["ETH", "RUT"])
    for out in outcomes {
      let (m, lo, hi) = (
        out["expectedMove"] as! Double, out["lower"] as! Double, out["upper"] as! Double
      )
      #expect(lo < m && m < hi)
    }
    #expect((o["from"] as! String) >= "2024-07-22")
  }

  @Test(arguments: [
    ["scenario"], ["scenario", "--rates", "fifty"], ["scenario", "--etf-flows", "lots"],
    ["flows", "DOGE"], ["supply", "--lag-days", "-1"], ["flows", "ETH", "--drawdown", "0"],
  ])
  func usageErrorsExitSixtyFour(_ args: [String]) throws {
    #expect(try CLI.run(args).status == 64)
  }

  @Test func dataErrorsExitOne() throws {
    let r = try CLI.run(["drivers", "NOPE"])
    #expect(r.status == 1 && r.stderr.contains("Unknown symbol"))
  }
}
