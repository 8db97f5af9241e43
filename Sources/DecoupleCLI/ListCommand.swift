import ArgumentParser
import DecoupleConnectors
import DecoupleData
import DecoupleRender
import DecoupleStore

/// `decouple list`: every symbol of the local store and of the embedded dataset, with where
/// each comes from, its range and row count. A stored symbol shadows an embedded one.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the symbols of the local store and of the embedded dataset.")

  @Option(help: "Output: text, json or csv.")
  var format: OutputFormat = .text

  @OptionGroup var storeOptions: StoreOptions

  func run() throws {
    let entries = Dictionary(uniqueKeysWithValues: Dataset.catalog.map { ($0.symbol, $0) })
    let header = ["symbol", "kind", "origin", "file", "column", "first", "last", "rows"]
    var rows: [[String]] = []
    var descriptions: [String] = []
    for s in try storeOptions.location.openIfPresent()?.listing() ?? [] {
      let r = s.series
      rows.append([
        r.symbol, r.kind.rawValue, "store:\(r.source) \(r.frequency.rawValue)", r.instrument,
        r.unit, s.first.map(ObservationCheck.label) ?? "", s.last.map(ObservationCheck.label) ?? "",
        String(s.rows),
      ])
      descriptions.append(r.licence.isEmpty ? "" : "Licence: \(r.licence)")
    }
    for e in try Dataset.listing() {
      let entry = entries[e.symbol]
      rows.append([
        e.symbol, entry?.kind.rawValue ?? "", "embedded", e.file, entry?.column ?? "", e.first.iso,
        e.last.iso, String(e.rows),
      ])
      descriptions.append(entry?.description ?? "")
    }
    switch format {
    case .text:
      for line in TextTable.render(header: header, rows: rows, rightAligned: [7]) { print(line) }
    case .csv:
      print(CSVWriter.table(header: header, rows: rows), terminator: "")
    case .json:
      let items = zip(rows, descriptions).map { row, description -> JSONValue in
        var fields = zip(header, row).map { key, value -> (String, JSONValue) in
          (key, .string(value))
        }
        fields[7] = ("rows", .integer(Int(row[7]) ?? 0))
        fields.append(("description", .string(description)))
        return .object(fields)
      }
      print(JSONValue.object([("symbols", .array(items))]).serialized(pretty: true))
    }
  }
}
