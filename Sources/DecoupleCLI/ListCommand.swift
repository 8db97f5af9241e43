import ArgumentParser
import DecoupleData
import DecoupleRender

/// `decouple list`: every embedded symbol with its source file, range and row count.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the symbols of the embedded dataset.")

  @Option(help: "Output: text, json or csv.")
  var format: OutputFormat = .text

  func run() throws {
    let entries = Dictionary(uniqueKeysWithValues: Dataset.catalog.map { ($0.symbol, $0) })
    let listing = try Dataset.listing()
    let header = ["symbol", "kind", "file", "column", "first", "last", "rows"]
    let rows: [[String]] = listing.map { e in
      let entry = entries[e.symbol]
      return [
        e.symbol, entry?.kind.rawValue ?? "", e.file, entry?.column ?? "", e.first.iso, e.last.iso,
        String(e.rows),
      ]
    }
    switch format {
    case .text:
      for line in TextTable.render(header: header, rows: rows, rightAligned: [6]) { print(line) }
    case .csv:
      print(CSVWriter.table(header: header, rows: rows), terminator: "")
    case .json:
      let items = zip(listing, rows).map { e, row -> JSONValue in
        var fields = zip(header, row).map { key, value -> (String, JSONValue) in
          (key, .string(value))
        }
        fields[6] = ("rows", .integer(e.rows))
        fields.append(("description", .string(entries[e.symbol]?.description ?? "")))
        return .object(fields)
      }
      print(JSONValue.object([("symbols", .array(items))]).serialized(pretty: true))
    }
  }
}
