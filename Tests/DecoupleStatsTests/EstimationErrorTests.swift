import DecoupleStats
import TestSupport
import Testing

/// `EstimationError` descriptions name the estimator and the numbers, with no CLI advice; PELT
/// says which penalty came out zero.
@Suite struct EstimationErrorTests {
  static let cases: [(EstimationError, [String])] = [
    (.tooShort(estimator: "GARCH(1,1)", needed: 100, count: 20), ["GARCH(1,1)", "100", "20"]),
    (
      .notConverged(estimator: "DCC", reason: "iteration limit 3 reached", iterations: 3),
      ["DCC", "3 iterations", "iteration limit 3 reached", "no estimates"]
    ),
    (.nonFinite(estimator: "PELT", index: 7), ["PELT", "position 7"]),
    (.degenerate(estimator: "GARCH", reason: "the series is constant"), ["GARCH", "constant"]),
    (.zeroPenalty(estimator: "PELT", penalty: "MBIC"), ["PELT", "MBIC penalty is zero"]),
  ]

  static func index(_ e: EstimationError) -> Int {
    switch e {
    case .tooShort: 0
    case .notConverged: 1
    case .nonFinite: 2
    case .degenerate: 3
    case .zeroPenalty: 4
    }
  }

  @Test func everyCaseIsCoveredAndFactual() {
    #expect(ErrorText.missing(Self.cases, count: 5, index: Self.index) == [])
    #expect(ErrorText.problems(Self.cases) == [])
  }

  @Test(arguments: [(Pelt.Penalty.bic, "BIC"), (.mbic, "MBIC")])
  func aNoiselessSeriesNamesTheZeroPenalty(penalty: Pelt.Penalty, name: String) {
    let flat = [Double](repeating: 3, count: 40)
    #expect(throws: EstimationError.zeroPenalty(estimator: "PELT", penalty: name)) {
      try Pelt.detect(flat, cost: .l2, minSize: 5, penalty: penalty)
    }
  }
}
