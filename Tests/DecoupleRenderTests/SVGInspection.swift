import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Parses SVG (or XHTML-ish) text with Foundation's XMLParser and records what the tests check.
final class SVGInspection: NSObject, XMLParserDelegate {
  /// Element names in document order.
  private(set) var elements: [String] = []
  /// Attributes of each element, in document order.
  private(set) var attributes: [[String: String]] = []
  /// Every text node, trimmed.
  private(set) var texts: [String] = []
  private(set) var error: Error?

  /// Parses `text`; `nil` when it is not well-formed XML (see `lastError`).
  static func parse(_ text: String) -> SVGInspection? {
    let inspection = SVGInspection()
    let parser = XMLParser(data: Data(text.utf8))
    parser.delegate = inspection
    guard parser.parse() else {
      lastError = parser.parserError.map { "\($0)" } ?? "unknown"
      return nil
    }
    return inspection
  }

  nonisolated(unsafe) static var lastError = ""

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    elements.append(name)
    self.attributes.append(attributes)
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    let t = string.trimmingCharacters(in: .whitespacesAndNewlines)
    if !t.isEmpty { texts.append(t) }
  }

  func count(_ name: String) -> Int { elements.filter { $0 == name }.count }

  /// Attributes of the elements with `attribute` = `value`.
  func elements(where attribute: String, is value: String) -> [[String: String]] {
    attributes.filter { $0[attribute] == value }
  }

  /// Whether some text node contains `s`.
  func hasText(_ s: String) -> Bool { texts.contains { $0.contains(s) } }
}
