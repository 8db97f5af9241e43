import DecoupleData
import Foundation
import TestSupport
import Testing

@Suite struct SeriesResolverTests {
  @Test(arguments: [
    ("ETH", false), ("ETH-ETF-FLOWS:ETHA", false), ("data/eth", true), ("eth.csv", true),
    ("ETH.CSV:Close", true), ("./x", true),
  ])
  func pathOrSymbol(spec: String, isPath: Bool) {
    #expect(SeriesResolver.isPath(spec) == isPath)
  }

  @Test func symbol() throws {
    let s = try SeriesResolver.resolve("rut")
    #expect(s.name == "RUT" && s.count == 2_552)
  }

  @Test func aFileIsNamedByItsStem() {
    #expect(SeriesResolver.stem("/home/me/Downloads/ETH-USD.yahoo.csv") == "ETH-USD.yahoo")
    #expect(SeriesResolver.stem("eth.csv") == "eth" && SeriesResolver.stem(".csv") == ".csv")
  }

  @Test func pathWithColumn() throws {
    let path = Fixture.url("formats/ETH_network_daily.etherscan.csv").path
    let s = try SeriesResolver.resolve(path + ":BlockReward")
    #expect(s.source.column == "blockreward" && s.source.file == path)
    #expect(s.name == "ETH_network_daily.etherscan:BlockReward" && s.count == 2_546)
    // Several value columns and none picked.
    #expect(throws: ImportError.self) { try SeriesResolver.resolve(path) }
  }

  @Test func pathWithPrimaryColumn() throws {
    let path = Fixture.url("formats/ETH_supply_daily.glassnode.csv").path
    let s = try SeriesResolver.resolve(path)
    #expect(s.source.column == "total_supply" && s.count == 2_436)
  }

  @Test func unknownSymbolAndMissingFile() throws {
    #expect(throws: DataError.self) { try SeriesResolver.resolve("NOPE") }
    #expect(throws: ImportError.fileNotFound(path: "/nonexistent/x.csv")) {
      try SeriesResolver.resolve("/nonexistent/x.csv:Close")
    }
  }
}
