import DecoupleWorkspace
import Foundation
import TestSupport
import Testing

/// `OutputError` descriptions name the path, the status and the reason, with no CLI advice.
@Suite struct OutputErrorTests {
  static let cases: [(OutputError, [String])] = [
    (
      .unwritable(path: "/nowhere/x.svg", reason: "the directory /nowhere does not exist."),
      ["'/nowhere/x.svg'", "/nowhere does not exist"]
    ),
    (.rasterizerMissing, ["rsvg-convert", "PATH"]),
    (.rasterizerFailed(status: 3, message: "bad SVG."), ["status 3", "bad SVG"]),
    (.unsupportedExtension(path: "c.txt", expected: ["svg", "png"]), ["'c.txt'", ".svg or .png"]),
    (.notRegularFile(path: "/dev/null", kind: "a character device"), ["'/dev/null'", "device"]),
  ]

  static func index(_ e: OutputError) -> Int {
    switch e {
    case .unwritable: 0
    case .rasterizerMissing: 1
    case .rasterizerFailed: 2
    case .unsupportedExtension: 3
    case .notRegularFile: 4
    }
  }

  @Test func everyCaseIsCoveredAndFactual() {
    #expect(ErrorText.missing(Self.cases, count: 5, index: Self.index) == [])
    #expect(ErrorText.problems(Self.cases) == [])
  }

  @Test func aChartNamedWithAnotherExtensionIsRefusedBeforeWriting() {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("chart.txt").path
    #expect(throws: OutputError.unsupportedExtension(path: path, expected: ["svg", "png"])) {
      try Workspace().writeChart("<svg/>", to: path)
    }
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  /// The library refuses a device, a directory and a symbolic link, and a report not named
  /// .html/.htm, leaving them as they were.
  @Test func onlyARegularFileIsReplaced() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "decouple-out-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let link = dir.appendingPathComponent("l.svg").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/null")
    let ws = Workspace()
    #expect(throws: OutputError.notRegularFile(path: "/dev/null", kind: "a character device")) {
      try ws.write(Data("x".utf8), to: "/dev/null")
    }
    #expect(throws: OutputError.notRegularFile(path: dir.path, kind: "a directory")) {
      try ws.write(Data("x".utf8), to: dir.path)
    }
    #expect(throws: OutputError.notRegularFile(path: link, kind: "a symbolic link")) {
      try ws.writeChart("<svg/>", to: link)
    }
    #expect(throws: OutputError.unsupportedExtension(path: "x.png", expected: ["html", "htm"])) {
      try ws.writeReport("<html/>", to: "x.png")
    }
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "/dev/null")
  }
}
