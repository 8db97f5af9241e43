import Foundation
import Testing

@testable import DecoupleData

@Suite struct NumberTextTests {
  func parse(_ s: String) -> Double? {
    Array(s.utf8).withUnsafeBufferPointer { NumberText.parse($0) }
  }

  @Test(arguments: [
    "0", "0.0", "-95.1", "+1.5", "3987.48095703125", "120357263.35971397", "1e-3", "2.5E+4",
    "701733520418616185256", "0.000000000000000000000012", "1.", ".5", "  42  ",
    "1.7976931348623157e308",
  ])
  func matchesTheStandardLibrary(text: String) {
    let expected = Double(text.trimmingCharacters(in: .whitespaces))
    #expect(parse(text) == expected)
  }

  @Test(arguments: ["", " ", "abc", "1,5", "1.2.3", "nan", "inf", "-", "1e999", "0x10", "1 2"])
  func rejects(text: String) { #expect(parse(text) == nil) }

  @Test func randomDecimalsRoundTripExactly() {
    // Clinger's fast path must agree bit for bit with strtod (Double(String)).
    var rng = SystemRandomNumberGenerator()
    for _ in 0..<20_000 {
      let digits = Int.random(in: 1...17, using: &rng)
      let mantissa = String((0..<digits).map { _ in "0123456789".randomElement(using: &rng)! })
      let point = Int.random(in: 0...digits, using: &rng)
      let text = String(mantissa.prefix(point)) + "." + String(mantissa.dropFirst(point))
      #expect(parse(text) == Double(text), "\(text)")
    }
  }
}
