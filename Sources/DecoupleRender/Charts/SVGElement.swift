/// One SVG (XML) element: a name, ordered attributes, children and optional text.
///
/// Built as values and serialized once, so every attribute and text is escaped in one place
/// and the output is byte-for-byte stable (snapshot tests depend on it).
public struct SVGElement: Sendable, Equatable {
  public var name: String
  public var attributes: [Attribute]
  public var children: [SVGElement]
  public var text: String?

  /// A name–value pair; the value is escaped when written.
  public struct Attribute: Sendable, Equatable {
    public var name: String
    public var value: String
    public init(_ name: String, _ value: String) {
      self.name = name
      self.value = value
    }
  }

  public init(
    _ name: String, _ attributes: [(String, String)] = [], children: [SVGElement] = [],
    text: String? = nil
  ) {
    self.name = name
    self.attributes = attributes.map { Attribute($0.0, $0.1) }
    self.children = children
    self.text = text
  }

  /// The element as XML text, children indented by one space per level.
  public func serialized(indent: Int = 0) -> String {
    var out = ""
    write(to: &out, indent: indent)
    return out
  }

  func write(to out: inout String, indent: Int) {
    let pad = String(repeating: " ", count: indent)
    out += pad + "<" + name
    for a in attributes {
      out += " " + a.name + "=\"" + XMLEscape.attribute(a.value) + "\""
    }
    if children.isEmpty && text == nil {
      out += "/>\n"
      return
    }
    out += ">"
    if let text { out += XMLEscape.text(text) }
    if children.isEmpty {
      out += "</" + name + ">\n"
      return
    }
    out += "\n"
    for c in children { c.write(to: &out, indent: indent + 1) }
    out += pad + "</" + name + ">\n"
  }
}

/// Escaping for XML text and attribute values.
public enum XMLEscape {
  /// `&`, `<`, `>` escaped; control characters other than tab and newline dropped.
  public static func text(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars {
      switch u {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\t", "\n": out.unicodeScalars.append(u)
      case _ where u.value < 0x20 || (0xFFFE...0xFFFF).contains(u.value): continue
      default: out.unicodeScalars.append(u)
      }
    }
    return out
  }

  /// Text escaping plus `"` and `'`; newlines and tabs as character references.
  public static func attribute(_ s: String) -> String {
    var out = ""
    for ch in text(s).unicodeScalars {
      switch ch {
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\n": out += "&#10;"
      case "\t": out += "&#9;"
      default: out.unicodeScalars.append(ch)
      }
    }
    return out
  }
}

/// Numbers in SVG attributes: at most two decimals, no trailing zeros, never `-0`, never NaN.
enum SVGNumber {
  static func format(_ v: Double) -> String {
    guard v.isFinite else { return "0" }
    let r = (v * 100).rounded() / 100
    if r == 0 { return "0" }
    if r == r.rounded() && abs(r) < 1e12 { return String(Int(r)) }
    var s = String(format: "%.2f", r)
    while s.hasSuffix("0") { s.removeLast() }
    return s
  }
}

extension Double {
  /// This value as an SVG coordinate (see ``SVGNumber``).
  var svg: String { SVGNumber.format(self) }
}
