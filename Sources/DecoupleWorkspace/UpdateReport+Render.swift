import DecoupleConnectors
import DecoupleRender

extension UpdateReport: Presentable {
  /// One paragraph per series fetched, a line per series that failed, the series already up to
  /// date, and the store.
  public var text: String {
    if noStore {
      return "Nothing to update: there is no store at \(store) yet; fetching or importing a "
        + "series creates it.\n"
    }
    var out = ""
    for o in outcomes {
      let r = o.result
      let s = o.summary
      let span =
        s.flatMap { s in
          s.first.map { "\(ObservationCheck.label($0)) to \(ObservationCheck.label(s.last!))" }
        } ?? "no rows"
      out += "\(r.symbol) from \(r.source) (\(r.instrument), \(o.interval.rawValue)): "
      out += "\(s?.rows ?? 0) rows, \(span); \(s?.inserted ?? 0) new, \(s?.revised ?? 0) revised, "
      out += "\(s?.unchanged ?? 0) unchanged; \(r.requests.count) requests.\n"
      for n in r.notes { out += "- \(n)\n" }
    }
    for f in failures { out += "\(f.symbol) failed: \(f.message)\n" }
    if !upToDate.isEmpty {
      out += "Up to date (nothing new to fetch yet): \(upToDate.joined(separator: ", ")).\n"
    }
    out += "Store: \(store)\n"
    return out
  }

  /// The `fetch` and `update` JSON document (docs/json.md).
  public var json: JSONValue {
    .object([
      ("store", .string(store)),
      (
        "fetched",
        .array(outcomes.map { JSONValue.object(zip(Self.header, fields($0)).map { ($0, $1) }) })
      ),
      ("upToDate", .array(upToDate.map(JSONValue.string))),
      (
        "failed",
        .array(
          failures.map {
            .object([("symbol", .string($0.symbol)), ("error", .string($0.message))])
          }
        )
      ),
    ])
  }

  /// One row per series fetched (the JSON `fetched` items; notes joined by "; ").
  public var csv: String {
    CSVWriter.table(
      header: Self.header,
      rows: outcomes.map { o in
        fields(o).map { v in
          switch v {
          case .string(let s): s
          case .integer(let i): String(i)
          case .array(let items):
            items.compactMap { if case .string(let s) = $0 { s } else { nil } }.joined(
              separator: "; ")
          default: ""
          }
        }
      })
  }

  static let header = [
    "symbol", "source", "instrument", "interval", "rows", "inserted", "revised", "unchanged",
    "first", "last", "requests", "checksum", "licence", "notes",
  ]

  func fields(_ o: FetchOutcome) -> [JSONValue] {
    let s = o.summary
    return [
      .string(o.result.symbol), .string(o.result.source), .string(o.result.instrument),
      .string(o.interval.rawValue), .integer(s?.rows ?? 0), .integer(s?.inserted ?? 0),
      .integer(s?.revised ?? 0), .integer(s?.unchanged ?? 0),
      s?.first.map { .string(ObservationCheck.label($0)) } ?? .null,
      s?.last.map { .string(ObservationCheck.label($0)) } ?? .null,
      .integer(o.result.requests.count), s.map { .string($0.checksum) } ?? .null,
      .string(o.result.licence), .array(o.result.notes.map(JSONValue.string)),
    ]
  }
}
