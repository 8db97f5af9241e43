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
  ]

  static func index(_ e: OutputError) -> Int {
    switch e {
    case .unwritable: 0
    case .rasterizerMissing: 1
    case .rasterizerFailed: 2
    case .unsupportedExtension: 3
    }
  }

  @Test func everyCaseIsCoveredAndFactual() {
    #expect(ErrorText.missing(Self.cases, count: 4, index: Self.index) == [])
    #expect(ErrorText.problems(Self.cases) == [])
  }

  @Test func aChartNamedWithAnotherExtensionIsRefusedBeforeWriting() {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("chart.txt").path
    #expect(throws: OutputError.unsupportedExtension(path: path, expected: ["svg", "png"])) {
      try Workspace().writeChart("<svg/>", to: path)
    }
    #expect(!FileManager.default.fileExists(atPath: path))
  }
}
