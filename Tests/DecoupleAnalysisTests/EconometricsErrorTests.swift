import DecoupleAnalysis
import DecoupleData
import DecoupleStats
import TestSupport
import Testing

/// `EconometricsError` descriptions name the series, its days and the value, with no CLI
/// advice; a NaN inside a test is reported by its date.
@Suite struct EconometricsErrorTests {
  static let first = Day(iso: "2024-01-01")!
  static let last = Day(iso: "2024-06-28")!
  static let day = Day(iso: "2024-02-05")!

  static let cases: [(EconometricsError, [String])] = [
    (.nonPositivePrice(name: "X", day: day, value: -2), ["X", "-2.0", "2024-02-05"]),
    (.scaleNeedsPrices(name: "R", scale: "log-prices"), ["R holds returns", "log-prices"]),
    (
      .nonFinite(
        name: "X", first: first, last: last, what: "The ADF test", day: day, value: .nan),
      ["X (2024-01-01 to 2024-06-28)", "The ADF test", "2024-02-05 is nan"]
    ),
    (
      .nonFinite(name: "B", first: nil, last: nil, what: nil, day: day, value: .infinity),
      ["B: the value on 2024-02-05 is inf"]
    ),
    (
      .test(
        name: "ETH", first: first, last: last,
        reason: .tooShort(what: "The ADF test with 10 lags", needed: 24, got: 9)),
      ["ETH (2024-01-01 to 2024-06-28)", "10 lags", "24", "9"]
    ),
    (.sameSeries(a: "ETH", b: "ETH-CG"), ["ETH and ETH-CG are the same series"]),
  ]

  static func index(_ e: EconometricsError) -> Int {
    switch e {
    case .nonPositivePrice: 0
    case .scaleNeedsPrices: 1
    case .nonFinite: 2
    case .test: 3
    case .sameSeries: 4
    }
  }

  @Test func everyCaseIsCoveredAndFactual() {
    #expect(ErrorText.missing(Self.cases, count: 5, index: Self.index) == [])
    #expect(ErrorText.problems(Self.cases) == [])
  }

  @Test func aNaNInTheSecondSeriesIsNamedByItsDate() {
    let days = (0..<60).map { Self.first.adding(days: $0) }
    let a = Synthetic.series("A", days.enumerated().map { ($1.iso, 100 + Double($0 % 9)) })
    var points = days.enumerated().map { ($1.iso, 50 + Double($0 % 5)) }
    points[30].1 = .nan
    let b = Synthetic.series("B", points)
    var options = CointegrationAnalysis.Options()
    options.sample.scale = .prices
    let error = #expect(throws: EconometricsError.self) {
      try CointegrationAnalysis.analyze(a, b, options: options)
    }
    guard case let .nonFinite(name, _, _, _, day, value) = error else {
      Issue.record("\(String(describing: error))")
      return
    }
    #expect(name == "B" && day == days[30] && value.isNaN)
  }
}
