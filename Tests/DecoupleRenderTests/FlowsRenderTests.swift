import DecoupleAnalysis
import Testing

@testable import DecoupleRender

/// Flows in US$ millions read as the rest of the text does: thousands separated, signed, never
/// "-0".
@Suite struct FlowsRenderTests {
  @Test func millionsAreSeparatedAndSigned() {
    #expect(FlowsAnalysis.signedMillions(12_154.3) == "+12,154")
    #expect(FlowsAnalysis.signedMillions(-1_234.56, decimals: 1) == "-1,234.6")
    #expect(FlowsAnalysis.signedMillions(12_169.54, decimals: 1) == "+12,169.5")
    #expect(FlowsAnalysis.signedMillions(-0.04, decimals: 1) == "0.0")
    #expect(FlowsAnalysis.signedMillions(.nan) == "—")
  }
}

/// "p < 0.001", never "p = < 0.001" (compare and leadlag printed the latter).
@Suite struct PValueWordingTests {
  @Test func smallPValuesReadAsAnInequality() {
    #expect(Num.pEquals(0.0004) == "p < 0.001")
    #expect(Num.pEquals(0.243) == "p = 0.243")
    #expect(Num.pEquals(.nan) == "p = –")
  }
}
