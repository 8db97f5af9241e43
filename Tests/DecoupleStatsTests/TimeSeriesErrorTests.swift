import DecoupleStats
import TestSupport
import Testing

/// `TimeSeriesError` descriptions name the request, the position and the numbers, with no CLI
/// advice.
@Suite struct TimeSeriesErrorTests {
  static let cases: [(TimeSeriesError, [String])] = [
    (.tooShort(what: "The ADF test with 20 lags", needed: 44, got: 30), ["20 lags", "44", "30"]),
    (.constant(what: "The KPSS test"), ["KPSS", "constant"]),
    (.nonFinite(what: "The ADF test", position: 4, value: .nan), ["ADF", "position 4", "nan"]),
    (.singular(what: "The Engle–Granger test"), ["Engle–Granger", "singular"]),
    (.invalidArgument("The lag order must be ≥ 0."), ["lag order"]),
  ]

  static func index(_ e: TimeSeriesError) -> Int {
    switch e {
    case .tooShort: 0
    case .constant: 1
    case .nonFinite: 2
    case .singular: 3
    case .invalidArgument: 4
    }
  }

  @Test func everyCaseIsCoveredAndFactual() {
    #expect(ErrorText.missing(Self.cases, count: 5, index: Self.index) == [])
    #expect(ErrorText.problems(Self.cases) == [])
  }

  @Test func theFirstNonFiniteValueIsNamed() {
    var x = (0..<50).map { Double($0 % 7) }
    x[9] = .infinity
    #expect(throws: TimeSeriesError.nonFinite(what: "The KPSS test", position: 9, value: .infinity))
    {
      try UnitRoot.kpss(x)
    }
  }
}
