import Foundation

/// Reads a response body as JSON, with errors that say what was wrong.
enum JSONBody {
  /// The parsed body. HTML and malformed or truncated JSON throw `FetchError`.
  static func parse(_ r: HTTPResponse, source: String) throws -> Any {
    if r.isHTML {
      throw FetchError.htmlInsteadOfData(source: source, url: r.url, expected: "JSON")
    }
    do {
      return try JSONSerialization.jsonObject(with: r.body, options: [.fragmentsAllowed])
    } catch {
      let reason =
        r.body.isEmpty ? "an empty body" : "invalid or truncated JSON of \(r.body.count) bytes"
      throw FetchError.malformed(source: source, url: r.url, reason: reason)
    }
  }

  /// A number given as a JSON number or as a decimal string (`"3012.5"`); `true`/`false` are
  /// not numbers. (`x is Bool` cannot tell them apart: a JSON `0` or `1` bridges to `Bool` too.)
  static func number(_ x: Any?) -> Double? {
    if let n = x as? NSNumber {
      if String(cString: n.objCType) == "c" { return nil }  // a JSON true or false
      // Foundation on Linux reads long decimals (Yahoo's 125.82673645019531) as
      // NSDecimalNumber, whose doubleValue is not correctly rounded (…536, 4 ulps off); its
      // decimal text is exact, and Double(String) rounds it correctly.
      if n is NSDecimalNumber { return Double(n.stringValue) ?? n.doubleValue }
      return n.doubleValue
    }
    if let s = x as? String { return Double(s) }
    return nil
  }

  static func malformed(_ r: HTTPResponse, _ source: String, _ what: String) -> FetchError {
    .malformed(source: source, url: r.url, reason: what)
  }
}
