import DecoupleData
import TestSupport
import Testing

/// `DataError` descriptions state the symbol and the known ones, with no CLI advice.
@Suite struct DataErrorTests {
  @Test func descriptionsAreFactual() {
    let cases: [(DataError, [String])] = [
      (.unknownSymbol(symbol: "DOGE", known: ["ETH", "RUT"]), ["'DOGE'", "ETH, RUT"]),
      (.unknownSymbol(symbol: "X", known: []), ["'X'"]),
      (.datasetMissing, ["embedded dataset", "missing"]),
    ]
    for (error, facts) in cases {
      #expect(ErrorText.problems(error.description, facts: facts).isEmpty, "\(error)")
    }
    #expect(
      DataError.unknownSymbol(symbol: "DOGE", known: ["ETH", "RUT"]).description
        == "Unknown symbol 'DOGE'; known symbols: ETH, RUT.")
  }
}
