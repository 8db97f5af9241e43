import DecoupleConnectors
import DecoupleData
import DecoupleStore

extension Workspace {
  /// The factor by which a source's adjusted values changed in the overlap with the store: the
  /// ratio new ÷ stored when every overlapping row changed by the same factor (within 1e-6,
  /// relative), which is what a new dividend or split does to an adjusted close; `nil` when no
  /// row overlaps, nothing changed, or the changes are not one factor (ordinary revisions).
  public static func adjustmentFactor(stored: [Observation], fetched: [Observation]) -> Double? {
    let old = Dictionary(stored.map { ($0.time, $0.value) }, uniquingKeysWith: { $1 })
    let ratios = fetched.compactMap { o in old[o.time].flatMap { $0 != 0 ? o.value / $0 : nil } }
    guard let r = ratios.first, abs(r - 1) > 1e-9 else { return nil }
    return ratios.allSatisfy { abs($0 / r - 1) < 1e-6 } ? r : nil
  }

  /// For a source whose values are adjusted closes (Yahoo): when an incremental fetch finds the
  /// overlap rescaled by one factor, the adjustment changed for the whole history, so the
  /// series is fetched again from its first stored row (the changed values become revisions)
  /// and a note says so. `nil` when nothing needs fetching again.
  func refetchIfAdjusted(
    _ result: FetchResult, request: FetchRequest, with connector: any Connector, store: Store,
    http: HTTPClient
  ) async throws -> FetchResult? {
    guard result.source == "yahoo", request.interval == .day,
      let series = try store.series(result.symbol, source: result.source, frequency: .day),
      let first = try store.observations(series).first, first.time < request.from,
      let factor = Self.adjustmentFactor(
        stored: try store.observations(series, from: request.from), fetched: result.observations)
    else { return nil }
    var again = request
    again.from = first.time
    var refetched = try await connector.fetch(again, http: http)
    let shown = (factor * 10_000).rounded() / 10_000
    refetched.notes.append(
      "Yahoo's adjusted closes in the overlap changed by a factor of \(shown) (a dividend or "
        + "split since the last fetch), so the whole history from "
        + "\(ObservationCheck.label(first.time)) was fetched again.")
    return refetched
  }
}
