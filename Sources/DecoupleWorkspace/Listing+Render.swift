import DecoupleConnectors
import DecoupleRender

/// What `decouple list` prints: every symbol with its origin and span.
public struct SymbolList: Presentable, Sendable {
  public var symbols: [SymbolListing]

  public init(_ symbols: [SymbolListing]) { self.symbols = symbols }

  static let header = ["symbol", "kind", "origin", "file", "column", "first", "last", "rows"]

  var rows: [[String]] {
    symbols.map {
      [$0.symbol, $0.kind, $0.origin, $0.file, $0.column, $0.first, $0.last, String($0.rows)]
    }
  }

  /// A table, one symbol a line: symbol, kind, origin, first, last, rows and the description,
  /// cut with `…` to fit ``TextStyle/width`` (the file and column are in the JSON and CSV).
  public var text: String {
    let header = ["symbol", "kind", "origin", "first", "last", "rows", "description"]
    var cells = symbols.map {
      [$0.symbol, $0.kind, $0.origin, $0.first, $0.last, String($0.rows), $0.description]
    }
    let used = (0..<6).map { i in ([header[i]] + cells.map { $0[i] }).map(\.count).max()! + 2 }
    let room = max(20, TextStyle.width - used.reduce(0, +))
    for i in cells.indices where cells[i][6].count > room {
      cells[i][6] = String(cells[i][6].prefix(room - 1)) + "…"
    }
    return TextTable.render(header: header, rows: cells, rightAligned: [5]).map { $0 + "\n" }
      .joined()
  }

  /// `{"symbols": [{symbol, kind, origin, file, column, first, last, rows, description}]}`.
  public var json: JSONValue {
    .object([
      (
        "symbols",
        .array(
          zip(rows, symbols).map { row, s in
            var fields = zip(Self.header, row).map { ($0, JSONValue.string($1)) }
            fields[7] = ("rows", .integer(s.rows))
            fields.append(("description", .string(s.description)))
            return .object(fields)
          })
      )
    ])
  }

  /// The table's columns, one row per symbol.
  public var csv: String { CSVWriter.table(header: Self.header, rows: rows) }
}

/// What `decouple sources` prints: each live source, what it serves, its limits and its key.
public struct SourceList: Presentable, Sendable {
  public var sources: [ConnectorInfo]
  /// For each source: whether its key variable is set.
  public var keySet: [Bool]

  public init(_ workspace: Workspace) {
    sources = workspace.sources
    keySet = sources.map(workspace.keyIsSet)
  }

  func keyState(_ i: Int) -> String {
    guard let v = sources[i].keyVariable else { return "no key needed" }
    return keySet[i] ? "\(v) is set" : "\(v) not set (optional)"
  }

  /// Four paragraphs per source, each wrapped to ``TextStyle/width``.
  public var text: String {
    var lines: [String] = []
    for (n, i) in sources.enumerated() {
      lines += TextStyle.wrap("\(i.id) — \(i.name): \(i.serves)", indent: 4)
      lines += TextStyle.wrap(
        "symbols: \(i.symbols.joined(separator: ", ")) · intervals: "
          + i.intervals.map(\.rawValue).joined(separator: ", "), indent: 4, prefix: "  ")
      lines += TextStyle.wrap("limits: \(i.limits)", indent: 4, prefix: "  ")
      lines += TextStyle.wrap(
        "key: \(keyState(n))" + (i.licence.map { " · licence: \($0)" } ?? ""), indent: 4,
        prefix: "  ")
    }
    return lines.map { $0 + "\n" }.joined()
  }

  /// `{"sources": [{id, name, serves, symbols, intervals, limits, keyVariable, keySet, …}]}`.
  public var json: JSONValue {
    .object([
      (
        "sources",
        .array(
          zip(sources, keySet).map { i, set in
            .object([
              ("id", .string(i.id)), ("name", .string(i.name)), ("serves", .string(i.serves)),
              ("symbols", .array(i.symbols.map(JSONValue.string))),
              ("intervals", .array(i.intervals.map { .string($0.rawValue) })),
              ("limits", .string(i.limits)),
              ("keyVariable", i.keyVariable.map(JSONValue.string) ?? .null),
              ("keySet", .bool(set)), ("licence", i.licence.map(JSONValue.string) ?? .null),
              ("baseURLVariable", .string(i.baseURLVariable)),
            ])
          })
      )
    ])
  }

  /// One row per source; symbols and intervals joined by spaces.
  public var csv: String {
    CSVWriter.table(
      header: [
        "id", "name", "serves", "symbols", "intervals", "limits", "keyVariable", "keySet",
        "licence",
      ],
      rows: sources.indices.map { n in
        let i = sources[n]
        return [
          i.id, i.name, i.serves, i.symbols.joined(separator: " "),
          i.intervals.map(\.rawValue).joined(separator: " "), i.limits, i.keyVariable ?? "",
          String(keySet[n]), i.licence ?? "",
        ]
      })
  }
}
