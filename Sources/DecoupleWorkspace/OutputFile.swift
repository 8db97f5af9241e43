import Foundation

/// Why a chart or report could not be written.
public enum OutputError: Error, Sendable, Equatable {
  /// The file could not be written (missing directory, no permission…).
  case unwritable(path: String, reason: String)
  /// PNG export needs `rsvg-convert`, which is not installed.
  case rasterizerMissing
  /// `rsvg-convert` ran and failed.
  case rasterizerFailed(status: Int32, message: String)
  /// The output name ends in neither of the extensions the command writes.
  case unsupportedExtension(path: String, expected: [String])
}

extension OutputError: CustomStringConvertible {
  public var description: String {
    switch self {
    case let .unwritable(path, reason):
      "Cannot write '\(path)': \(reason)"
    case .rasterizerMissing:
      "PNG export needs rsvg-convert, which was not found on PATH."
    case let .rasterizerFailed(status, message):
      "rsvg-convert failed (status \(status)): \(message)"
    case let .unsupportedExtension(path, expected):
      "'\(path)' does not end in \(expected.map { "." + $0 }.joined(separator: " or "))."
    }
  }
}

/// Writes output files atomically: a temporary file in the same directory, renamed into place,
/// so a failure never leaves a partial file behind.
enum OutputFile {
  /// Writes `data` to `path` atomically.
  /// - Throws: ``OutputError/unwritable(path:reason:)``.
  static func write(_ data: Data, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let dir = url.deletingLastPathComponent()
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue
    else {
      throw OutputError.unwritable(path: path, reason: "the directory \(dir.path) does not exist.")
    }
    let temp = dir.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    guard FileManager.default.createFile(atPath: temp.path, contents: data) else {
      throw OutputError.unwritable(path: path, reason: "permission denied or disk full.")
    }
    if rename(temp.path, url.path) != 0 {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temp)
      throw OutputError.unwritable(path: path, reason: reason + ".")
    }
  }

  /// Writes `svg` to `path` as SVG, or as PNG through `rsvg-convert` (found on `searchPath`)
  /// when `path` ends in `.png` (at `scale` × the SVG's pixel size).
  static func writeChart(_ svg: String, to path: String, scale: Double, searchPath: String?)
    throws
  {
    switch URL(fileURLWithPath: path).pathExtension.lowercased() {
    case "svg": try write(Data(svg.utf8), to: path)
    case "png": try write(try PNGExport.render(svg, scale: scale, searchPath: searchPath), to: path)
    default: throw OutputError.unsupportedExtension(path: path, expected: ["svg", "png"])
    }
  }
}

extension Workspace {
  /// Writes `data` to `path` atomically (a temporary file in the same folder, renamed into
  /// place): on any failure nothing is left behind and what was there stays.
  /// - Throws: ``OutputError/unwritable(path:reason:)``.
  public func write(_ data: Data, to path: String) throws {
    try OutputFile.write(data, to: NSString(string: path).expandingTildeInPath)
  }

  /// Writes `svg` to `path` as SVG, or as PNG through `rsvg-convert` when `path` ends in
  /// `.png` (at `scale` × the SVG's pixel size); atomically like ``write(_:to:)``.
  /// - Throws: ``OutputError`` (unsupported extension, rasterizer missing or failing,
  ///   unwritable path).
  public func writeChart(_ svg: String, to path: String, scale: Double = 2) throws {
    try OutputFile.writeChart(
      svg, to: NSString(string: path).expandingTildeInPath, scale: scale,
      searchPath: environment["PATH"])
  }
}
