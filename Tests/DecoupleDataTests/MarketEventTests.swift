import DecoupleData
import Testing

@Suite struct MarketEventTests {
  @Test func catalogueIsDatedSourcedAndInOrder() {
    let events = MarketEvent.catalogue
    #expect(events.count >= 9)
    #expect(zip(events, events.dropFirst()).allSatisfy { $0.date <= $1.date })
    #expect(events.allSatisfy { !$0.source.isEmpty && !$0.short.isEmpty && !$0.assets.isEmpty })
    #expect(Set(events.map(\.label)).count == events.count)
    // The dates the article's story turns on.
    let byShort = Dictionary(uniqueKeysWithValues: events.map { ($0.short, $0.date.iso) })
    #expect(byShort["Merge"] == "2022-09-15")
    #expect(byShort["London"] == "2021-08-05")
    #expect(byShort["ETH ETFs trade"] == "2024-07-23")
    #expect(byShort["BTC ETFs trade"] == "2024-01-11")
  }
}
