import ArgumentParser
import DecoupleConnectors
import DecoupleData
import DecoupleRender
import DecoupleStore
import Foundation

/// `decouple update`: refresh every fetched series in the store, incrementally.
struct UpdateCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "update", abstract: "Refresh every fetched series in the store, incrementally.",
    discussion: """
      For each stored series from a live source, fetches only what is missing after its last \
      observation plus an overlap of \(Refresh.overlap) intervals; a changed value in the overlap is \
      recorded as a revision (old and new kept), not silently overwritten. A series with nothing \
      new to fetch yet makes no request. Imported series are left alone. Each series is its own \
      transaction; the first failure stops the update with exit 1 (earlier series stay written).
      """)

  @Option(help: "Output: text or json.")
  var format: OutputFormat = .text

  @OptionGroup var storeOptions: StoreOptions

  func validate() throws {
    if format == .csv { throw ValidationError("update writes text or json, not csv.") }
  }

  func run() async throws {
    let env = ProcessInfo.processInfo.environment
    guard let store = try storeOptions.location.openIfPresent() else {
      print("Nothing to update: there is no store at \(storeOptions.location.path) yet;")
      print("`decouple fetch SYMBOL` or `decouple import FILE --as SYMBOL` creates it.")
      return
    }
    let now = Refresh.now(environment: env)
    let http = Refresh.httpClient(environment: env)
    var outcomes: [Refresh.Outcome] = []
    var upToDate: [String] = []
    for listing in try store.listing() where listing.series.source != "import" {
      let s = listing.series
      let connector = try Connectors.named(s.source, environment: env)
      let start: Int64
      if let last = listing.last {
        guard
          let from = Refresh.incrementalStart(
            last: last, interval: s.frequency, now: now)
        else {
          upToDate.append(s.symbol)
          continue
        }
        start = from
      } else {
        start = Day(iso: "2015-01-01")!.startTime
      }
      Progress.line("Updating \(s.symbol) from \(s.source)…")
      outcomes.append(
        try await Refresh.fetch(
          FetchRequest(symbol: s.symbol, interval: s.frequency, from: start, to: now),
          with: connector, into: store, http: http))
    }
    Progress.done()
    try UpdateReport(store: store.path, outcomes: outcomes, upToDate: upToDate).print(format)
  }
}

/// What `fetch` and `update` print.
struct UpdateReport {
  var store: String
  var outcomes: [Refresh.Outcome]
  var upToDate: [String]

  func print(_ format: OutputFormat) throws {
    switch format {
    case .json: Swift.print(json.serialized(pretty: true))
    default: Swift.print(text, terminator: "")
    }
  }

  var text: String {
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
    if !upToDate.isEmpty {
      out += "Up to date (nothing new to fetch yet): \(upToDate.joined(separator: ", ")).\n"
    }
    out += "Store: \(store)\n"
    return out
  }

  var json: JSONValue {
    .object([
      ("store", .string(store)),
      (
        "fetched",
        .array(
          outcomes.map { o in
            let s = o.summary
            return .object([
              ("symbol", .string(o.result.symbol)), ("source", .string(o.result.source)),
              ("instrument", .string(o.result.instrument)),
              ("interval", .string(o.interval.rawValue)),
              ("rows", .integer(s?.rows ?? 0)), ("inserted", .integer(s?.inserted ?? 0)),
              ("revised", .integer(s?.revised ?? 0)), ("unchanged", .integer(s?.unchanged ?? 0)),
              ("first", s?.first.map { .string(ObservationCheck.label($0)) } ?? .null),
              ("last", s?.last.map { .string(ObservationCheck.label($0)) } ?? .null),
              ("requests", .integer(o.result.requests.count)),
              ("checksum", s.map { .string($0.checksum) } ?? .null),
              ("licence", .string(o.result.licence)),
              ("notes", .array(o.result.notes.map(JSONValue.string))),
            ])
          })
      ),
      ("upToDate", .array(upToDate.map(JSONValue.string))),
    ])
  }
}
