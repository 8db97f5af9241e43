/// The JSON value of the first `"key":` in `text`, cut out byte for byte (a recorded body inside
/// a recording's wrapper, such as yahoo-finance2's `bodyJson` or ccxt's `httpResponse`).
public func jsonValue(after key: String, in text: String, occurrence: Int = 1) -> String? {
  let bytes = Array(text.utf8)
  let marker = Array("\"\(key)\":".utf8)
  var found = 0
  var i = 0
  while i + marker.count <= bytes.count {
    if bytes[i..<(i + marker.count)].elementsEqual(marker) {
      found += 1
      if found == occurrence { break }
    }
    i += 1
  }
  guard found == occurrence else { return nil }
  i += marker.count
  while i < bytes.count, bytes[i] == 32 || bytes[i] == 10 || bytes[i] == 13 { i += 1 }
  let start = i
  var depth = 0
  var inString = false
  while i < bytes.count {
    let c = bytes[i]
    if inString {
      if c == UInt8(ascii: "\\") { i += 1 } else if c == UInt8(ascii: "\"") { inString = false }
    } else if c == UInt8(ascii: "\"") {
      inString = true
    } else if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") {
      depth += 1
    } else if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") {
      depth -= 1
      if depth == 0 { return String(decoding: bytes[start...i], as: UTF8.self) }
    }
    i += 1
  }
  return nil
}
