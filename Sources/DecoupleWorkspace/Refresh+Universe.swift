import DecoupleConnectors
import DecoupleData
import DecoupleStore

extension Workspace {
  /// The source and symbol a universe member is fetched from: `ndx` members from Yahoo by
  /// ticker; `crypto` members (`BTC-CG`…) from CoinGecko, stored under the member's own symbol.
  public static func universeSource(_ universe: DatasetUniverse) -> String {
    universe.name == "crypto" ? "coingecko" : "yahoo"
  }

  /// Fetches every member of the embedded universe `name` into the store, at most
  /// `concurrency` at a time, each as ``fetch(_:source:from:to:interval:progress:)`` would
  /// (incremental after what is stored), with `source` overriding ``universeSource(_:)``.
  /// A member that fails is reported in ``UpdateReport/failures`` and the others go on; each
  /// member is its own transaction. Progress is the number of members done.
  /// - Throws: ``WorkspaceError/unknownUniverse(name:known:)``, `FetchError.unknownSource`,
  ///   `StoreError`.
  public func fetchUniverse(
    _ name: String, source: String? = nil, from: Day? = nil, to: Day? = nil,
    interval: Interval = .day, concurrency: Int = 4,
    progress: @escaping ProgressHandler = { _ in }
  ) async throws -> UpdateReport {
    guard let universe = Dataset.universe(name) else {
      throw WorkspaceError.unknownUniverse(name: name, known: Dataset.universes.map(\.name))
    }
    let connector = try Connectors.named(
      source ?? Self.universeSource(universe), environment: environment)
    guard connector.info.intervals.contains(interval) else {
      throw FetchError.unsupportedInterval(source: connector.info.id, interval: interval.rawValue)
    }
    let members = try Dataset.memberSymbols(of: universe)
    let store = try store()
    // Pages of many members at once would make one bar jump about: report members only.
    let http = httpClient { event in if case .status = event { progress(event) } }
    var report = UpdateReport(store: store.path, outcomes: [], upToDate: [])
    var results: [(Int, Result<UpdateReport, any Error>)] = []
    progress(
      .fraction(done: 0, total: members.count, label: "\(universe.name): 0 of \(members.count)"))
    await withTaskGroup(of: (Int, Result<UpdateReport, any Error>).self) { group in
      var next = 0
      func add() {
        let i = next
        next += 1
        group.addTask {
          do {
            return (
              i,
              .success(
                try await self.fetchOne(
                  members[i], with: connector, from: from, to: to, interval: interval,
                  store: store, http: http))
            )
          } catch {
            return (i, .failure(error))
          }
        }
      }
      while next < min(max(1, concurrency), members.count) { add() }
      while let done = await group.next() {
        results.append(done)
        progress(
          .fraction(
            done: results.count, total: members.count,
            label: "\(universe.name): \(results.count) of \(members.count), \(members[done.0])"))
        if next < members.count { add() }
      }
    }
    for (i, result) in results.sorted(by: { $0.0 < $1.0 }) {
      switch result {
      case .success(let r):
        report.outcomes += r.outcomes
        report.upToDate += r.upToDate
      case .failure(let error):
        report.failures.append(FetchFailure(symbol: members[i], message: "\(error)"))
      }
    }
    progress(.finished)
    return report
  }
}
