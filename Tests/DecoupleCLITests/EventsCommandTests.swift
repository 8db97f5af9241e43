import DecoupleAnalysis
import Foundation
import TestSupport
import Testing

@testable import DecoupleCLI

/// `decouple events` and `check --claim changed-after`, through the command line.
@Suite struct EventsCommandTests {
  static func json(_ arguments: [String]) throws -> [String: Any] {
    let r = try CLI.run(arguments + ["--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
  }

  /// The catalogue's ETH events with the statsmodels fixture's figures (tools/oracle/events.py),
  /// a user event, and the Fed's changes from the embedded DFEDTARU.
  @Test func studiesTheCatalogueYourEventsAndTheFed() throws {
    let o = try Self.json(["events", "ETH", "RUT", "--hac-lags", "5"])
    let events = o["events"] as! [[String: Any]]
    let oracle = try #require(
      try Oracle.json("events_ETH_RUT_w90.json")["events"] as? [[String: Any]])
    #expect(events.count == oracle.count)
    for (e, x) in zip(events, oracle) {
      #expect(e["date"] as? String == x["event"] as? String)
      #expect(
        Oracle.relativeError(Oracle.double(e["betaChangeP"]), Oracle.double(x["betaChangeP"]))
          < 1e-8)
      #expect(
        Oracle.relativeError(
          Oracle.double(e["correlationPHolm"]), Oracle.double(x["correlationPHolm"])) < 1e-9)
    }
    let fed = try Self.json([
      "events", "ETH", "RUT", "--no-catalogue", "--fed", "--event", "2025-01-20:Inauguration",
      "--from", "2021-06-01", "--to", "2023-12-31",
    ])
    let labels = (fed["events"] as! [[String: Any]]).map { $0["event"] as! String }
    // 2022's hikes began on 2022-03-17 (effective date) with 25 bp.
    #expect(labels.first == "Fed target range raised 25 bp (upper bound 0.50%)", "\(labels)")
    #expect(labels.allSatisfy { $0.hasPrefix("Fed target range") })
    #expect(fed["tests"] as? Int == 2 * labels.count)
    let skipped = (fed["skipped"] as! [[String: Any]]).map { $0["event"] as! String }
    #expect(skipped.contains("Inauguration"))  // after --to
  }

  /// The done-when claim: the relationship changed after the spot ETH ETFs began trading.
  @Test func changedAfterTheETFLaunch() throws {
    let r = try CLI.run(["check", "ETH", "RUT", "--claim", "changed-after", "2024-07-23"])
    #expect(r.status == 0, "\(r.stderr)")
    let words = r.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(words.contains("SUPPORTED. After 2024-07-23 the correlation rose from 0.30 to 0.60"))
    #expect(words.contains("the opposite of a decoupling"), "\(r.stdout)")
    let bad = try CLI.run(["check", "ETH", "RUT", "--claim", "changed-after"])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("needs a day"))
    let late = try CLI.run([
      "check", "ETH", "RUT", "--claim", "changed-after", "--since", "2026-05-01",
    ])
    #expect(late.stdout.contains("INCONCLUSIVE"), "\(late.stdout)")
  }

  @Test func eventOptionNeedsADate() throws {
    #expect(EventsCommand.parse("2024-07-23:ETF launch")?.label == "ETF launch")
    #expect(EventsCommand.parse("2024-07-23")?.label == "2024-07-23")
    #expect(EventsCommand.parse("July 23") == nil)
    let r = try CLI.run(["events", "ETH", "RUT", "--event", "23.07.2024:x"])
    #expect(r.status == 64 && r.stderr.contains("--event must be DATE:LABEL"))
  }
}
