import DecoupleData
import Foundation

/// FRED (Federal Reserve Bank of St. Louis). Without a key: the graph CSV
/// `GET /graph/fredgraph.csv?id=DGS2&cosd=&coed=`, header `observation_date,DGS2` (formerly
/// `DATE,DGS2`), `.` for a missing value — read by the same `Importer` as a downloaded file.
/// With `DECOUPLE_FRED_API_KEY`: the JSON API `GET /fred/series/observations?series_id=&api_key=
/// &file_type=json`, `{"count": n, "offset": o, "limit": l, "observations": [{"date", "value"}]}`,
/// paged by `offset` (100,000 a request); a page starting at another offset than asked is an
/// error (`malformed`), never rows stored twice or skipped.
public struct FRED: Connector {
  public var baseURL: URL
  public var apiURL: URL
  public var apiKey: String?

  public init(
    baseURL: URL = URL(string: "https://fred.stlouisfed.org")!,
    apiURL: URL = URL(string: "https://api.stlouisfed.org")!, apiKey: String? = nil
  ) {
    self.baseURL = baseURL
    self.apiURL = apiURL
    self.apiKey = apiKey
  }

  public static let keyVariable = "DECOUPLE_FRED_API_KEY"
  public static let pageSize = 100_000

  public var info: ConnectorInfo {
    ConnectorInfo(
      id: "fred", name: "FRED (St. Louis Fed)",
      serves: "rates and yields (DGS2, DGS10, DFF, SOFR…), daily as published",
      symbols: ["DGS2", "DGS10", "DFF", "SOFR"], intervals: [.day],
      limits: "no key: fredgraph.csv (whole series); with a key: JSON API, 100,000 rows a "
        + "request, 120 requests a minute",
      keyVariable: Self.keyVariable, licence: "FRED terms of use; some series carry their own",
      baseURLVariable: "DECOUPLE_FRED_URL, DECOUPLE_FRED_API_URL")
  }

  public func fetch(_ request: FetchRequest, http: HTTPClient) async throws -> FetchResult {
    guard request.interval == .day else {
      throw FetchError.unsupportedInterval(source: info.id, interval: request.interval.rawValue)
    }
    let id = request.symbol.uppercased()
    var result = FetchResult(
      symbol: id, source: info.id, instrument: id, kind: .rate, unit: "percent",
      timeZone: "America/Chicago", calendar: .published, licence: info.licence ?? "")
    let from = Observation(time: request.from, value: 0).day
    let to = Observation(time: request.to - 1, value: 0).day
    if let apiKey, !apiKey.isEmpty {
      try await fetchJSON(id, from, to, key: apiKey, http: http, into: &result)
    } else {
      try await fetchCSV(id, from, to, http: http, into: &result)
    }
    try ObservationCheck.finish(&result, request: request, now: request.now)
    return result
  }

  private func fetchCSV(
    _ id: String, _ from: Day, _ to: Day, http: HTTPClient, into result: inout FetchResult
  ) async throws {
    let url = baseURL.appending(
      path: "graph/fredgraph.csv", query: [("id", id), ("cosd", from.iso), ("coed", to.iso)])
    let r = try await http.get(url, source: info.id)
    result.requests.append(r.url)
    if r.isHTML {
      throw FetchError.htmlInsteadOfData(source: info.id, url: r.url, expected: "CSV")
    }
    guard r.status == 200 else {
      if r.status == 404 || r.status == 400 {
        throw FetchError.unknownSymbol(source: info.id, symbol: id, detail: "HTTP \(r.status)")
      }
      throw FetchError.httpStatus(source: info.id, url: r.url, status: r.status, detail: "")
    }
    let series: DailySeries
    do {
      let file = try Importer.parse(r.body, file: "fredgraph.csv?id=\(id)")
      guard file.format == .fred else {
        throw FetchError.malformed(
          source: info.id, url: r.url,
          reason: "the header is not 'observation_date,\(id)' or 'DATE,\(id)'")
      }
      series = try file.series(column: nil)
      result.notes += series.notes
    } catch let error as ImportError {
      if case .noData = error { return }
      throw FetchError.malformed(source: info.id, url: r.url, reason: "\(error)")
    }
    result.observations = zip(series.days, series.values).map {
      Observation(time: $0.startTime, value: $1)
    }
  }

  private func fetchJSON(
    _ id: String, _ from: Day, _ to: Day, key: String, http: HTTPClient,
    into result: inout FetchResult
  ) async throws {
    var offset = 0
    var missing = 0
    while true {
      let url = apiURL.appending(
        path: "fred/series/observations",
        query: [
          ("series_id", id), ("api_key", key), ("file_type", "json"),
          ("observation_start", from.iso), ("observation_end", to.iso),
          ("limit", "\(Self.pageSize)"), ("offset", "\(offset)"),
        ])
      let r = try await http.get(url, source: info.id)
      result.requests.append(r.url)
      let json = try JSONBody.parse(r, source: info.id) as? [String: Any]
      guard r.status == 200 else {
        let message = json?["error_message"] as? String ?? ""
        // "The series does not exist." or, for an ID FRED cannot take at all, "Invalid value for
        // variable series_id."
        if message.contains("does not exist") || message.contains("variable series_id") {
          throw FetchError.unknownSymbol(source: info.id, symbol: id, detail: message)
        }
        if message.lowercased().contains("api_key") {
          throw FetchError.refused(
            source: info.id,
            reason: "FRED rejected the API key in \(Self.keyVariable): \(message)")
        }
        throw FetchError.httpStatus(source: info.id, url: r.url, status: r.status, detail: message)
      }
      guard let rows = json?["observations"] as? [[String: Any]],
        let count = JSONBody.number(json?["count"])
      else { throw JSONBody.malformed(r, info.id, "no 'observations' list and 'count'") }
      // The answer names the offset it starts at: another one than asked (a server or proxy that
      // ignores `offset`) would repeat rows or skip them, so the fetch stops rather than store an
      // incomplete series.
      if let answered = JSONBody.number(json?["offset"]).map(Int.init), answered != offset {
        let dates = rows.compactMap { $0["date"] as? String }
        let span = dates.first.map { " (\($0) to \(dates.last ?? $0))" } ?? ""
        throw JSONBody.malformed(
          r, info.id,
          "asked for the observations from offset \(offset) of \(Int(count)), it answered with "
            + "those from offset \(answered)\(span)")
      }
      for row in rows {
        guard let date = row["date"] as? String, let day = Day(iso: date),
          let text = row["value"] as? String
        else { throw JSONBody.malformed(r, info.id, "an observation without date and value") }
        if text == "." {
          missing += 1
          continue
        }
        guard let value = Double(text) else {
          throw JSONBody.malformed(r, info.id, "value '\(text)' on \(date) is not a number")
        }
        result.observations.append(Observation(time: day.startTime, value: value))
      }
      offset += rows.count
      if rows.isEmpty || offset >= Int(count) { break }
    }
    if missing > 0 { result.notes.append("\(missing) days marked '.' (missing) were left out.") }
  }
}
