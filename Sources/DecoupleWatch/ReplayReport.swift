import DecoupleAnalysis
import DecoupleRender

/// `decouple watch --replay`: one replay per watched pair.
public struct ReplayReport: Sendable, Presentable {
  public var results: [(watch: String, result: Result<AlertReplay, any Error>)]

  public init(_ results: [(String, Result<AlertReplay, any Error>)]) {
    self.results = results.map { (watch: $0.0, result: $0.1) }
  }

  /// Pairs that could not be replayed.
  public var failures: Int {
    results.filter { if case .failure = $0.result { true } else { false } }.count
  }

  public var text: String {
    results.map { r in
      switch r.result {
      case .success(let replay): replay.text
      case .failure(let error): "\(r.watch) could not be replayed: \(error)\n"
      }
    }
    .joined(separator: "\n")
  }

  public var json: JSONValue {
    .object([
      (
        "replays",
        .array(
          results.map { r in
            switch r.result {
            case .success(let replay):
              guard case .object(let f) = replay.json else { return replay.json }
              return .object([("watch", .string(r.watch))] + f)
            case .failure(let error):
              return .object([("watch", .string(r.watch)), ("error", .string("\(error)"))])
            }
          })
      )
    ])
  }

  public var csv: String {
    CSVWriter.table(
      header: ["watch"] + AlertReplay.columns,
      rows: results.flatMap { r -> [[String]] in
        guard case .success(let replay) = r.result else { return [] }
        return replay.csvRows.map { [r.watch] + $0 }
      })
  }
}
