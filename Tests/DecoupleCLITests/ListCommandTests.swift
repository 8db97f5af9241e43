import Foundation
import Testing

@Suite struct ListCommandTests {
  @Test func listsEverySymbolWithFileRangeAndRows() throws {
    let r = try CLI.run(["list"])
    #expect(r.status == 0, "\(r.stderr)")
    for symbol in ["ETH", "BTC", "RUT", "IWM", "SPY", "QQQ", "SPX", "IXIC", "DGS2", "DGS10", "DFF"]
    {
      #expect(r.stdout.contains("\n\(symbol) "), "missing \(symbol)")
    }
    #expect(r.stdout.contains("Russell 2000 index level"))
    #expect(!r.stdout.contains("\nAAPL "))
  }

  @Test func membersAreListedWhenAsked() throws {
    let r = try CLI.run(["list", "--members"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("\nAAPL "))
    #expect(r.stdout.contains("embedded (ndx universe)"))
  }

  @Test func jsonListsSymbols() throws {
    let r = try CLI.run(["list", "--format", "json"])
    #expect(r.status == 0)
    let o = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    let symbols = o["symbols"] as! [[String: Any]]
    let rut = symbols.first { $0["symbol"] as? String == "RUT" }!
    #expect(rut["first"] as? String == "2016-06-28")
    #expect(rut["last"] as? String == "2026-08-21")
    #expect(rut["rows"] as? Int == 2552)
  }
}
