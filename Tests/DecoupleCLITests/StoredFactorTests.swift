import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import DecoupleWorkspace
import Foundation
import Testing

@testable import DecoupleCLI

/// Series named BTC, DGS2, ETH-ETF-FLOWS, ETH-SUPPLY-VQ and BTC-CG imported into a store of the
/// test's own reach every command that uses them: parsed and run in process, each command's
/// answer changes with the stored series, and equals the library's answer on those series.
@Suite(.serialized) struct StoredFactorTests {
  static let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "decouple-stored-factors-\(UUID().uuidString)")
  static let store = folder.appendingPathComponent("store.sqlite").path

  /// The store, filled once: each series is the embedded one with a deterministic wiggle.
  static let filled: Result<Workspace, any Error> = Result {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let ws = Workspace(storePath: store, environment: [:])
    func put(_ symbol: String, _ kind: DatasetKind, _ change: (DailySeries) -> DailySeries) throws {
      let s = change(try Dataset.load(symbol))
      let url = folder.appendingPathComponent(symbol + ".csv")
      var text = "date,value\n"
      for (d, v) in zip(s.days, s.values) { text += "\(d.iso),\(v)\n" }
      try text.write(to: url, atomically: true, encoding: .utf8)
      _ = try ws.importFile(url.path, as: symbol, kind: kind)
    }
    func wiggle(_ size: Double, additive: Bool = false) -> (DailySeries) -> DailySeries {
      { s in
        var c = s
        c.values = s.values.enumerated().map { i, v in
          additive ? v + size * sin(Double(i)) : v * (1 + size * sin(Double(i)))
        }
        return c
      }
    }
    try put("BTC", .price, wiggle(0.05))
    try put("DGS2", .rate, wiggle(0.2, additive: true))
    try put("ETH-ETF-FLOWS", .flow, wiggle(50, additive: true))
    try put("ETH-SUPPLY-VQ", .onChain, wiggle(50_000, additive: true))
    try put("BTC-CG", .price, wiggle(0.05))
    return ws
  }

  /// `command`'s answer as JSON, on the embedded data alone and with the filled store.
  func answers<C: ResultCommand>(_ type: C.Type, _ arguments: [String]) throws -> (
    embedded: String, stored: String
  ) {
    _ = try Self.filled.get()
    let empty = Self.folder.appendingPathComponent("empty.sqlite").path
    let plain = try type.parse(arguments + ["--store", empty]).result().json
    let stored = try type.parse(arguments + ["--store", Self.store]).result().json
    return (plain.serialized(pretty: false), stored.serialized(pretty: false))
  }

  @Test func drivers() throws {
    let (embedded, stored) = try answers(DriversCommand.self, ["ETH"])
    #expect(embedded != stored)
    let ws = try Self.filled.get()
    let direct = try DriverAttribution.compute(
      target: try ws.series("ETH"), equity: try ws.series("RUT"), inputs: try ws.driverInputs(),
      options: AnalysisOptions())
    #expect(stored == direct.json.serialized(pretty: false))
  }

  @Test func rates() throws {
    let (embedded, stored) = try answers(RatesCommand.self, [])
    #expect(embedded != stored)
  }

  @Test func scenario() throws {
    let (embedded, stored) = try answers(
      ScenarioCommand.self, ["--rates", "+50bp", "--etf-flows", "-1bn"])
    #expect(embedded != stored)
  }

  @Test func flows() throws {
    let (embedded, stored) = try answers(FlowsCommand.self, ["ETH"])
    #expect(embedded != stored)
  }

  @Test func supplyClaim() throws {
    let (embedded, stored) = try answers(
      CheckCommand.self,
      ["ETH", "RUT", "--claim", "supply-deflationary-since", "--since", "2023-06-01"])
    #expect(embedded != stored)
  }

  @Test func scan() throws {
    let (embedded, stored) = try answers(ScanCommand.self, ["ETH", "--universe", "crypto"])
    #expect(embedded != stored)
  }

  @Test func matrix() throws {
    let (embedded, stored) = try answers(MatrixCommand.self, ["--universe", "crypto"])
    #expect(embedded != stored)
  }

  @Test func analyzeGetsDriversFromTheStore() throws {
    let (embedded, stored) = try answers(AnalyzeCommand.self, ["ETH", "RUT"])
    #expect(embedded != stored)
  }
}
