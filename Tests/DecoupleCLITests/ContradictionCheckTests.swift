import Foundation
import Testing

/// Runs `analyze`, `episodes` and `check` on real pairs and dates and asserts that no two
/// statements disagree: the headline's count and list against the senses, the senses against
/// the measures, an open episode beside a sense that does not hold (only with the explanation),
/// records, gap closure, and the episodes `analyze` and `episodes` report.
@Suite struct ContradictionCheckTests {
  static let cases: [[String]] = [
    ["ETH", "RUT", "--as-of", "2026-02-20"],
    ["ETH", "RUT"],
    ["BTC", "SPY", "--frequency", "weekly", "--window", "26"],
    ["ETH", "ETH"],
    ["SPY", "SPX"],
    ["ETH", "RUT", "--from", "2025-02-20", "--as-of", "2026-02-20"],
    ["ETH", "BTC", "--as-of", "2022-06-30"],
  ]

  static func json(_ args: [String]) throws -> [String: Any] {
    let r = try CLI.run(args + ["--format", "json"])
    #expect(r.status == 0, "\(args): \(r.stderr)")
    return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
  }

  /// The people's name of a sense, as the text and the headline spell it.
  static let labels = [
    "correlation": "correlation", "gap": "performance gap", "residualDrift": "residual drift",
    "beta": "beta", "dccCorrelation": "dynamic correlation", "cointegration": "cointegration",
    "changePoint": "change point",
  ]

  @Test(arguments: cases)
  func analyzeAgreesWithItself(_ pair: [String]) throws {
    let o = try Self.json(["analyze"] + pair)
    let text = try CLI.run(["analyze"] + pair).stdout
    let verdict = o["verdict"] as! [String: Any]
    let headline = verdict["headline"] as! String
    #expect(text.contains(headline.prefix(60)), "the text leads with the JSON's headline")
    let senses = o["senses"] as! [[String: Any]]
    let holding = senses.filter { $0["holds"] as? Bool == true }.map { $0["name"] as! String }
    let measured = senses.filter { $0["holds"] is Bool }.count

    // One count of senses: the headline's "N of M" is the senses list's.
    if let range = headline.range(of: #"in (\d+) of (\d+) senses"#, options: .regularExpression) {
      let numbers = headline[range].split(separator: " ").compactMap { Int($0) }
      #expect(numbers == [holding.count, measured], "\(headline) vs \(holding) of \(measured)")
      for name in holding { #expect(headline.contains(Self.labels[name]!), "\(name) not named") }
    } else if headline.contains("not decoupled from") {
      #expect(holding.isEmpty, "\(headline) but \(holding) hold")
      #expect(headline.contains("any of the \(measured) senses"))
    } else {
      // Same series, or not enough history: no percentile sense holds.
      #expect(
        headline.contains("same series") || headline.contains("Not enough history"), "\(headline)")
      for name in ["correlation", "gap", "residualDrift", "beta", "dccCorrelation"] {
        #expect(!holding.contains(name), "\(name) holds under: \(headline)")
      }
    }

    // The measures, the findings and the senses say the same.
    let measures = o["measures"] as! [String: [String: Any]]
    let decoupled = verdict["decoupledSenses"] as! [String]
    // One list: the verdict's senses are the senses list's, dynamic ones included.
    #expect(decoupled == holding, "verdict.decoupledSenses \(decoupled) vs senses \(holding)")
    for (name, m) in measures {
      let sense = senses.first { $0["name"] as? String == name }!
      #expect((m["isDecoupled"] as! Bool) == decoupled.contains(name))
      #expect((m["isDecoupled"] as! Bool) == (sense["holds"] as? Bool == true))
      if m["notCalled"] is String {
        #expect(sense["holds"] is NSNull && !(m["isDecoupled"] as! Bool))
      }
    }
    if o["enoughHistory"] as? Bool == false || o["identity"] as? String != "distinct" {
      #expect(decoupled.isEmpty)
      #expect(!text.contains("\n! "), "a sense flagged without enough evidence")
    }

    // A record named in the headline is one the record check does not deny.
    let records = o["records"] as! [String: [String: Any]]
    for (name, m) in measures where decoupled.contains(name) && m["record"] is String {
      #expect(records[name]?["finding"] as? String != "notRecord", "\(name)")
    }

    // An open episode beside a called sense that does not hold says why.
    let episodes = o["episodes"] as! [String: [String: Any]]
    for (name, e) in episodes {
      guard let sentence = e["currentSentence"] as? String else { continue }
      let flat = text.replacingOccurrences(of: "\n  ", with: " ")
      #expect(flat.contains(sentence), "\(name): \(sentence)")
      if !decoupled.contains(name) {
        let explained =
          flat.contains(sentence + " Today, at the")
          || flat.contains(sentence + " With this little history")
          || flat.contains(sentence + " The two series are the same")
        #expect(explained, "open \(name) episode without the explanation")
      }
    }

    // Gap closure for a gap that is not unusual says so first.
    if o["identity"] as? String == "identical" {
      #expect(text.contains("Records and gap closure do not apply"))
      #expect(!text.contains("Gap closure"))
    } else if !decoupled.contains("gap") {
      #expect(text.contains("· The gap is not called unusual now; for reference:"))
    }

    // Words, not identifiers or artefacts.
    for bad in ["residualDrift", "dccCorrelation", "changePoint", "-0.00", "nan", "-0.0 "] {
      #expect(!text.contains(bad), "\(bad) in the text of \(pair)")
    }
  }

  @Test(arguments: cases.prefix(3))
  func episodesAndCheckAgreeWithAnalyze(_ pair: [String]) throws {
    let analyze = try Self.json(["analyze"] + pair)
    let listing = try Self.json(["episodes"] + pair)
    let a = analyze["episodes"] as! [String: [String: Any]]
    let e = listing["measures"] as! [String: [String: Any]]
    for (name, history) in a {
      #expect(history["count"] as? Int == e[name]?["count"] as? Int, "\(name) episode counts")
      #expect(
        (history["current"] is NSNull) == (e[name]?["current"] is NSNull), "\(name) open or not")
    }
    // "Decoupled since" is supported only when some sense holds now.
    let check = try Self.json(
      ["check"] + pair + ["--claim", "decoupled-since", "--since", "2025-01-01"])
    let holding = (analyze["senses"] as! [[String: Any]]).contains { $0["holds"] as? Bool == true }
    if check["verdict"] as? String == "supported" { #expect(holding) }
  }
}
