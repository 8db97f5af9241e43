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
  /// Something other than a regular file is at the path (`kind`: "a directory", "a symbolic
  /// link", "a FIFO", "a character device", "a block device", "a socket"); it is left as it is,
  /// since renaming a new file over it would destroy it.
  case notRegularFile(path: String, kind: String)
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
    case let .notRegularFile(path, kind):
      "'\(path)' is \(kind), not a regular file; it was left unchanged."
    }
  }
}

/// Writes output files atomically: a temporary file in the same directory, renamed into place,
/// so a failure never leaves a partial file behind. Only a regular file (or nothing) is ever
/// replaced: a directory, symbolic link, FIFO, device or socket at the path is refused.
enum OutputFile {
  /// The extensions of the HTML report.
  static let reportExtensions = ["html", "htm"]
  /// The extensions of a chart: SVG, or PNG through `rsvg-convert`.
  static let chartExtensions = ["svg", "png"]

  /// Throws unless `path` ends in one of `extensions` (case-insensitively).
  static func checkExtension(_ path: String, _ extensions: [String]) throws {
    guard extensions.contains(URL(fileURLWithPath: path).pathExtension.lowercased()) else {
      throw OutputError.unsupportedExtension(path: path, expected: extensions)
    }
  }

  /// Throws ``OutputError/notRegularFile(path:kind:)`` when something other than a regular file
  /// is at `path` (checked with `lstat`, so a symbolic link is seen as a link, not followed).
  static func checkTarget(_ path: String) throws {
    var st = stat()
    guard lstat(path, &st) == 0 else { return }  // nothing there (or unreachable: write says)
    let kind: String? =
      switch st.st_mode & S_IFMT {
      case S_IFREG: nil
      case S_IFDIR: "a directory"
      case S_IFLNK: "a symbolic link"
      case S_IFIFO: "a FIFO"
      case S_IFCHR: "a character device"
      case S_IFBLK: "a block device"
      case S_IFSOCK: "a socket"
      default: "not a regular file"
      }
    if let kind { throw OutputError.notRegularFile(path: path, kind: kind) }
  }

  /// Writes `data` to `path` atomically.
  /// - Throws: ``OutputError/notRegularFile(path:kind:)`` when something other than a regular
  ///   file is at `path`; ``OutputError/unwritable(path:reason:)``.
  static func write(_ data: Data, to path: String) throws {
    try checkTarget(path)
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
    try checkExtension(path, chartExtensions)
    try checkTarget(path)  // before rendering: refuse early, and render nothing in vain
    if URL(fileURLWithPath: path).pathExtension.lowercased() == "png" {
      try write(try PNGExport.render(svg, scale: scale, searchPath: searchPath), to: path)
    } else {
      try write(Data(svg.utf8), to: path)
    }
  }
}

extension Workspace {
  /// Writes `data` to `path` atomically (a temporary file in the same folder, renamed into
  /// place): on any failure nothing is left behind and what was there stays. Only a regular
  /// file is replaced; a directory, symbolic link, FIFO, device or socket at `path` is refused
  /// and left as it is. The name is taken literally (`-` is a file named `-`).
  /// - Throws: ``OutputError/notRegularFile(path:kind:)``,
  ///   ``OutputError/unwritable(path:reason:)``.
  public func write(_ data: Data, to path: String) throws {
    try OutputFile.write(data, to: NSString(string: path).expandingTildeInPath)
  }

  /// Writes the HTML report `html` to `path`, which must end in `.html` or `.htm` (any other
  /// name, `-` included, is refused before anything is written); atomically like
  /// ``write(_:to:)``.
  /// - Throws: ``OutputError/unsupportedExtension(path:expected:)``,
  ///   ``OutputError/notRegularFile(path:kind:)``, ``OutputError/unwritable(path:reason:)``.
  public func writeReport(_ html: String, to path: String) throws {
    let full = NSString(string: path).expandingTildeInPath
    try OutputFile.checkExtension(full, OutputFile.reportExtensions)
    try OutputFile.write(Data(html.utf8), to: full)
  }

  /// Writes `svg` to `path` as SVG, or as PNG through `rsvg-convert` when `path` ends in
  /// `.png` (at `scale` × the SVG's pixel size); atomically like ``write(_:to:)``. Any other
  /// name (`-` included) is refused, and so is a path holding anything but a regular file,
  /// before anything is rendered or written.
  /// - Throws: ``OutputError`` (unsupported extension, not a regular file, rasterizer missing
  ///   or failing, unwritable path).
  public func writeChart(_ svg: String, to path: String, scale: Double = 2) throws {
    try OutputFile.writeChart(
      svg, to: NSString(string: path).expandingTildeInPath, scale: scale,
      searchPath: environment["PATH"])
  }
}
