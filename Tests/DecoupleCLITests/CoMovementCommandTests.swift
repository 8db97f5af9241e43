import Foundation
import TestSupport
import Testing

/// The co-movement commands, run as a user would (`corr`, `beta`, `leadlag`, `compare`).
@Suite struct CoMovementCommandTests {
  static func json(_ args: [String]) throws -> [String: Any] {
    let r = try CLI.run(args + ["--format", "json"])
    #expect(r.status == 0, "\(args): \(r.stderr)")
    #expect(!r.stdout.contains("NaN") && !r.stdout.contains("inf"))
    return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
  }

  @Test func corrPearsonMatchesThePandasFixtureAndCarriesABand() throws {
    // The CLI runs the same pipeline as tools/oracle/pairs.py; the last value is pandas'
    // rolling(90).corr to 1e-10 (the kernel's tested tolerance).
    let o = try Self.json(["corr", "ETH", "RUT"])
    let t = try NumericTable(fixture: "oracle/pair_ETH_RUT_daily_log_w90.csv")
    let current = o["current"] as! Double
    #expect(abs(current - t["correlation"].last!) < 1e-10)
    let last = (o["series"] as! [[String: Any]]).last!
    #expect((last["lower"] as! Double) < current && current < (last["upper"] as! Double))
    #expect(o["asOf"] as? String == t.dates.last)
  }

  @Test(arguments: ["spearman", "kendall", "ewma"])
  func corrOtherMethods(_ method: String) throws {
    let o = try Self.json(["corr", "ETH", "RUT", "--method", method, "--window", "60"])
    #expect(o["method"] as? String == method)
    let c = o["current"] as! Double
    #expect(c > -1 && c < 1)
    let last = (o["series"] as! [[String: Any]]).last!
    if method == "ewma" {
      #expect(last["lower"] is NSNull)  // no sample size, no band
    } else {
      #expect((last["lower"] as! Double) < c && c < (last["upper"] as! Double))
    }
  }

  @Test func corrEwmaCarriesPandasVolatilityAndCovariance() throws {
    // The last row equals pandas ewm(alpha=0.06) on the same returns (tools/oracle/comove.py);
    // min periods only blanks the start. Relative 1e-12: the kernel's measured error is 7e-16.
    let o = try Self.json(["corr", "ETH", "RUT", "--method", "ewma"])
    let t = try NumericTable(fixture: "oracle/ewma_ETH_RUT_daily_log.csv")
    let last = (o["series"] as! [[String: Any]]).last!
    for (key, column) in [
      ("correlation", "corr_l94adj"), ("covariance", "cov_l94adj"), ("volatilityA", "volA_l94adj"),
      ("volatilityB", "volB_l94adj"),
    ] {
      let want = t[column].last!
      #expect(abs((last[key] as! Double) - want) <= 1e-12 * abs(want), "\(key)")
    }
  }

  @Test func corrCsvAndTextFitTheConventions() throws {
    let csv = try CLI.run(["corr", "BTC", "SPY", "--format", "csv", "--frequency", "weekly"])
    #expect(csv.status == 0 && csv.stdout.hasPrefix("date,correlation,lower,upper,count\n"))
    let text = try CLI.run(["corr", "ETH", "RUT", "--method", "ewma", "--half-life", "20"])
    #expect(text.status == 0 && text.stdout.hasPrefix("ETH vs RUT: EWMA"))
    for line in text.stdout.split(separator: "\n") { #expect(line.count <= 100) }
  }

  @Test func betaWithFactorsHacAndDimson() throws {
    let o = try Self.json([
      "beta", "ETH", "RUT", "--factors", "BTC", "--hac", "--hac-lags", "5", "--dimson", "1",
    ])
    #expect(o["factors"] as? [String] == ["RUT", "BTC"])
    #expect(o["standardErrors"] as? String == "neweyWest(5)")
    let latest = o["latest"] as! [String: Any]
    let betas = latest["betas"] as! [[String: Any]]
    // The last row of the statsmodels fixture (ETH on RUT and BTC, HAC maxlags 5, window 90).
    let t = try NumericTable(fixture: "oracle/ols_ETH_RUT_BTC_daily_log_w90.csv")
    #expect(abs((betas[1]["beta"] as! Double) - t["beta2"].last!) < 1e-9)
    #expect(abs((betas[1]["standardError"] as! Double) - t["hacSe_beta2"].last!) < 1e-9)
    #expect(latest["dimsonBeta"] is Double)
    let text = try CLI.run(["beta", "ETH", "RUT"])
    #expect(text.status == 0 && text.stdout.contains("upside beta"))
    // The last rolling upside beta is the latest window's (both are the same 90 rows).
    let last = (o["series"] as! [[String: Any]]).last!
    #expect(abs((last["upBeta"] as! Double) - (latest["upBeta"] as! Double)) < 1e-12)
  }

  @Test func leadlagReportsBothGrangerDirections() throws {
    let o = try Self.json(["leadlag", "ETH", "RUT", "--lags", "10", "--granger-lags", "2"])
    let xc = o["crossCorrelation"] as! [[String: Any]]
    #expect(xc.count == 21 && xc[10]["lag"] as? Int == 0)
    let g = try NumericTable(fixture: "oracle/leadlag_granger_ETH_RUT.csv")
    let bToA = (o["granger"] as! [String: Any])["bToA"] as! [String: Any]
    // Row 2 of the statsmodels fixture: B → A with 2 lags; relative 1e-9 as in the kernel test.
    #expect(abs((bToA["f"] as! Double) / g["F"][2] - 1) < 1e-9)
  }

  @Test func compareIsReproducibleWithASeed() throws {
    let args = [
      "compare", "ETH", "RUT", "--period1", "2021-01-01:2021-06-30", "--period2",
      "2025-01-01:2025-06-30", "--replicates", "200", "--seed", "9",
    ]
    let one = try CLI.run(args + ["--format", "json"])
    let two = try CLI.run(args + ["--format", "json"])
    #expect(one.status == 0 && one.stdout == two.stdout)
    let o = try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as! [String: Any]
    let d = o["difference"] as! [String: Any]
    #expect((d["pValue"] as! Double) < 0.05)  // 0.17 vs 0.48: the fixture's p is 0.007
  }

  @Test(arguments: [
    ["corr", "ETH"], ["corr", "ETH", "RUT", "--method", "tau"],
    ["corr", "ETH", "RUT", "--lambda", "1.5"],
    ["corr", "ETH", "RUT", "--method", "spearman", "--window", "20001"],
    ["beta", "ETH", "RUT", "--dimson", "-1"],
    ["leadlag", "ETH", "RUT", "--granger-lags", "0"],
    ["compare", "ETH", "RUT", "--period1", "2021-01-01"],
    [
      "compare", "ETH", "RUT", "--period1", "2021-06-01:2021-01-01", "--period2",
      "2022-01-01:2022-06-01",
    ],
  ])
  func usageErrorsExitSixtyFour(_ args: [String]) throws {
    let r = try CLI.run(args)
    #expect(r.status == 64, "\(args): \(r.stderr)")
  }

  @Test func dataErrorsExitOne() throws {
    #expect(try CLI.run(["corr", "ETH", "DOGE"]).status == 1)
    let short = try CLI.run([
      "compare", "ETH", "RUT", "--period1", "2021-01-01:2021-01-03", "--period2",
      "2022-01-01:2022-06-01",
    ])
    #expect(short.status == 1 && short.stderr.contains("Error:"), "\(short.stderr)")
    #expect(try CLI.run(["beta", "ETH", "RUT", "--window", "5000"]).status == 1)
    let lags = try CLI.run(["leadlag", "ETH", "RUT", "--lags", "5000"])
    #expect(lags.status == 1 && lags.stderr.contains("5003"), "\(lags.stderr)")
  }
}
