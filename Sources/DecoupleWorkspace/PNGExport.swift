import Foundation

/// PNG rendering through `rsvg-convert` (librsvg), when it is installed, and opening a page in
/// the user's browser: the one place that starts processes.
enum PNGExport {
  /// The executable `name` on `searchPath` (a `PATH` value), or `nil`.
  static func executable(_ name: String, searchPath: String?) -> URL? {
    let path = searchPath ?? "/usr/bin:/bin"
    for dir in path.split(separator: ":") {
      let url = URL(fileURLWithPath: String(dir)).appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return nil
  }

  /// The `rsvg-convert` executable on `searchPath` (a `PATH` value), or `nil`.
  static func rasterizer(searchPath: String?) -> URL? {
    executable("rsvg-convert", searchPath: searchPath)
  }

  /// Starts `xdg-open` (or macOS's `open`) on `url` without waiting; false when neither is on
  /// `searchPath` or it cannot start.
  static func openInBrowser(_ url: String, searchPath: String?) -> Bool {
    guard
      let tool = executable("xdg-open", searchPath: searchPath)
        ?? executable("open", searchPath: searchPath)
    else { return false }
    let p = Process()
    p.executableURL = tool
    p.arguments = [url]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    return (try? p.run()) != nil
  }

  /// The PNG bytes of `svg`, rendered at `scale` × its size on a white background.
  /// - Throws: ``OutputError/rasterizerMissing`` when `rsvg-convert` is not on `PATH`;
  ///   ``OutputError/rasterizerFailed(status:message:)`` when it fails.
  static func render(_ svg: String, scale: Double = 2, searchPath: String?) throws -> Data {
    guard let tool = rasterizer(searchPath: searchPath) else { throw OutputError.rasterizerMissing }
    let p = Process()
    p.executableURL = tool
    p.arguments = ["--format", "png", "--zoom", String(scale), "--background-color", "white"]
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    p.standardInput = input
    p.standardOutput = output
    p.standardError = errors
    try p.run()
    // Write on another thread so a large image cannot deadlock on full pipes.
    let writer = Thread {
      input.fileHandleForWriting.write(Data(svg.utf8))
      try? input.fileHandleForWriting.close()
    }
    writer.start()
    let png = output.fileHandleForReading.readDataToEndOfFile()
    let err = errors.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    guard p.terminationStatus == 0, !png.isEmpty else {
      throw OutputError.rasterizerFailed(
        status: p.terminationStatus,
        message: String(decoding: err, as: UTF8.self).trimmingCharacters(
          in: .whitespacesAndNewlines))
    }
    return png
  }
}
