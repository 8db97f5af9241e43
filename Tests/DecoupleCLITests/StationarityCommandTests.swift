import Foundation
import TestSupport
import Testing

@Suite struct StationarityCommandTests {
  /// The statsmodels record of `unitroot.json` for one series and options.
  static func oracle(_ series: String, regression: String = "c", autolag: String = "aic") throws
    -> [String: Any]
  {
    let cases = try Oracle.json("unitroot.json")["adf"] as! [[String: Any]]
    return cases.first {
      $0.string("series") == series && $0.string("regression") == regression
        && $0.string("autolag") == autolag && $0["maxlag"] is NSNull
    }!
  }

  static func document(_ r: CLI.Result) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
  }

  @Test func logPricesOfEthLookNonStationaryInPlainWords() throws {
    let r = try CLI.run(["stationarity", "ETH"])
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0].hasPrefix("ETH (log prices, daily): stationarity from 2017-11-09"))
    #expect(lines[2].hasPrefix("ADF does not reject a unit root at 5%; KPSS rejects stationarity"))
    #expect(r.stdout.contains("non-stationary"))
    for line in lines { #expect(line.count <= 100, "\(line)") }
  }

  // End to end: the CLI's numbers are statsmodels' on the same data (1e-8 relative, as the
  // kernel tests; the JSON prints shortest round-trip doubles).
  @Test(arguments: [("ETH", [String](), "logETH"), ("ETH", ["--on", "returns"], "returnETH")])
  func jsonMatchesStatsmodels(_ symbol: String, _ extra: [String], _ oracleName: String) throws {
    let r = try CLI.run(["stationarity", symbol, "--format", "json"] + extra)
    #expect(r.status == 0, "\(r.stderr)")
    let o = try Self.document(r)
    for key in [
      "series", "on", "frequency", "start", "asOf", "observations", "reading", "adf",
      "kpss", "verdict",
    ] {
      #expect(o[key] != nil, "missing \(key)")
    }
    let adf = o["adf"] as! [String: Any]
    let expected = try Self.oracle(oracleName)
    #expect(Oracle.relativeError(adf.number("statistic"), expected.number("statistic")) < 1e-8)
    #expect(adf["lags"] as? Int == expected["lags"] as? Int)
    #expect(o["reading"] as? String == (oracleName == "returnETH" ? "stationary" : "unitRoot"))
  }

  @Test func csvHasOneRowPerTest() throws {
    let r = try CLI.run(["stationarity", "RUT", "--format", "csv", "--regression", "ct"])
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(
      lines[0]
        == "test,regression,lags,observations,statistic,pValue,critical1,critical5,critical10,rejects"
    )
    #expect(lines[1].hasPrefix("adf,ct,") && lines[2].hasPrefix("kpss,ct,"))
  }

  @Test func returnsInputIsTakenAsGiven() throws {
    var rng = SplitMix64(seed: 11)
    var text = "date,value\n"
    var day = Calendar(identifier: .gregorian).date(
      from: DateComponents(year: 2020, month: 1, day: 1))!
    let fmt = ISO8601DateFormatter()
    fmt.formatOptions = [.withFullDate]
    for _ in 0..<300 {
      text += "\(fmt.string(from: day)),\(0.01 * rng.normal())\n"
      day += 86_400
    }
    let url = try CLI.temporaryFile("returns.csv", text)
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    let r = try CLI.run(["stationarity", url.path, "--input", "returns", "--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    let o = try Self.document(r)
    #expect(o["observations"] as? Int == 300)  // not differenced
    #expect(o["on"] as? String == "returns")
    #expect(o["reading"] as? String == "stationary")
  }

  @Test func tooFewObservationsForTheLagsIsADataError() throws {
    let r = try CLI.run(["stationarity", "ETH", "--from", "2026-05-01", "--lags", "20"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("20 lags") && r.stderr.contains("needs at least 44 observations"))
  }

  @Test func aConstantSeriesIsADataError() throws {
    let text =
      "date,value\n" + (1...20).map { "2024-01-\(String(format: "%02d", $0)),5\n" }.joined()
    let url = try CLI.temporaryFile("flat.csv", text)
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    let r = try CLI.run(["stationarity", url.path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("constant"))
  }

  @Test(arguments: [
    ["stationarity"], ["stationarity", "ETH", "--lags", "2", "--autolag", "aic"],
    ["stationarity", "ETH", "--regression", "ctt"], ["stationarity", "ETH", "--autolag", "hqic"],
    ["stationarity", "ETH", "--on", "levels"], ["stationarity", "ETH", "--lags", "-1"],
    ["stationarity", "ETH", "--input", "returns", "--on", "log-prices"],
  ])
  func usageErrorsExitSixtyFour(_ args: [String]) throws {
    let r = try CLI.run(args)
    #expect(r.status == 64, "\(args): \(r.stderr)")
  }
}
