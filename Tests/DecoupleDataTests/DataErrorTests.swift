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
    #expect(ErrorText.problems(cases) == [])
    #expect(
      DataError.unknownSymbol(symbol: "DOGE", known: ["ETH", "RUT"]).description
        == "Unknown symbol 'DOGE'; known symbols: ETH, RUT.")
  }

  @Test func manyKnownSymbolsGiveTheClosestNotTheList() {
    let known = ["ETH", "BTC", "RUT", "SPY", "QQQ", "IWM", "DGS2", "DGS10", "DFF", "SOFR", "AAPL"]
    #expect(DataError.closest(to: "eth-usd", among: known) == ["ETH"])
    #expect(Set(DataError.closest(to: "DGS1", among: known)) == ["DGS2", "DGS10"])
    #expect(DataError.closest(to: "BTX", among: known) == ["BTC"])
    #expect(
      DataError.unknownSymbol(symbol: "SPYY", known: known).description
        == "Unknown symbol 'SPYY'; did you mean SPY (of 11 known symbols)?")
    #expect(
      DataError.unknownSymbol(symbol: "DOGE", known: known).description
        == "Unknown symbol 'DOGE'; none of the 11 known symbols is close to it.")
  }

  /// The check the descriptions pass would have failed on the wording they had before.
  @Test func theCheckFlagsTheOldWording() {
    let old =
      "Unknown symbol 'DOGE'; known symbols: ETH (or give a path to a CSV file). Use a shorter "
      + "--window (or --min-periods); try again."
    #expect(
      ErrorText.cliWording(in: old) == [
        "--window", "--min-periods", "try again", ". use ", "give a",
      ])
    #expect(
      ErrorText.problems("x.csv: bad", facts: ["y.csv"]) == ["no final full stop", "lacks 'y.csv'"])
  }
}
