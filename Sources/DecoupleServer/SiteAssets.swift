import DecoupleRender
import Foundation

/// The dashboard's files (HTML, CSS, JavaScript; the chart library and chart code come from
/// ``InteractiveAssets``), read once from the modules' resources. Only names present at start-up are served: a request names a file,
/// never a path, so nothing outside the folder can be reached.
struct SiteAssets: Sendable {
  struct Asset: Sendable {
    var bytes: [UInt8]
    var contentType: String
  }

  private let files: [String: Asset]

  init() {
    var files: [String: Asset] = [:]
    // The chart library and the chart code, shared with the HTML report.
    for (name, data) in InteractiveAssets.files {
      files[name] = Asset(bytes: Array(data), contentType: Self.contentType(name))
    }
    if let root = Bundle.module.url(forResource: "Site", withExtension: nil) {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
      for name in names {
        guard let data = try? Data(contentsOf: root.appendingPathComponent(name)) else { continue }
        files[name] = Asset(bytes: Array(data), contentType: Self.contentType(name))
      }
    }
    self.files = files
  }

  /// The file named `name` (`app.css`, `vendor/lightweight-charts…js`), or nil.
  subscript(name: String) -> Asset? { files[name] }

  static func contentType(_ name: String) -> String {
    switch name.split(separator: ".").last.map(String.init) ?? "" {
    case "html": "text/html; charset=utf-8"
    case "css": "text/css; charset=utf-8"
    case "js": "text/javascript; charset=utf-8"
    case "svg": "image/svg+xml"
    case "json": "application/json"
    case "png": "image/png"
    default: "text/plain; charset=utf-8"
    }
  }
}
