import DecoupleAnalysis
import DecoupleData
import DecoupleStore
import DecoupleWorkspace
import Foundation
import Testing

@Suite struct WorkspaceTests {
  @Test func aStoredSymbolShadowsTheEmbeddedOneAndKnowsItsAsset() throws {
    let t = TemporaryWorkspace()
    defer { t.remove() }
    let embedded = try t.workspace.series("BTC")
    #expect(embedded.asset == "BTC" && embedded.source.file == "BTC-USD.yahoo.csv")
    try t.store(perturbed(embedded), as: "BTC")
    let stored = try t.workspace.series("btc")
    #expect(stored.source.file == "store:import")
    #expect(stored.asset == "BTC")
    #expect(stored.values != embedded.values && stored.days == embedded.days)
  }

  @Test func readingNeverCreatesTheStore() throws {
    let t = TemporaryWorkspace()
    defer { t.remove() }
    _ = try t.workspace.series("ETH")
    #expect(try t.workspace.existingStore() == nil)
    #expect(!FileManager.default.fileExists(atPath: t.workspace.storePath))
  }

  @Test func universeMembersAreSymbols() throws {
    let t = TemporaryWorkspace()
    defer { t.remove() }
    let aapl = try t.workspace.series("aapl")
    #expect(aapl.name == "AAPL" && aapl.asset == "AAPL" && aapl.count > 400)
    let members = try t.workspace.universe("ndx")
    #expect(members.contains { $0.name == "AAPL" && $0.values == aapl.values })
    #expect(throws: WorkspaceError.self) { try t.workspace.universe("nope") }
  }

  @Test func aStoredMemberReplacesTheEmbeddedOneInItsUniverse() throws {
    let t = TemporaryWorkspace()
    defer { t.remove() }
    let original = try t.workspace.series("BTC-CG")
    try t.store(perturbed(original), as: "BTC-CG")
    let members = try t.workspace.universe("crypto")
    let btc = try #require(members.first { $0.name == "BTC-CG" })
    #expect(btc.source.file == "store:import" && btc.values != original.values)
  }

  @Test func aFileRepresentsTheAssetItIsGiven() throws {
    let plain = TemporaryWorkspace()
    defer { plain.remove() }
    let path = try plain.csv("eth.csv", try plain.workspace.series("ETH"))
    #expect(try plain.workspace.series(path).asset == nil)
    let tagged = TemporaryWorkspace(fileAsset: "eth")
    defer { tagged.remove() }
    #expect(try tagged.workspace.series(path).asset == "ETH")
    #expect(try tagged.workspace.allSeries(path + ":value").first?.name == "value")
  }

  @Test func driversFollowTheAssetNotTheName() throws {
    let t = TemporaryWorkspace()
    defer { t.remove() }
    let ws = t.workspace
    let rut = try ws.series("RUT")
    #expect(Workspace.hasDrivers(try ws.series("ETH-CG"), rut))
    #expect(!Workspace.hasDrivers(try ws.series("ETH"), try ws.series("BTC")))
    #expect(!Workspace.hasDrivers(try ws.series("ETH"), try ws.series("ETH-CG")))
    var renamed = try ws.series("BTC")
    renamed.name = "ETH"
    #expect(!Workspace.hasDrivers(renamed, rut))
  }

  @Test func aFactorTooShortBecomesANoteNotASilentGap() throws {
    let t = TemporaryWorkspace()
    defer { t.remove() }
    let btc = try t.workspace.series("BTC")
    try t.store(btc.clipped(from: Day(iso: "2026-05-01")), as: "BTC")
    let ws = t.workspace
    let report = try ws.decouplingReport(try ws.series("ETH"), try ws.series("RUT"))
    #expect(report.drivers == nil)
    let note = try #require(report.driversUnavailable)
    #expect(note.contains("ETH") && note.contains("RUT"))
  }

  @Test func theReportUsesTheStoredFactors() throws {
    let t = TemporaryWorkspace()
    defer { t.remove() }
    let ws = t.workspace
    let eth = try ws.series("ETH")
    let rut = try ws.series("RUT")
    let before = try #require(try ws.decouplingReport(eth, rut).drivers)
    try t.store(perturbed(try ws.series("BTC"), by: 0.05), as: "BTC")
    let after = try #require(try ws.decouplingReport(eth, rut).drivers)
    let direct = try DriverAttribution.compute(
      target: eth, equity: rut, inputs: try ws.driverInputs(), options: AnalysisOptions())
    #expect(after.rolling.rSquared != before.rolling.rSquared)
    #expect(
      after.rolling.rSquared.elementsEqual(direct.rolling.rSquared) {
        $0 == $1 || ($0.isNaN && $1.isNaN)
      })
  }

  @Test func storedFundsComeWithAStoredTotal() throws {
    let t = TemporaryWorkspace()
    defer { t.remove() }
    let embedded = try t.workspace.etfFlows("eth")
    #expect(embedded.funds.contains { $0.name == "ETHA" })
    let total = try t.workspace.series("ETH-ETF-FLOWS")
    try t.store(total, as: "ETH-ETF-FLOWS", kind: .flow)
    try t.store(total, as: "ETH-ETF-FLOWS:MINE", kind: .flow)
    let stored = try t.workspace.etfFlows("ETH")
    #expect(stored.total.source.file == "store:import")
    #expect(stored.funds.map(\.name) == ["MINE"])
  }

  @Test func listingShowsTheStoreFirstAndMembersWhenAsked() throws {
    let t = TemporaryWorkspace()
    defer { t.remove() }
    try t.store(try t.workspace.series("DGS2"), as: "DGS2", kind: .rate)
    let list = try t.workspace.listing()
    #expect(list.first?.symbol == "DGS2" && list.first?.origin == "store:import 1d")
    #expect(list.contains { $0.symbol == "DGS2" && $0.origin == "embedded" })
    #expect(!list.contains { $0.symbol == "AAPL" })
    let all = try t.workspace.listing(members: true)
    #expect(all.contains { $0.symbol == "AAPL" && $0.origin == "embedded (ndx universe)" })
  }

  @Test func importGuessesTheKindFromTheFormat() {
    #expect(Workspace.guessedKind(.fred) == .rate)
    #expect(Workspace.guessedKind(.farside) == .flow)
    #expect(Workspace.guessedKind(.etherscan) == .onChain)
    #expect(Workspace.guessedKind(.yahooDaily) == .price)
  }

  @Test func writesAreAtomicAndNameThePath() throws {
    let t = TemporaryWorkspace()
    defer { t.remove() }
    let target = t.folder.appendingPathComponent("out.svg").path
    try t.workspace.writeChart("<svg/>", to: target)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "<svg/>")
    let missing = t.folder.appendingPathComponent("no/such/dir/x.html").path
    #expect(throws: OutputError.self) { try t.workspace.write(Data("x".utf8), to: missing) }
    #expect(
      throws: OutputError.unsupportedExtension(path: target + ".gif", expected: ["svg", "png"])
    ) {
      try t.workspace.writeChart("<svg/>", to: target + ".gif")
    }
    let left = try FileManager.default.contentsOfDirectory(atPath: t.folder.path)
    #expect(!left.contains { $0.hasSuffix(".tmp") })
  }

  @Test func pngExportWithoutTheRasterizerSaysWhatToInstall() throws {
    let t = TemporaryWorkspace()
    defer { t.remove() }
    let ws = Workspace(storePath: t.workspace.storePath, environment: ["PATH": "/nonexistent"])
    let target = t.folder.appendingPathComponent("x.png").path
    #expect(throws: OutputError.rasterizerMissing) { try ws.writeChart("<svg/>", to: target) }
    #expect(!FileManager.default.fileExists(atPath: target))
  }

  @Test func incrementalFetchStartsAnOverlapBeforeTheLastRow() {
    let day: Int64 = 86_400
    #expect(Workspace.incrementalStart(last: 10 * day, interval: .day, now: 11 * day) == nil)
    #expect(Workspace.incrementalStart(last: 10 * day, interval: .day, now: 12 * day) == 7 * day)
    // An exchange's next day may close before the next UTC midnight: asked for once it began.
    #expect(
      Workspace.incrementalStart(last: 10 * day, interval: .day, now: 11 * day, calendar: .exchange)
        == 7 * day)
    #expect(Workspace.storedSymbol("eth.SplyCur", source: "coinmetrics") == "ETH.SPLYCUR")
    #expect(Workspace.storedSymbol("eth", source: "coinmetrics") == "ETH")
  }

  @Test func aRescaledOverlapIsAnAdjustmentAndARevisionIsNot() {
    let old = (0..<4).map { Observation(time: Int64($0) * 86_400, value: 100 + Double($0)) }
    let scaled = old.map { Observation(time: $0.time, value: $0.value * 0.99) }
    let factor = Workspace.adjustmentFactor(stored: old, fetched: scaled)
    #expect(factor.map { abs($0 - 0.99) < 1e-12 } == true)
    var revised = old
    revised[3].value += 1
    #expect(Workspace.adjustmentFactor(stored: old, fetched: revised) == nil)
    #expect(Workspace.adjustmentFactor(stored: old, fetched: old) == nil)
    #expect(Workspace.adjustmentFactor(stored: [], fetched: scaled) == nil)
  }
}
