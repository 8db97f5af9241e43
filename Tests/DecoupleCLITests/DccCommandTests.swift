import Foundation
import TestSupport
import Testing

@Suite struct DccCommandTests {
  static let matrix = Fixture.url("oracle/dcc_dji30ret_1000x5.csv").path

  @Test func aReturnsMatrixGivesOneSeriesPerColumn() throws {
    // The fixture already holds percent returns; --input returns scales them by 100 again,
    // which DCC's (a, b) do not depend on (the GARCH transforms are scale-free).
    let r = try CLI.run(["dcc", Self.matrix, "--input", "returns", "--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    let o = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    #expect(o["assets"] as? [String] == ["AA", "AXP", "BA", "BAC", "C"])
    let a = (o["dccA"] as! [String: Any])["estimate"] as! Double
    #expect(abs(a - 0.00764) < 5e-4)
    #expect((o["pairs"] as! [Any]).count == 10)
    let first = (o["series"] as! [[String: Any]])[0]
    #expect((first["correlations"] as! [Any]).count == 10)
  }

  @Test func textAndCsvOnTwoSymbols() throws {
    let t = try CLI.run(["dcc", "ETH", "RUT", "--from", "2022-01-01"])
    #expect(t.status == 0, "\(t.stderr)")
    #expect(t.stdout.hasPrefix("DCC-GARCH(1,1): ETH, RUT"))
    #expect(t.stdout.contains("ETH and RUT: correlation now"))
    for line in t.stdout.split(separator: "\n") { #expect(line.count <= 100) }
    let c = try CLI.run(["dcc", "ETH", "RUT", "--from", "2022-01-01", "--format", "csv"])
    #expect(c.stdout.hasPrefix("date,ETH~RUT\n"))
  }

  @Test func oneSeriesIsAUsageError() throws {
    #expect(try CLI.run(["dcc", "ETH"]).status == 64)
    #expect(try CLI.run(["dcc"]).status == 64)
  }

  @Test func tooShortIsADataError() throws {
    let r = try CLI.run(["dcc", "ETH", "RUT", "--from", "2026-05-01"])
    #expect(r.status == 1, "\(r.stderr)")
  }
}
