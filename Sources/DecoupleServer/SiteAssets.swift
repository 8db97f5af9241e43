import Foundation

/// The dashboard's files (HTML, CSS, JavaScript, the vendored chart library), read once from
/// the module's resources. Only names present at start-up are served: a request names a file,
/// never a path, so nothing outside the folder can be reached.
struct SiteAssets: Sendable {
  struct Asset: Sendable {
    var bytes: [UInt8]
    var contentType: String
  }

  private let files: [String: Asset]

  init() {
    var files: [String: Asset] = [:]
    if let root = Bundle.module.url(forResource: "Site", withExtension: nil) {
      for folder in ["", "vendor"] {
        let dir = folder.isEmpty ? root : root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        for name in names {
          let url = dir.appendingPathComponent(name)
          guard let data = try? Data(contentsOf: url) else { continue }
          let key = folder.isEmpty ? name : "\(folder)/\(name)"
          files[key] = Asset(bytes: Array(data), contentType: Self.contentType(name))
        }
      }
    }
    self.files = files
  }

  /// The file named `name` (`app.css`, `vendor/lightweight-charts…js`), or nil.
  subscript(name: String) -> Asset? { files[name] }

  /// The names served.
  var names: [String] { files.keys.sorted() }

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
