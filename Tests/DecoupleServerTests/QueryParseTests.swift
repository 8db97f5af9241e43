import Testing

@testable import DecoupleServer

@Suite struct QueryParseTests {
  @Test func decodesPercentEscapesPlusAndBareNames() throws {
    let q = try Query.parse("a=ETH&b=S%26P%20500&note=a+b&cluster&x=%E2%82%AC")
    #expect(q["a"] == "ETH")
    #expect(q["b"] == "S&P 500")
    #expect(q["note"] == "a b")
    #expect(q["cluster"] == "true")
    #expect(q["x"] == "€")
  }

  @Test func keepsRepeatedValuesInOrderAndCanonicalisesByName() throws {
    let q = try Query.parse("symbols=AAPL&window=30&symbols=MSFT")
    #expect(q.values("symbols") == ["AAPL", "MSFT"])
    #expect(q.canonical == "symbols=AAPL&symbols=MSFT&window=30")
    #expect(q == (try Query.parse("window=30&symbols=AAPL&symbols=MSFT")))
    #expect(q != (try Query.parse("window=30&symbols=MSFT&symbols=AAPL")))
  }

  @Test(arguments: ["a=%ZZ", "a=%4", "a=%", "=ETH", "a=%FF%FE", "a=%00", "a=x%0Ay"])
  func refusesMalformedQueries(_ raw: String) {
    #expect(throws: APIError.self) { try Query.parse(raw) }
    do {
      _ = try Query.parse(raw)
    } catch let e as APIError {
      #expect(e.status == 400)
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test func emptyQueryHasNoItems() throws {
    #expect(try Query.parse(nil).items.isEmpty)
    #expect(try Query.parse("").items.isEmpty)
    #expect(try Query.parse("&&").items.isEmpty)
  }
}
