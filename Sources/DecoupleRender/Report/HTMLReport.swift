/// A self-contained HTML page: a header, then a list of sections, each a title, a
/// plain-language reading and its content (inline SVG, tables, paragraphs). CSS is inline and
/// nothing is fetched, so the page renders offline and can be mailed as one file.
///
/// New analyses add panels by appending sections.
public struct HTMLReport: Sendable {
  /// One panel of the report.
  public struct Section: Sendable {
    /// A block inside a section.
    public enum Content: Sendable {
      /// An SVG chart, inlined.
      case chart(SVGElement)
      /// A table; columns at `numeric` indices are right-aligned.
      case table(header: [String], rows: [[String]], numeric: Set<Int>)
      /// Paragraphs of plain text.
      case paragraphs([String])
      /// A bulleted list of plain text.
      case list([String])
    }

    /// The anchor id (letters, digits, `-`).
    public var id: String
    public var title: String
    /// What the panel shows, in a sentence or three, written from its numbers.
    public var reading: String
    public var content: [Content]

    public init(id: String, title: String, reading: String, content: [Content]) {
      self.id = id
      self.title = title
      self.reading = reading
      self.content = content
    }
  }

  /// What makes a page interactive: the data its scripts read and the scripts and styles,
  /// all inlined. Scripts run after the content; a reader without script sees the static page.
  public struct Interactivity: Sendable {
    /// Embedded as `<script type="application/json" id="decouple-data">` (with `<` escaped).
    public var data: JSONValue
    /// Style sheets (texts), after the page's own.
    public var styles: [String]
    /// Scripts (texts), inlined in this order at the end of the body.
    public var scripts: [String]
    /// A line added to the footer (attribution of inlined code).
    public var credit: String

    public init(data: JSONValue, styles: [String], scripts: [String], credit: String) {
      self.data = data
      self.styles = styles
      self.scripts = scripts
      self.credit = credit
    }
  }

  public var title: String
  public var subtitle: String
  public var sections: [Section]
  /// Small print at the end.
  public var footer: String
  /// Nil for a static page.
  public var interactivity: Interactivity?

  public init(title: String, subtitle: String, sections: [Section], footer: String = "") {
    self.title = title
    self.subtitle = subtitle
    self.sections = sections
    self.footer = footer
  }

  /// The page as HTML text.
  public var html: String {
    var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    let styles = [Self.css] + (interactivity?.styles ?? [])
    out += "<title>\(XMLEscape.text(title))</title>\n<style>\n"
    out += styles.map(Self.inlined).joined(separator: "\n") + "</style>\n</head>\n<body>\n"
    out += "<main>\n<header>\n<h1>\(XMLEscape.text(title))</h1>\n"
    out += "<p class=\"subtitle\">\(XMLEscape.text(subtitle))</p>\n"
    if sections.count > 1 {
      out += "<nav aria-label=\"Sections\"><ol>\n"
      for s in sections {
        out += "<li><a href=\"#\(XMLEscape.attribute(s.id))\">\(XMLEscape.text(s.title))</a></li>\n"
      }
      out += "</ol></nav>\n"
    }
    out += "</header>\n"
    for s in sections { out += section(s) }
    let small = [footer, interactivity?.credit ?? ""].filter { !$0.isEmpty }
    for line in small { out += "<footer>\(XMLEscape.text(line))</footer>\n" }
    out += "</main>\n"
    if let i = interactivity {
      // In JSON `<` only occurs inside strings, where \u003c means the same.
      let data = i.data.serialized().replacingOccurrences(of: "<", with: "\\u003c")
      out += "<script type=\"application/json\" id=\"decouple-data\">\(data)</script>\n"
      for script in i.scripts { out += "<script>\n\(Self.inlined(script))</script>\n" }
    }
    out += "</body>\n</html>\n"
    return out
  }

  /// `text` safe inside `<style>` or `<script>`: a closing tag inside it is broken up.
  static func inlined(_ text: String) -> String {
    let safe = text.replacingOccurrences(of: "</", with: "<\\/")
    return safe.hasSuffix("\n") ? safe : safe + "\n"
  }

  func section(_ s: Section) -> String {
    var out = "<section id=\"\(XMLEscape.attribute(s.id))\">\n"
    out += "<h2>\(XMLEscape.text(s.title))</h2>\n"
    if !s.reading.isEmpty { out += "<p class=\"reading\">\(XMLEscape.text(s.reading))</p>\n" }
    for c in s.content {
      switch c {
      case .chart(let svg):
        out += "<figure class=\"chart\">\n" + svg.serialized() + "</figure>\n"
      case .table(let header, let rows, let numeric):
        out += "<div class=\"table-wrap\"><table>\n<thead><tr>"
        for (i, h) in header.enumerated() {
          out += "<th\(numeric.contains(i) ? " class=\"num\"" : "")>\(XMLEscape.text(h))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
          out += "<tr>"
          for (i, cell) in row.enumerated() {
            out += "<td\(numeric.contains(i) ? " class=\"num\"" : "")>\(XMLEscape.text(cell))</td>"
          }
          out += "</tr>\n"
        }
        out += "</tbody>\n</table></div>\n"
      case .paragraphs(let ps):
        for p in ps { out += "<p>\(XMLEscape.text(p))</p>\n" }
      case .list(let items):
        out += "<ul>\n" + items.map { "<li>\(XMLEscape.text($0))</li>\n" }.joined() + "</ul>\n"
      }
    }
    return out + "</section>\n"
  }

  static let css = """
    :root { color-scheme: light; }
    body { margin: 0; background: #F7F7F5; color: #222; font: 16px/1.5 system-ui, -apple-system,
      'Segoe UI', Helvetica, Arial, sans-serif; }
    main { max-width: 840px; margin: 0 auto; padding: 24px 20px 48px; }
    h1 { font-size: 1.6rem; margin: 0 0 4px; }
    h2 { font-size: 1.2rem; margin: 0 0 8px; }
    .subtitle { color: #555; margin: 0 0 12px; }
    nav ol { display: flex; flex-wrap: wrap; gap: 4px 16px; list-style: none; padding: 0;
      margin: 0; font-size: 0.9rem; }
    nav a { color: #0072B2; }
    section { background: #FFF; border: 1px solid #E3E3E3; border-radius: 6px; padding: 16px 20px;
      margin: 16px 0; }
    .reading { margin: 0 0 12px; }
    figure.chart { margin: 0; overflow-x: auto; }
    figure.chart svg { display: block; width: 100%; min-width: 560px; height: auto; }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; font-size: 0.9rem; width: 100%; }
    th, td { padding: 4px 8px; border-bottom: 1px solid #E3E3E3; text-align: left;
      white-space: nowrap; }
    th { font-weight: 600; color: #555; }
    .num { text-align: right; font-variant-numeric: tabular-nums; }
    ul { padding-left: 1.2em; }
    footer { color: #555; font-size: 0.85rem; margin-top: 24px; }
    body.interactive figure.chart.static { display: none; }
    section .card { border: 0; padding: 0; }
    @media print {
      body.interactive section .card, body.interactive .asof { display: none; }
      body.interactive figure.chart.static { display: block; }
    }

    """
}
