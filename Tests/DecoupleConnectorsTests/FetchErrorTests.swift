import DecoupleConnectors
import TestSupport
import Testing

/// `FetchError` descriptions name the source, the address, the status, the attempts and the
/// times, with no CLI advice (no `--source`, no “try again”).
@Suite struct FetchErrorTests {
  static let url = "http://127.0.0.1:8080/coinbase/products/ETH-USD/candles"

  static let cases: [(FetchError, [String])] = [
    (
      .timeout(source: "kraken", url: url, seconds: 0.3, attempts: 2),
      ["kraken", "0.3 s", url, "2 attempts"]
    ),
    (.unreachable(source: "coinbase", url: url, reason: "connection refused"), [url, "refused"]),
    (
      .rateLimited(source: "coinbase", url: url, retryAfter: 3600, attempts: 1),
      ["HTTP 429", "1 attempts", "3600 s"]
    ),
    (.rateLimited(source: "coinbase", url: url, retryAfter: nil, attempts: 4), ["4 attempts"]),
    (.serverError(source: "fred", url: url, status: 503, attempts: 4), ["fred", "503", "4"]),
    (.httpStatus(source: "kraken", url: url, status: 418, detail: ""), ["HTTP 418", url]),
    (.httpStatus(source: "kraken", url: url, status: 400, detail: "bad"), ["HTTP 400", ": bad."]),
    (.refused(source: "kraken", reason: "Kraken answered: EGeneral."), ["kraken: Kraken answered"]),
    (
      .regionBlocked(source: "binance", reason: "Binance refuses requests (HTTP 451)."),
      ["binance:", "HTTP 451"]
    ),
    (
      .historyLimited(source: "coingecko", days: 365, reason: "Only 365 days (error 10012)."),
      ["coingecko:", "10012"]
    ),
    (
      .unofficialAPIRefused(source: "yahoo", reason: "Yahoo wants a 'crumb' (HTTP 401)."),
      ["yahoo:", "crumb"]
    ),
    (
      .malformed(source: "coinbase", url: url, reason: "an empty body"),
      [url, "documented format", "an empty body"]
    ),
    (.htmlInsteadOfData(source: "fred", url: url, expected: "CSV"), ["HTML page", "CSV"]),
    (
      .unknownSymbol(source: "coinbase", symbol: "DOGE-USD", detail: "NotFound"),
      ["'DOGE-USD'", "NotFound."]
    ),
    (.duplicateTimestamp(source: "yahoo", time: "2026-11-03"), ["yahoo", "2026-11-03"]),
    (
      .clockSkew(source: "yahoo", time: "2027-01-01", now: "2026-11-19"),
      ["2027-01-01", "2026-11-19"]
    ),
    (.misaligned(source: "coinmetrics", time: "T01", interval: "1d"), ["T01", "1d grid"]),
    (
      .unknownSource(source: "nowhere", known: ["coinbase", "fred"]),
      ["'nowhere'", "coinbase, fred"]
    ),
    (.unsupportedInterval(source: "fred", interval: "1h"), ["fred", "1h"]),
  ]

  static func index(_ e: FetchError) -> Int {
    switch e {
    case .timeout: 0
    case .unreachable: 1
    case .rateLimited: 2
    case .serverError: 3
    case .httpStatus: 4
    case .refused: 5
    case .regionBlocked: 6
    case .historyLimited: 7
    case .unofficialAPIRefused: 8
    case .malformed: 9
    case .htmlInsteadOfData: 10
    case .unknownSymbol: 11
    case .duplicateTimestamp: 12
    case .clockSkew: 13
    case .misaligned: 14
    case .unknownSource: 15
    case .unsupportedInterval: 16
    }
  }

  @Test func everyCaseIsCoveredAndFactual() {
    #expect(ErrorText.missing(Self.cases, count: 17, index: Self.index) == [])
    #expect(ErrorText.problems(Self.cases) == [])
  }
}
