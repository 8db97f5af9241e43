import Testing

@testable import DecoupleRender

/// The number helpers of the text renderers never print "-0.00" and write p-values one way.
@Suite struct NumberTextTests {
  @Test(arguments: [
    (-0.0004, 3, "0.000"), (-0.004, 2, "0.00"), (-0.05, 1, "-0.1"), (1.5, 2, "1.50"),
  ])
  func noNegativeZero(_ v: Double, _ digits: Int, _ expected: String) {
    #expect(Num.f(v, digits) == expected)
    #expect(fmt(v, digits) == expected)
    #expect(fixed(v, digits) == expected)
  }

  @Test func undefinedIsADash() {
    #expect(Num.f(.nan) == "–" && fmt(.infinity, 2) == "–" && fixed(nil, 2) == "–")
  }

  @Test func pValuesAreWrittenOneWay() {
    #expect(pValueText(0.0007) == "< 0.001")
    #expect(pValueText(0.0007) == Num.p(0.0007))
    #expect(pValueText(0.1914) == "0.191")
  }
}
