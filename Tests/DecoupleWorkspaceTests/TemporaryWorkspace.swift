import DecoupleData
import DecoupleWorkspace
import Foundation

/// A workspace on a store of its own in a temporary folder, removed by ``remove()``.
struct TemporaryWorkspace {
  let folder: URL
  let workspace: Workspace

  init(fileAsset: String? = nil, environment: [String: String] = [:]) {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "decouple-workspace-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    workspace = Workspace(
      storePath: folder.appendingPathComponent("store.sqlite").path, environment: environment,
      fileAsset: fileAsset)
  }

  /// Writes `series` as a `date,value` CSV file in the folder and returns its path.
  func csv(_ name: String, _ series: DailySeries) throws -> String {
    let url = folder.appendingPathComponent(name)
    var text = "date,value\n"
    for (d, v) in zip(series.days, series.values) { text += "\(d.iso),\(v)\n" }
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  /// Imports `series` into the store under `symbol` (through a CSV file, as a user would).
  func store(_ series: DailySeries, as symbol: String, kind: DatasetKind? = nil) throws {
    _ = try workspace.importFile(
      try csv(symbol.replacingOccurrences(of: ":", with: "_") + ".csv", series), as: symbol,
      kind: kind)
  }

  func remove() { try? FileManager.default.removeItem(at: folder) }
}

/// `series` with each value moved by a small deterministic wiggle (so returns change).
func perturbed(_ series: DailySeries, by size: Double = 0.02, additive: Bool = false)
  -> DailySeries
{
  var s = series
  s.values = series.values.enumerated().map { i, v in
    additive ? v + size * sin(Double(i)) : v * (1 + size * sin(Double(i)))
  }
  return s
}
