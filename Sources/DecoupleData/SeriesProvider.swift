/// A place that holds named series, consulted by `SeriesResolver` before the embedded dataset
/// (the local store is one; see `DecoupleStore`).
public protocol SeriesProvider {
  /// The daily series stored under `symbol` (case-insensitive), or `nil` when there is none.
  func dailySeries(_ symbol: String) throws -> DailySeries?
  /// Every symbol it holds, for "unknown symbol" messages.
  func symbols() throws -> [String]
}
