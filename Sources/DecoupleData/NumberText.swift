/// Reads decimal numbers from UTF-8 bytes without allocating.
enum NumberText {
  /// Exact powers of ten, 10^0 … 10^22 (all exactly representable as `Double`).
  static let powers: [Double] = (0...22).map { e in
    var p = 1.0
    for _ in 0..<e { p *= 10 }
    return p
  }

  /// Parses a finite decimal such as `-95.1`, `3987.48095703125`, `1e-3` or a big integer
  /// string (`701733520418616185256`). Surrounding spaces are ignored.
  ///
  /// Numbers with at most 15 significant digits and a decimal exponent within ±22 take Clinger's
  /// fast path (one exact multiply or divide, correctly rounded); others fall back to the
  /// standard library's correctly rounded parser.
  /// - Returns: `nil` for empty text, anything that is not a decimal number, NaN and infinities.
  static func parse(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
    var s = 0
    var e = b.count
    while s < e, b[s] == 32 || b[s] == 9 { s += 1 }
    while e > s, b[e - 1] == 32 || b[e - 1] == 9 { e -= 1 }
    guard s < e else { return nil }
    var i = s
    var negative = false
    if b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") {
      negative = b[i] == UInt8(ascii: "-")
      i += 1
    }
    var mantissa: UInt64 = 0
    var digits = 0
    var sawDigit = false
    var exponent = 0
    while i < e, b[i] &- 48 < 10 {
      sawDigit = true
      if mantissa != 0 || b[i] != 48 { digits += 1 }
      if digits <= 19 { mantissa = mantissa &* 10 &+ UInt64(b[i] &- 48) } else { exponent += 1 }
      i += 1
    }
    if i < e, b[i] == UInt8(ascii: ".") {
      i += 1
      while i < e, b[i] &- 48 < 10 {
        sawDigit = true
        if mantissa != 0 || b[i] != 48 { digits += 1 }
        if digits <= 19 {
          mantissa = mantissa &* 10 &+ UInt64(b[i] &- 48)
          exponent -= 1
        }
        i += 1
      }
    }
    guard sawDigit else { return nil }
    if i < e, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
      return slow(b, s, e)
    }
    guard i == e else { return nil }
    if digits <= 15, exponent >= -22, exponent <= 22 {
      let m = Double(mantissa)
      let v = exponent >= 0 ? m * powers[exponent] : m / powers[-exponent]
      return negative ? -v : v
    }
    return slow(b, s, e)
  }

  private static func slow(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Double? {
    let text = String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self)
    guard let v = Double(text), v.isFinite else { return nil }
    return v
  }
}
