import DecoupleConnectors
import DecoupleData
import DecoupleStore

extension Workspace {
  /// Brings each of `symbols` up to date in the store, as a watch needs before it evaluates:
  /// a series the store holds from a live source is fetched incrementally (nothing is asked
  /// when nothing new can exist yet); one it holds as an import is left alone; one it does not
  /// hold is fetched from its default source. A symbol that fails is reported in
  /// ``UpdateReport/failures`` and the others go on; each is its own transaction.
  /// - Throws: `StoreError` when the store cannot be opened.
  public func refresh(
    _ symbols: [String], progress: @escaping ProgressHandler = { _ in }
  ) async throws -> UpdateReport {
    let store = try store()
    let http = httpClient(progress)
    var report = UpdateReport(store: store.path, outcomes: [], upToDate: [])
    for symbol in symbols {
      do {
        let held = try store.series(symbol.uppercased())
        if held?.source == "import" {
          report.upToDate.append(symbol.uppercased())
          continue
        }
        let source = held?.source ?? Connectors.defaultSource(for: symbol)
        let connector = try Connectors.named(source, environment: environment)
        let r = try await fetchOne(
          symbol, with: connector, from: nil, to: nil,
          interval: held?.frequency ?? .day, store: store, http: http)
        report.outcomes += r.outcomes
        report.upToDate += r.upToDate
      } catch {
        report.failures.append(FetchFailure(symbol: symbol.uppercased(), message: "\(error)"))
      }
    }
    progress(.finished)
    return report
  }
}
