import Foundation

/// The files behind the interactive charts — the vendored chart library (TradingView
/// Lightweight Charts, Apache-2.0, with its licence and notice), the shared helpers
/// (`common.js`), the charts (`charts.js`, `charts.css`) and the report's own script
/// (`report.js`) — read once from this module's resources. The dashboard serves them and the
/// HTML report inlines them: one copy of each.
public enum InteractiveAssets {
  /// Every file by its path inside the folder (`charts.js`, `vendor/…`). Empty only if the
  /// module's resources are missing from the build.
  public static let files: [String: Data] = {
    var files: [String: Data] = [:]
    guard let root = Bundle.module.url(forResource: "Interactive", withExtension: nil) else {
      return files
    }
    for folder in ["", "vendor"] {
      let dir = folder.isEmpty ? root : root.appendingPathComponent(folder)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
      for name in names {
        let url = dir.appendingPathComponent(name)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
          !isDirectory.boolValue, let data = try? Data(contentsOf: url)
        else { continue }
        files[folder.isEmpty ? name : "\(folder)/\(name)"] = data
      }
    }
    return files
  }()

  /// The chart library's file name inside `vendor/`.
  public static let chartLibrary = "vendor/lightweight-charts.standalone.production.js"

  /// The text of the file at `path`; empty when there is no such file.
  public static func text(_ path: String) -> String {
    files[path].map { String(decoding: $0, as: UTF8.self) } ?? ""
  }
}
