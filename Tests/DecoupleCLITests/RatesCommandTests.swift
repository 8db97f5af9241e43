import Foundation
import TestSupport
import Testing

@Suite struct RatesCommandTests {
  @Test func jsonHasLevelsSpreadAndSensitivities() throws {
    let r = try CLI.run(["rates", "--format", "json", "--as-of", "2026-06-04"])
    #expect(r.status == 0, "\(r.stderr)")
    let o = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    let levels = o["levels"] as! [String: [String: Any]]
    let dgs2 = levels["DGS2"]!["value"] as! Double
    let dff = levels["DFF"]!["value"] as! Double
    // The spread is the difference of the two levels on their common last day.
    let spread = levels["DGS2-DFF"]!["value"] as! Double
    #expect(abs(spread - (dgs2 - dff)) < 1e-9)
    let s = o["sensitivities"] as! [[String: Any]]
    #expect(s.map { $0["asset"] as? String } == ["ETH", "RUT"])
    #expect(s.allSatisfy { ($0["percentile"] as? Double).map { (0...1).contains($0) } ?? false })
  }

  @Test func csvHasOneBetaColumnPerAsset() throws {
    let r = try CLI.run(["rates", "--assets", "ETH,SPY", "--format", "csv"])
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("date,ETHBetaPer100bp,SPYBetaPer100bp\n"))
  }

  @Test func usageAndDataErrors() throws {
    #expect(try CLI.run(["rates", "--window", "1"]).status == 64)
    #expect(try CLI.run(["rates", "--yield", "NOPE"]).status == 1)
  }
}
