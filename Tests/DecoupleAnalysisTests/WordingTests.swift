import DecoupleAnalysis
import Testing

@Suite struct WordingTests {
  @Test(arguments: [
    (0, "0"), (999, "999"), (1_990, "1,990"), (-12_345, "-12,345"), (1_000_000, "1,000,000"),
  ])
  func countsHaveThousandsSeparators(_ n: Int, _ text: String) {
    #expect(Wording.count(n) == text)
  }

  @Test func valuesThatRoundToZeroHaveNoSign() {
    #expect(Wording.fixed(-0.001, 2) == "0.00")
    #expect(Wording.fixed(-0.0, 1) == "0.0")
    #expect(Wording.fixed(-0.006, 2) == "-0.01")
    #expect(Wording.signed(-0.04, 1) == "0.0")
    #expect(Wording.signed(0.04, 1) == "0.0")
    #expect(Wording.signed(0.06, 1) == "+0.1")
    #expect(Wording.signed(-1.26, 1) == "-1.3")
    #expect(Wording.signed(12.34, 1) == "+12.3")
  }
}
