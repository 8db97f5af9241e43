import Foundation
import TestSupport
import Testing

@Suite struct AnalyzeCommandTests {
  @Test func analyzeEthRutPrintsTheVerdictFirst() throws {
    let r = try CLI.run(["analyze", "ETH", "RUT"])
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0].hasPrefix("ETH vs RUT: decoupling as of "))
    let blank = try #require(lines.firstIndex(of: ""))
    #expect(lines[blank + 1].hasPrefix("ETH is"))
    for line in lines { #expect(line.count <= 100) }
    #expect(r.stdout.contains("partial"))  // the excluded partial day is reported
  }

  @Test func jsonHasTheDocumentedTopLevelKeys() throws {
    let r = try CLI.run(["analyze", "ETH", "RUT", "--format", "json", "--window", "60"])
    #expect(r.status == 0, "\(r.stderr)")
    let o = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    for key in ["pair", "window", "asOf", "observations", "measures", "verdict", "series"] {
      #expect(o[key] != nil, "missing \(key)")
    }
    #expect(o["window"] as? Int == 60)
    #expect(!r.stdout.contains("NaN") && !r.stdout.contains("inf"))
  }

  /// `--no-series` leaves out the daily rows (the analysis's and the drivers') and nothing
  /// else; it is refused with any format but JSON.
  @Test func noSeriesDropsOnlyTheDailyRows() throws {
    let args = ["analyze", "ETH", "RUT", "--as-of", "2024-01-11", "--format", "json"]
    let full = try CLI.run(args)
    let slim = try CLI.run(args + ["--no-series"])
    #expect(full.status == 0 && slim.status == 0, "\(slim.stderr)")
    let f =
      try #require(JSONSerialization.jsonObject(with: Data(full.stdout.utf8)) as? NSDictionary)
      .mutableCopy() as! NSMutableDictionary
    let s = try #require(
      JSONSerialization.jsonObject(with: Data(slim.stdout.utf8)) as? NSDictionary)
    #expect(f["series"] != nil && s["series"] == nil)
    let drivers = try #require(
      (f["drivers"] as? NSDictionary)?.mutableCopy() as? NSMutableDictionary)
    #expect(drivers["series"] != nil && (s["drivers"] as? NSDictionary)?["series"] == nil)
    drivers.removeObject(forKey: "series")
    f["drivers"] = drivers
    f.removeObject(forKey: "series")
    #expect(f.isEqual(s))
    #expect(slim.stdout.utf8.count * 10 < full.stdout.utf8.count)
    let text = try CLI.run(["analyze", "ETH", "RUT", "--no-series"])
    #expect(text.status == 64 && text.stderr.contains("--no-series"))
  }

  @Test func asOfLimitsTheData() throws {
    let r = try CLI.run(["analyze", "ETH", "RUT", "--as-of", "2026-02-20", "--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    let o = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    #expect(o["asOf"] as? String == "2026-02-20")
    let series = o["series"] as! [[String: Any]]
    #expect(series.last?["date"] as? String == "2026-02-20")
    // Nothing after the as-of day is mentioned, not even ETH's partial last row.
    let text = try CLI.run(["analyze", "ETH", "RUT", "--as-of", "2026-02-20"]).stdout
    #expect(!text.contains("2026-06"), "\(text)")
  }

  @Test func csvHasTheSeriesHeader() throws {
    let r = try CLI.run(["analyze", "BTC", "SPY", "--format", "csv", "--frequency", "weekly"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("date,correlation,gap,residualDrift,beta,"))
  }

  @Test func unknownSymbolExitsOneAndSuggestsTheClosest() throws {
    let r = try CLI.run(["analyze", "ETHH", "RUT"])
    #expect(r.status == 1)
    #expect(
      r.stderr.hasPrefix("Error: Unknown symbol 'ETHH'; did you mean ETH (of "), "\(r.stderr)")
  }

  @Test(arguments: [
    ["analyze", "ETH"], ["analyze", "ETH", "RUT", "--window", "0"],
    ["analyze", "ETH", "RUT", "--returns", "cubic"],
    ["analyze", "ETH", "RUT", "--from", "2020-13-01"],
    ["analyze", "ETH", "RUT", "--from", "2024-01-01", "--to", "2023-01-01"],
    ["analyze", "ETH", "RUT", "--window", "30", "--min-periods", "31"], ["frobnicate"],
    // Too short for a correlation to mean anything (the library's minimum, 20).
    ["analyze", "ETH", "RUT", "--window", "1"], ["analyze", "ETH", "RUT", "--window", "5"],
    ["episodes", "ETH", "RUT", "--window", "19"],
  ])
  func usageErrorsExitSixtyFour(_ args: [String]) throws {
    let r = try CLI.run(args)
    #expect(r.status == 64, "\(args): \(r.stderr)")
  }

  @Test func aShortWindowIsRefusedNamingTheMinimum() throws {
    let r = try CLI.run(["analyze", "ETH", "RUT", "--window", "5"])
    #expect(r.status == 64)
    #expect(r.stderr.contains("--window 20"), "\(r.stderr)")
    #expect(r.stdout.isEmpty)
  }

  @Test func ethAgainstItselfIsTheSameSeriesNotADecoupling() throws {
    let r = try CLI.run(["analyze", "ETH", "ETH", "--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    let o = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    #expect(o["identity"] as? String == "identical")
    let senses = o["senses"] as! [[String: Any]]
    #expect(!senses.contains { $0["holds"] as? Bool == true })
    let text = try CLI.run(["analyze", "ETH", "ETH"]).stdout
    #expect(text.contains("are the same series"))
    #expect(!text.contains("unusual gap") && !text.contains("lowest on record"))
  }

  @Test func oneYearOfDataIsTooShortToCallTheRareSenses() throws {
    // ETH and RUT from 2025-02-20 to 2026-02-20: about 250 common days, 2 windows of 90.
    let r = try CLI.run(["analyze", "ETH", "RUT", "--from", "2025-02-20", "--as-of", "2026-02-20"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("Not enough history to call"), "\(r.stdout)")
    #expect(r.stdout.contains("2 non-overlapping windows"))
    #expect(!r.stdout.contains("! "))  // no sense flagged
    let j = try CLI.run([
      "analyze", "ETH", "RUT", "--from", "2025-02-20", "--as-of", "2026-02-20", "--format", "json",
    ])
    let o = try JSONSerialization.jsonObject(with: Data(j.stdout.utf8)) as! [String: Any]
    #expect(o["independentWindows"] as? Int == 2)
    #expect(o["enoughHistory"] as? Bool == false)
    let verdict = o["verdict"] as! [String: Any]
    #expect((verdict["decoupledSenses"] as! [Any]).isEmpty)
  }

  @Test func windowLongerThanTheHistorySaysHowLongItIs() throws {
    let r = try CLI.run(["analyze", "ETH", "RUT", "--window", "5000"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("5000") && r.stderr.contains("have only"), "\(r.stderr)")
  }

  @Test func analysesAUserFile() throws {
    var text = "day,price\n"
    var p = 100.0
    var g = SplitMix64(seed: 3)
    for d in 0..<400 {
      let day = Calendar(identifier: .gregorian).date(
        byAdding: .day, value: d, to: ISO8601DateFormatter().date(from: "2023-01-01T00:00:00Z")!)!
      p *= 1 + 0.01 * (g.unit() - 0.5)
      text += "\(ISO8601DateFormatter().string(from: day).prefix(10)),\(p)\n"
    }
    let url = try CLI.temporaryFile("mine.csv", text)
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    let r = try CLI.run([
      "analyze", url.path, "RUT", "--date-column", "day", "--value-column", "price", "--window",
      "60",
    ])
    #expect(r.status == 0, "\(r.stderr)")
  }

  @Test func badFileNamesFileLineColumnAndValue() throws {
    let url = try CLI.temporaryFile(
      "bad.csv", "Date,Open,High,Low,Close,Volume\n2024-01-02,1,1,1,1,1\n2024-01-03,1,1,1,abc,1\n")
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    let r = try CLI.run(["analyze", url.path, "RUT"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("bad.csv") && r.stderr.contains("3"), "\(r.stderr)")
    #expect(r.stderr.contains("Close") && r.stderr.contains("abc"), "\(r.stderr)")
  }
}

@Suite struct AnalyzeSectionsTests {
  @Test func jsonHasTheAnalysisSectionsBesideTheSummaryKeys() throws {
    let r = try CLI.run(["analyze", "ETH", "RUT", "--format", "json"])
    #expect(r.status == 0)
    let o = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    for key in ["episodes", "records", "gapClosure", "regimes", "windowStart"] {
      #expect(o[key] != nil, "missing \(key)")
    }
    let regimes = o["regimes"] as! [String: Any]
    #expect(
      ["trendingUp", "trendingDown", "sideways"].contains(
        (regimes["a"] as! [String: Any])["kind"] as! String))
  }

  @Test func driversOnlyForEthAgainstAnEquityIndex() throws {
    let eth = try CLI.run(["analyze", "ETH", "RUT", "--format", "json"])
    let o = try JSONSerialization.jsonObject(with: Data(eth.stdout.utf8)) as! [String: Any]
    #expect(o["drivers"] is [String: Any])
    #expect(eth.stdout.contains("\"senses\""))
    let btc = try CLI.run(["analyze", "BTC", "SPY", "--format", "json"])
    let p = try JSONSerialization.jsonObject(with: Data(btc.stdout.utf8)) as! [String: Any]
    #expect(p["drivers"] is NSNull)
  }

  @Test func textHasTheSections() throws {
    let r = try CLI.run(["analyze", "ETH", "RUT"])
    for section in ["Episodes", "Records", "Gap closure", "Regimes"] {
      #expect(r.stdout.contains("\n\(section)"), "missing \(section)")
    }
    for line in r.stdout.split(separator: "\n") { #expect(line.count <= 100, "\(line)") }
  }
}
