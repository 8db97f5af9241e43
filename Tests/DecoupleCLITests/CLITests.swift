import Foundation
import TestSupport
import Testing

/// Runs the real `decouple` executable, built next to the test binary, as a user would.
enum CLI {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static var executable: URL {
    URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
      .appendingPathComponent("decouple")
  }

  /// A data directory of the tests' own, so that a store the developer fetched into (the
  /// default under `~/.local/share`) never changes what the tests see.
  static let dataHome = FileManager.default.temporaryDirectory.appendingPathComponent(
    "decouple-cli-data-\(UUID().uuidString)"
  ).path

  /// Runs `decouple` with `arguments`; `environment` entries override the test's own.
  /// `XDG_DATA_HOME` points at `dataHome` unless `environment` sets it. It runs in
  /// `directory` when given (the test's own otherwise).
  static func run(
    _ arguments: [String], environment: [String: String] = [:], directory: URL? = nil
  ) throws -> Result {
    let (p, out, err) = try launch(arguments, environment: environment, directory: directory)
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Result(
      status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
      stderr: String(decoding: e, as: UTF8.self))
  }

  /// Starts `decouple` with `arguments` (environment and folder as ``run(_:environment:directory:)``)
  /// without waiting: the process, its stdout and its stderr.
  static func launch(
    _ arguments: [String], environment: [String: String] = [:], directory: URL? = nil
  ) throws -> (Process, Pipe, Pipe) {
    let p = Process()
    p.executableURL = executable
    if let directory { p.currentDirectoryURL = directory }
    p.arguments = arguments
    p.environment = ProcessInfo.processInfo.environment.merging(
      ["XDG_DATA_HOME": dataHome].merging(environment) { $1 }
    ) { $1 }
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    return (p, out, err)
  }

  /// A temporary file holding `text`, removed by the caller.
  static func temporaryFile(_ name: String, _ text: String) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "decouple-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
  }
}
