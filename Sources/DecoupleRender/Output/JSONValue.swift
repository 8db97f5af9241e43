/// A JSON document with ordered object keys, written without Foundation's encoder so that key
/// order is stable and undefined numbers become `null` (never NaN or Infinity).
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case integer(Int)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])
  /// JSON text already serialized (one line), written as it is: a document kept serialized,
  /// such as an alert's body as stored and sent.
  case raw(String)

  /// A number, or `null` when it is NaN or infinite.
  public static func finite(_ v: Double?) -> JSONValue {
    guard let v, v.isFinite else { return .null }
    return .number(v)
  }

  public static func == (l: JSONValue, r: JSONValue) -> Bool {
    l.serialized() == r.serialized()
  }

  /// The document as text: two-space indentation when `pretty`, else compact.
  public func serialized(pretty: Bool = false) -> String {
    var out = ""
    write(to: &out, pretty: pretty, indent: 0)
    return out
  }

  func write(to out: inout String, pretty: Bool, indent: Int) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .integer(let i): out += String(i)
    case .number(let d):
      // Swift prints the shortest text that round-trips; integral values keep a ".0".
      out += d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : "\(d)"
    case .string(let s): JSONValue.quote(s, into: &out)
    case .raw(let text): out += text
    case .array(let items):
      writeContainer(items.map { (nil, $0) }, open: "[", close: "]", &out, pretty, indent)
    case .object(let pairs):
      writeContainer(pairs.map { ($0.0, $0.1) }, open: "{", close: "}", &out, pretty, indent)
    }
  }

  private func writeContainer(
    _ items: [(String?, JSONValue)], open: String, close: String, _ out: inout String,
    _ pretty: Bool, _ indent: Int
  ) {
    out += open
    if items.isEmpty {
      out += close
      return
    }
    let pad = pretty ? "\n" + String(repeating: "  ", count: indent + 1) : ""
    for (i, (key, value)) in items.enumerated() {
      if i > 0 { out += "," }
      out += pad
      if let key {
        JSONValue.quote(key, into: &out)
        out += pretty ? ": " : ":"
      }
      value.write(to: &out, pretty: pretty, indent: indent + 1)
    }
    out += pretty ? "\n" + String(repeating: "  ", count: indent) : ""
    out += close
  }

  static func quote(_ s: String, into out: inout String) {
    out += "\""
    // Most strings (dates, names, sentences) need no escape: one append, not one per scalar.
    if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
      out += s
      out += "\""
      return
    }
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where u.value < 0x20:
        let hex = String(u.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(u)
      }
    }
    out += "\""
  }
}
