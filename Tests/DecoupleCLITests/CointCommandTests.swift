import Foundation
import TestSupport
import Testing

@Suite struct CointCommandTests {
  static func document(_ r: CLI.Result) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
  }

  @Test func ethRutMatchesStatsmodelsCoint() throws {
    let r = try CLI.run(["coint", "ETH", "RUT", "--format", "json", "--johansen"])
    #expect(r.status == 0, "\(r.stderr)")
    let o = try Self.document(r)
    for key in [
      "pair", "on", "start", "asOf", "observations", "cointegrated", "verdict",
      "engleGranger", "johansen", "spread",
    ] {
      #expect(o[key] != nil, "missing \(key)")
    }
    let cases = try Oracle.json("unitroot.json")["coint"] as! [[String: Any]]
    let expected = cases.first {
      $0.string("y0") == "logETHwithRUT" && $0.string("trend") == "c"
        && $0.string("autolag") == "aic"
    }!
    let eg = o["engleGranger"] as! [String: Any]
    #expect(Oracle.relativeError(eg.number("statistic"), expected.number("statistic")) < 1e-8)
    #expect(Oracle.relativeError(eg.number("pValue"), expected.number("pvalue")) < 1e-8)
    #expect(o["cointegrated"] as? Bool == false)
    #expect(o["spread"] is NSNull)
    let j = o["johansen"] as! [String: Any]
    #expect((j["trace"] as! [Any]).count == 2)
  }

  @Test func aCointegratedPairReportsTheSpreadsHalfLife() throws {
    // BTC from Yahoo and from CoinGecko: one asset, two sources.
    let r = try CLI.run(["coint", "BTC", "BTC-CG", "--johansen"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("look cointegrated"))
    #expect(r.stdout.contains("half-life"))
    for line in r.stdout.split(separator: "\n") { #expect(line.count <= 100, "\(line)") }
    let j = try Self.document(try CLI.run(["coint", "BTC", "BTC-CG", "--format", "json"]))
    let spread = j["spread"] as! [String: Any]
    let h = spread.number("halfLife")
    #expect(h > 0 && spread.number("halfLifeLower") <= h && h <= spread.number("halfLifeUpper"))
  }

  @Test func csvIsTheSpreadByDate() throws {
    let r = try CLI.run(["coint", "ETH", "BTC", "--format", "csv"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("date,a,b,spread\n2017-11-09,"))
  }

  @Test(arguments: [
    ["coint", "ETH"], ["coint", "ETH", "RUT", "--trend", "n"],
    ["coint", "ETH", "RUT", "--det-order", "2"],
    ["coint", "ETH", "RUT", "--lag-differences", "-1"],
    ["coint", "ETH", "RUT", "--lags", "1", "--autolag", "bic"],
  ])
  func usageErrorsExitSixtyFour(_ args: [String]) throws {
    let r = try CLI.run(args)
    #expect(r.status == 64, "\(args): \(r.stderr)")
  }

  @Test func tooShortARangeIsADataError() throws {
    let r = try CLI.run(["coint", "ETH", "RUT", "--from", "2026-05-20", "--lags", "10"])
    #expect(r.status == 1)
    #expect(r.stderr.hasPrefix("Error: ETH and RUT"))
  }
}
