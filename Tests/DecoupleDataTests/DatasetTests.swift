import DecoupleData
import Foundation
import Testing

@Suite struct DatasetTests {
  @Test func listingCoversEverySymbol() throws {
    let listing = try Dataset.listing()
    #expect(listing.map(\.symbol) == Dataset.catalog.map(\.symbol))
    #expect(Set(listing.map(\.symbol)).count == listing.count)
    for entry in listing { #expect(entry.rows > 0 && entry.first <= entry.last) }
    let eth = listing.first { $0.symbol == "ETH" }!
    #expect(eth.first == Day(iso: "2017-11-09") && eth.last == Day(iso: "2026-06-04"))
    #expect(eth.rows == 3_130)
  }

  @Test func everyFredColumnIsASymbol() throws {
    let fred = try Dataset.file("fred_rates_wide.csv")
    for column in fred.columns {
      let entry = try #require(Dataset.entry(column))
      #expect(entry.kind == .rate && entry.column == column)
    }
    let symbols = ["ETH", "BTC", "ETH-CG", "BTC-CG", "RUT", "SPX", "IXIC", "IWM", "SPY", "QQQ"]
    for s in symbols + ["ETH-ETF-FLOWS", "BTC-ETF-FLOWS"] { #expect(Dataset.entry(s) != nil) }
  }

  @Test func lookupIsCaseInsensitiveAndNamesBySymbol() throws {
    let dgs2 = try Dataset.load("dgs2")
    #expect(dgs2.name == "DGS2" && dgs2.calendar == .published)
    #expect(dgs2.firstDay == Day(iso: "1976-06-01"))
    #expect(try Dataset.load("eth") == (try Dataset.load("ETH")))
  }

  @Test func perFundFlows() throws {
    let etha = try Dataset.load("eth-etf-flows:ETHA")
    #expect(etha.name == "ETH-ETF-FLOWS:ETHA" && etha.source.column == "ETHA")
    #expect(etha.values.first == 266.5)
    let total = try Dataset.load("ETH-ETF-FLOWS")
    #expect(total.name == "ETH-ETF-FLOWS" && total.values.first == 106.6)
    #expect(throws: ImportError.self) { try Dataset.load("ETH-ETF-FLOWS:NOPE") }
    #expect(throws: DataError.self) { try Dataset.load("NOPE:ETHA") }
  }

  @Test func cacheIsSharedAcrossThreads() async throws {
    let files = try await withThrowingTaskGroup(of: ImportedFile.self) { group in
      for _ in 0..<8 { group.addTask { try Dataset.file("SPY.yahoo.csv") } }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(files.count == 8 && files.allSatisfy { $0 == files[0] })
  }
}
