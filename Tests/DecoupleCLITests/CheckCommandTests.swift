import Foundation
import Testing

@Suite struct CheckCommandTests {
  @Test func recordLowCorrelationAsOfFebruary2026() throws {
    // The article's claim, checked as of its time: on 2026-02-20 ETH/RUT's 90-day correlation
    // (0.56, 84th percentile) is far from its 2019 record low (−0.14).
    let r = try CLI.run([
      "check", "ETH", "RUT", "--claim", "record-low-correlation", "--as-of", "2026-02-20",
      "--format", "json",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let o = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    #expect(o["verdict"] as? String == "not supported")
    #expect(o["asOf"] as? String == "2026-02-20")
    let record = o["record"] as! [String: Any]
    #expect((record["previousRecord"] as! [String: Any])["date"] as? String == "2019-07-11")
    #expect((o["evidence"] as! [String]).count >= 2)
  }

  @Test func textLeadsWithTheVerdict() throws {
    let r = try CLI.run([
      "check", "ETH", "RUT", "--claim", "correlation-below", "--threshold", "0.9",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("\n\nSUPPORTED."))
  }

  @Test(arguments: [
    ["check", "ETH", "RUT"], ["check", "ETH", "RUT", "--claim", "decoupled-since"],
    ["check", "ETH", "RUT", "--claim", "correlation-below", "--threshold", "2"],
    ["check", "ETH", "RUT", "--claim", "record-high-hype"],
    // ETH's supply is not BTC's: the claim is refused rather than answered about ETH.
    ["check", "BTC", "SPY", "--claim", "supply-deflationary-since", "--since", "2023-06-01"],
  ])
  func usageErrorsExitSixtyFour(_ args: [String]) throws {
    #expect(try CLI.run(args).status == 64)
  }
}

@Suite struct EpisodesCommandTests {
  @Test func listsEpisodesPerMeasure() throws {
    let r = try CLI.run(["episodes", "ETH", "RUT", "--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    let o = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    let measures = o["measures"] as! [String: Any]
    let gap = measures["gap"] as! [String: Any]
    let episodes = gap["episodes"] as! [[String: Any]]
    #expect(!episodes.isEmpty)
    #expect(episodes.allSatisfy { ($0["start"] as! String) <= ($0["lastDay"] as! String) })
  }

  @Test func csvHasOneRowPerEpisode() throws {
    let r = try CLI.run(["episodes", "BTC", "SPY", "--format", "csv"])
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("measure,side,start,end,duration,"))
  }

  @Test func badThresholdsAreUsageErrors() throws {
    #expect(
      try CLI.run(["episodes", "ETH", "RUT", "--enter", "0.3", "--exit", "0.2"]).status == 64)
  }
}

@Suite struct SupplyClaimTests {
  static func verdict(_ since: String, asOf: String? = nil) throws -> String {
    var args = [
      "check", "ETH", "RUT", "--claim", "supply-deflationary-since", "--since", since, "--format",
      "json",
    ]
    if let a = asOf { args += ["--as-of", a] }
    let r = try CLI.run(args)
    #expect(r.status == 0, "\(r.stderr)")
    let o = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    return o["verdict"] as! String
  }

  @Test func supplyFellBetweenTheMergeDataAndDencun() throws {
    // validatorqueue supply: 120.27 M on 2023-05-21, 120.09 M on 2024-03-13 (docs/DATA-SOURCES.md).
    #expect(try Self.verdict("2023-05-21", asOf: "2024-03-13") == "supported")
  }

  @Test func supplyRoseSinceMid2024() throws {
    #expect(try Self.verdict("2024-05-01") == "not supported")
  }

  @Test func aStartInsideTheCoverageGapIsInconclusive() throws {
    // No supply figure between 2022-09-02 and 2023-05-18.
    #expect(try Self.verdict("2022-12-01") == "inconclusive")
  }
}
