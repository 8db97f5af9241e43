/// Reads decimal numbers from UTF-8 bytes without allocating.
enum NumberText {
  /// Exact powers of ten, 10^0 … 10^22 (all exactly representable as `Double`).
  /// (A literal, so the optimizer emits it as static data: no lazy initialisation per call.)
  static let powers: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  ]

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
    // The common case first: at most 15 digits around an optional point, nothing else (the
    // mantissa is then exact, and so is one division by a power of ten).
    let first = i
    var m: UInt64 = 0
    while i < e, b[i] &- 48 < 10 {
      m = m &* 10 &+ UInt64(b[i] &- 48)
      i &+= 1
    }
    var digits = i &- first
    var fraction = 0
    if i < e, b[i] == UInt8(ascii: ".") {
      i &+= 1
      let point = i
      while i < e, b[i] &- 48 < 10 {
        m = m &* 10 &+ UInt64(b[i] &- 48)
        i &+= 1
      }
      fraction = i &- point
      digits &+= fraction
    }
    if i == e, digits > 0, digits <= 15 {
      let v = Double(Int64(truncatingIfNeeded: m)) / powers[fraction]
      return negative ? -v : v
    }
    return general(b, s, e)
  }

  /// `parse(_:)` for any length and with an exponent, on the trimmed text `b[s..<e]`.
  private static func general(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Double? {
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

  /// How an export writes numbers, beyond plain `1769.58`.
  struct Style: Equatable {
    /// The decimal mark is a comma (`1769,58`); points are then thousands separators
    /// (`1.769,58`). Otherwise commas are thousands separators (`1,769.58`).
    var decimalComma = false
    /// Investing.com's suffixes: `K`, `M`, `B` multiply by a thousand, a million, a billion;
    /// a trailing `%` is dropped (the number stays in percent); `-` alone is missing.
    var suffixes = false
  }

  /// Parses a number written in `style`: thousands separators are removed, a decimal comma
  /// becomes a point, and suffixes are applied, then the text is read as by `parse(_:)`.
  /// - Returns: `nil` as `parse(_:)` does, and for text longer than 64 bytes.
  static func parse(_ b: UnsafeBufferPointer<UInt8>, style: Style) -> Double? {
    var s = 0
    var e = b.count
    while s < e, b[s] == 32 || b[s] == 9 { s += 1 }
    while e > s, b[e - 1] == 32 || b[e - 1] == 9 { e -= 1 }
    guard s < e, e - s <= 64 else { return nil }
    // A suffix becomes a decimal exponent, so `2.94M` is read exactly as `2.94e6`.
    var exponent: UInt8 = 0
    if style.suffixes {
      switch b[e - 1] {
      case UInt8(ascii: "K"), UInt8(ascii: "k"): exponent = 3
      case UInt8(ascii: "M"), UInt8(ascii: "m"): exponent = 6
      case UInt8(ascii: "B"), UInt8(ascii: "b"): exponent = 9
      default: break
      }
      if exponent != 0 || b[e - 1] == UInt8(ascii: "%") { e -= 1 }
    }
    let thousands = style.decimalComma ? UInt8(ascii: ".") : UInt8(ascii: ",")
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 66) { buffer in
      var n = 0
      for k in s..<e {
        let c = b[k]
        if c == thousands { continue }
        buffer[n] = style.decimalComma && c == UInt8(ascii: ",") ? UInt8(ascii: ".") : c
        n += 1
      }
      if exponent != 0 {
        buffer[n] = UInt8(ascii: "e")
        buffer[n + 1] = 48 + exponent
        n += 2
      }
      return parse(UnsafeBufferPointer(rebasing: buffer[0..<n]))
    }
  }
}
