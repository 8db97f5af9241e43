import DecoupleRender
import Foundation
import Testing

@Suite struct JSONValueTests {
  @Test func undefinedNumbersBecomeNull() {
    let doc = JSONValue.array([.finite(.nan), .finite(.infinity), .finite(nil), .finite(0.25)])
    #expect(doc.serialized() == "[null,null,null,0.25]")
  }

  @Test func keysKeepTheirOrderAndStringsAreEscaped() throws {
    let doc = JSONValue.object([
      ("z", .integer(1)), ("a", .string("quote \" slash \\ tab \t nl \n \u{01}")),
      ("m", .bool(true)),
    ])
    let text = doc.serialized(pretty: true)
    #expect(text.firstRange(of: "\"z\"")!.lowerBound < text.firstRange(of: "\"a\"")!.lowerBound)
    // Foundation's parser must read back exactly what was written.
    let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    #expect(parsed["a"] as? String == "quote \" slash \\ tab \t nl \n \u{01}")
    #expect(parsed["z"] as? Int == 1)
  }

  @Test func numbersRoundTrip() throws {
    let values = [0.1, -1e-300, 123_456_789.123, 5e-324, 1e20, 42]
    let text = JSONValue.array(values.map { .number($0) }).serialized()
    let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [NSNumber]
    #expect(parsed.map(\.doubleValue) == values)
  }
}
