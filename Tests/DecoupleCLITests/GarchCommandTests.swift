import DecoupleData
import Foundation
import TestSupport
import Testing

@Suite struct GarchCommandTests {
  @Test func textReadsFirstAndFits100Columns() throws {
    let r = try CLI.run(["garch", "ETH"])
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0].hasPrefix("ETH: GARCH(1,1), normal errors, 3,129 daily log returns"))
    #expect(lines[2].hasPrefix("Volatility now is"))
    for line in lines { #expect(line.count <= 100) }
  }

  @Test func jsonMatchesArchOnEth() throws {
    // The same fit as GarchTests (arch fixture), through the CLI: the embedded ETH series
    // gives the same returns as tools/oracle/garch.py.
    let r = try CLI.run(["garch", "ETH", "--dist", "t", "--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    let o = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    for key in ["asset", "distribution", "parameters", "logLikelihood", "series", "asOf"] {
      #expect(o[key] != nil, "missing \(key)")
    }
    let ll = o["logLikelihood"] as! Double
    #expect(abs(ll - -8662.122542602265) < 1e-3)
    let nu = (o["parameters"] as! [String: Any])["nu"] as! [String: Any]
    #expect(abs((nu["estimate"] as! Double) - 3.226980406714575) < 1e-3)
    #expect((o["series"] as! [Any]).count == 3129)
  }

  @Test func csvIsTheVolatilitySeries() throws {
    let r = try CLI.run(["garch", "RUT", "--format", "csv", "--from", "2020-01-01"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("date,return,volatility\n"))
  }

  @Test func returnsInputFromAFile() throws {
    var g = SplitMix64(seed: 11)
    var text = "date,r\n"
    var s2 = 1e-4
    var e = 0.0
    for i in 0..<400 {
      s2 = 1e-6 + 0.1 * e * e + 0.85 * s2
      e = s2.squareRoot() * g.normal()
      text += "\(Day(year: 2020, month: 1, day: 1)!.adding(days: i).iso),\(e)\n"
    }
    let url = try CLI.temporaryFile("r.csv", text)
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    let r = try CLI.run(["garch", url.path, "--input", "returns", "--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    let o = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    #expect(o["observations"] as? Int == 400)
    #expect(o["input"] as? String == "returns")
  }

  @Test func tooShortIsADataError() throws {
    let r = try CLI.run(["garch", "RUT", "--from", "2026-06-01"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("needs at least 100 observations"))
  }

  @Test(arguments: [["garch"], ["garch", "ETH", "--dist", "cauchy"], ["garch", "ETH", "RUT"]])
  func usageErrorsExitSixtyFour(_ args: [String]) throws {
    let r = try CLI.run(args)
    #expect(r.status == 64, "\(args): \(r.stderr)")
  }
}
