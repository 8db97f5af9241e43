extension Query {
  /// Parses a URL query (`a=ETH&b=RUT&window=90`): `+` is a space, `%XX` a byte, the result
  /// must be UTF-8. An empty item is skipped; a name without `=` has the value "true" (a flag).
  /// Throws a 400 ``APIError`` on malformed escapes, invalid UTF-8, an empty name or a control
  /// character.
  public static func parse(_ raw: String?) throws -> Query {
    guard let raw, !raw.isEmpty else { return Query([]) }
    var items: [(name: String, value: String)] = []
    for part in raw.split(separator: "&", omittingEmptySubsequences: true) {
      let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let name = try decode(pieces[0])
      let value = pieces.count > 1 ? try decode(pieces[1]) : "true"
      guard !name.isEmpty else {
        throw APIError(status: 400, message: "The query has a value without a parameter name.")
      }
      items.append((name, value))
    }
    return Query(items)
  }

  private static func decode(_ text: Substring) throws -> String {
    var bytes: [UInt8] = []
    var utf8 = text.utf8.makeIterator()
    while let b = utf8.next() {
      switch b {
      case UInt8(ascii: "+"): bytes.append(UInt8(ascii: " "))
      case UInt8(ascii: "%"):
        guard let h = utf8.next().flatMap(hex), let l = utf8.next().flatMap(hex) else {
          throw APIError(status: 400, message: "The query has a malformed %-escape in '\(text)'.")
        }
        bytes.append(h << 4 | l)
      default: bytes.append(b)
      }
    }
    guard let s = String(validating: bytes, as: UTF8.self) else {
      throw APIError(status: 400, message: "The query is not valid UTF-8.")
    }
    guard !s.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
      throw APIError(status: 400, message: "The query has a control character.")
    }
    return s
  }

  private static func hex(_ b: UInt8) -> UInt8? {
    switch b {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): b - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): b - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): b - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
