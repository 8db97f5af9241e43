import Foundation
import TestSupport
import Testing

@Suite struct BreaksCommandTests {
  @Test func peltLinearMatchesRupturesThroughTheCli() throws {
    // tools/oracle/pelt.py, case linear / min_size 30 / BIC on the same ETH/RUT returns:
    // breakpoints [59, 538, 587, 879, 2151] → new regimes at those return indices.
    let r = try CLI.run(["breaks", "ETH", "RUT", "--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    let o = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    #expect(o["method"] as? String == "pelt" && o["cost"] as? String == "linear")
    #expect(o["observations"] as? Int == 2151)
    #expect((o["breaks"] as! [String]).count == 4)
    let segments = o["segments"] as! [[String: Any]]
    #expect(segments.map { $0["observations"] as! Int } == [59, 479, 49, 292, 1272])
  }

  @Test func baiPerronTextHasTheSupFTest() throws {
    let r = try CLI.run(["breaks", "ETH", "RUT", "--method", "bai-perron", "--from", "2023-01-01"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("sup-F test"))
    for line in r.stdout.split(separator: "\n") { #expect(line.count <= 100) }
  }

  @Test func baiPerronWeeklyMatchesStrucchangeThroughTheCli() throws {
    // tools/oracle/strucchange.R case ethrut_w: weekly ETH on RUT, 447 returns, no break by
    // BIC, sup-F 3.0661710164421816 (p 0.879).
    let r = try CLI.run([
      "breaks", "ETH", "RUT", "--method", "bai-perron", "--frequency", "weekly", "--format", "json",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let o = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    #expect(o["observations"] as? Int == 447)
    #expect((o["breaks"] as! [Any]).isEmpty)
    let supF = o["supF"] as! [String: Any]
    #expect(abs((supF["statistic"] as! Double) - 3.0661710164421816) < 1e-9)
    #expect(abs((supF["pValue"] as! Double) - 0.8788502285566614) < 1e-9)
  }

  @Test func baiPerronSaysWhenBICAndTheSupFTestDisagree() throws {
    // ETH/RUT daily: BIC chooses no break, while sup-F rejects "no break" (p = 0.0026). The
    // text used to say "No break" above "p = 0.0026" without a word on why.
    let json = try CLI.run(["breaks", "ETH", "RUT", "--method", "bai-perron", "--format", "json"])
    let o = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
    #expect((o["breaks"] as? [Any])?.isEmpty ?? true)
    #expect(((o["supF"] as! [String: Any])["pValue"] as! Double) < 0.05)
    let text = try CLI.run(["breaks", "ETH", "RUT", "--method", "bai-perron"]).stdout
      .replacingOccurrences(of: "\n", with: " ")
    #expect(text.contains("No break chosen (BIC)"), "\(text)")
    #expect(text.contains("the sup-F test below rejects \"no break\" at 5%"))
  }

  @Test func csvIsTheSegmentTable() throws {
    let r = try CLI.run([
      "breaks", "ETH", "RUT", "--cost", "normal", "--penalty", "mbic", "--format", "csv",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("from,to,observations,alpha,beta,correlation,meanGap,"))
  }

  @Test(arguments: [
    ["breaks", "ETH"], ["breaks", "ETH", "RUT", "--penalty", "big"],
    ["breaks", "ETH", "RUT", "--penalty", "-3"], ["breaks", "ETH", "RUT", "--method", "cusum"],
    ["breaks", "ETH", "RUT", "--min-size", "1"],
  ])
  func usageErrorsExitSixtyFour(_ args: [String]) throws {
    let r = try CLI.run(args)
    #expect(r.status == 64, "\(args): \(r.stderr)")
  }

  @Test func tooShortIsADataError() throws {
    let r = try CLI.run(["breaks", "ETH", "RUT", "--from", "2026-05-20", "--method", "bai-perron"])
    #expect(r.status == 1, "\(r.stderr)")
  }
}
