import Foundation

/// The statsmodels/numpy fixtures written by `tools/oracle/unitroot.py`.
public enum Oracle {
  /// A JSON fixture, parsed (`Fixtures/oracle/<name>`).
  ///
  /// Parsed with `JSONDecoder`, whose number parsing is correctly rounded: Foundation's
  /// `JSONSerialization` on Linux misreads some 17-digit doubles by one ulp (for example
  /// -2.5770096749999998), which would break bit-exact comparisons.
  public static func json(_ name: String) throws -> [String: Any] {
    let data = try Data(contentsOf: Fixture.url("oracle/" + name))
    return try JSONDecoder().decode(AnyJSON.self, from: data).value as! [String: Any]
  }

  /// The input series `ts_<name>.csv` exactly as statsmodels read it.
  public static func series(_ name: String) throws -> [Double] {
    try NumericTable(fixture: "oracle/ts_\(name).csv")["value"]
  }

  /// |a − b| / max(|b|, floor): the relative error, with an absolute floor for values near 0.
  public static func relativeError(_ a: Double, _ b: Double, floor: Double = 1e-300) -> Double {
    if a == b { return 0 }
    return abs(a - b) / max(abs(b), floor)
  }
}

extension Dictionary where Key == String, Value == Any {
  /// A numeric field (`null` → NaN).
  public func number(_ key: String) -> Double { Oracle.double(self[key]) }
  /// A list of numbers (`null` entries → NaN).
  public func numbers(_ key: String) -> [Double] {
    (self[key] as? [Any] ?? []).map(Oracle.double)
  }
  public func string(_ key: String) -> String? { self[key] as? String }
}

extension Oracle {
  /// A JSON number as a double (`Int` or `Double`), NaN for anything else.
  public static func double(_ v: Any?) -> Double {
    switch v {
    case let d as Double: d
    case let i as Int: Double(i)
    default: .nan
    }
  }
}

/// Any JSON value decoded with `JSONDecoder`: integers as `Int`, other numbers as `Double`,
/// `null` as `NSNull`.
struct AnyJSON: Decodable {
  var value: Any

  init(from decoder: Decoder) throws {
    if var a = try? decoder.unkeyedContainer() {
      var items: [Any] = []
      while !a.isAtEnd { items.append(try a.decode(AnyJSON.self).value) }
      value = items
    } else if let o = try? decoder.container(keyedBy: Key.self) {
      var dict: [String: Any] = [:]
      for k in o.allKeys { dict[k.stringValue] = try o.decode(AnyJSON.self, forKey: k).value }
      value = dict
    } else {
      let c = try decoder.singleValueContainer()
      if c.decodeNil() {
        value = NSNull()
      } else if let b = try? c.decode(Bool.self) {
        value = b
      } else if let i = try? c.decode(Int.self) {
        value = i
      } else if let d = try? c.decode(Double.self) {
        value = d
      } else {
        value = try c.decode(String.self)
      }
    }
  }

  struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }
}
