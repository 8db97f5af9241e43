import DecoupleAnalysis
import DecoupleData
import DecoupleWorkspace
import Foundation
import TestSupport
import Testing

/// Issue 12's "done when": each export analyses against RUT to the same correlation as the same
/// prices in Yahoo layout (the fixtures hold the same cents, tools/fixtures/exports.py).
@Suite struct ExportFilesTests {
  static let exports = [
    "Ethereum Historical Data.investing.csv", "ETH_USD Historical Data.investing-named.csv",
    "ETHUSDT-1d.binance.csv", "BITSTAMP_ETHUSD, 1D.tradingview.csv", "ETH-EUR.excel-de.csv",
    "ETH.excel-fr.csv", "ETH.headerless.csv",
  ]

  func lastCorrelation(_ file: String, _ ws: Workspace) throws -> (Double, Day) {
    let a = try ws.series(Fixture.url("exports/" + file).path)
    let summary = try DecouplingAnalysis.analyze(a, try ws.series("RUT"))
    let last = try #require(summary.rows.last)
    return (last.correlation, last.date)
  }

  /// 2025-07-01 22:00 UTC: the Yahoo file was downloaded then, its last day still running. Read
  /// later, that day has ended by the clock and its (partial) row would be kept.
  static let downloaded = ["DECOUPLE_NOW": "1751407200"]

  @Test(arguments: exports)
  func sameLastCorrelationAsYahoo(file: String) throws {
    let temp = TemporaryWorkspace(environment: Self.downloaded)
    defer { temp.remove() }
    let (yahoo, day) = try lastCorrelation("ETH-USD.yahoo.csv", temp.workspace)
    #expect(day == Day(iso: "2025-06-30") && yahoo.isFinite && abs(yahoo) < 1)
    let (export, exportDay) = try lastCorrelation(file, temp.workspace)
    #expect(exportDay == day && export == yahoo)
  }

  @Test func nameOptionNamesTheSeries() throws {
    let ws = Workspace(
      storePath: FileManager.default.temporaryDirectory.appendingPathComponent(
        "decouple-\(UUID().uuidString).sqlite"
      ).path, environment: [:], importOptions: ImportOptions(name: "Ether"))
    let s = try ws.series(Fixture.url("exports/ETH.excel-fr.csv").path)
    #expect(s.name == "Ether" && s.source.column == "Clôture")
  }
}
