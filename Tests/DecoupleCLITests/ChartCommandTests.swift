import Foundation
import TestSupport
import Testing

@Suite struct ChartCommandTests {
  static func tempDir() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "decouple-chart-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  @Test(arguments: ["performance", "correlation", "beta", "gap", "scatter", "matrix"])
  func writesEachKindAsSVG(_ kind: String) throws {
    let dir = try Self.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("\(kind).svg").path
    let r = try CLI.run(["chart", kind, "ETH", "RUT", "-o", out])
    #expect(r.status == 0, "\(r.stderr)")
    let svg = try String(contentsOfFile: out, encoding: .utf8)
    #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(svg.contains("<title id=\"\(kind)-title\">"))
    // One line on stdout names the file written; stderr stays quiet.
    #expect(r.stdout == "Wrote the \(kind) chart to \(out).\n")
    #expect(r.stderr.isEmpty)
    // Only the output file: the temporary file was renamed into place.
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["\(kind).svg"])
  }

  @Test func writesPNGWhenRsvgConvertIsInstalled() throws {
    let dir = try Self.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("c.png").path
    let r = try CLI.run(["chart", "correlation", "ETH", "RUT", "-o", out, "--window", "60"])
    if Tools.find("rsvg-convert") == nil {
      #expect(r.status == 1)
      #expect(r.stderr.contains("librsvg2-bin"))
      #expect(!FileManager.default.fileExists(atPath: out))
      return
    }
    #expect(r.status == 0, "\(r.stderr)")
    let png = try Data(contentsOf: URL(fileURLWithPath: out))
    let size = try #require(PNGInfo(png))
    #expect(size.width == 1600 && size.height == 760)  // 800 × 380 at 2×
  }

  @Test func scatterTakesTwoChosenPeriods() throws {
    let dir = try Self.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("s.svg").path
    let r = try CLI.run([
      "chart", "scatter", "ETH", "RUT", "-o", out, "--periods",
      "2020-01-01:2020-12-31,2026-01-01:2026-06-04",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let svg = try String(contentsOfFile: out, encoding: .utf8)
    #expect(svg.contains("data-series=\"2020-01-02 to 2020-12-31\""))
    #expect(svg.components(separatedBy: "class=\"fit\"").count - 1 == 2)
    let bad = try CLI.run(["chart", "scatter", "ETH", "RUT", "-o", out, "--periods", "2020"])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("FROM:TO"))
  }

  @Test func pngWithoutRsvgConvertNamesThePackageAndWritesNothing() throws {
    let dir = try Self.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("c.png").path
    let r = try CLI.run(
      ["chart", "beta", "ETH", "RUT", "-o", out], environment: ["PATH": dir.path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("rsvg-convert") && r.stderr.contains("librsvg2-bin"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
  }

  @Test func unknownKindIsAUsageError() throws {
    let r = try CLI.run(["chart", "pie", "ETH", "RUT", "-o", "/tmp/x.svg"])
    #expect(r.status == 64)
    #expect(r.stderr.contains("pie"))
  }

  @Test func wrongExtensionIsAUsageError() throws {
    let r = try CLI.run(["chart", "beta", "ETH", "RUT", "-o", "/tmp/x.pdf"])
    #expect(r.status == 64)
    #expect(r.stderr.contains(".svg or .png"))
  }

  @Test func unwritablePathFailsCleanly() throws {
    let out = "/nonexistent-dir-\(UUID().uuidString)/c.svg"
    let r = try CLI.run(["chart", "beta", "ETH", "RUT", "-o", out])
    #expect(r.status == 1)
    #expect(r.stderr.hasPrefix("Error: Cannot write"))
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test func emptyRangeFailsAndWritesNothing() throws {
    let dir = try Self.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    for args in [
      ["chart", "gap", "ETH", "RUT"], ["report", "ETH", "RUT"],
    ] {
      let out = dir.appendingPathComponent("x.\(args[0] == "report" ? "html" : "svg")").path
      let r = try CLI.run(args + ["-o", out, "--from", "2030-01-01"])
      #expect(r.status == 1, "\(args)")
      #expect(r.stderr.hasPrefix("Error: "))
      #expect(r.stdout.isEmpty, "\(args): nothing written, nothing confirmed")
      #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
  }

  @Test func reportConfirmsTheFileWritten() throws {
    let dir = try Self.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("r.html").path
    let r = try CLI.run(["report", "ETH", "RUT", "-o", out, "--no-matrix"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "Wrote the report of ETH and RUT to \(out).\n")
    #expect(FileManager.default.fileExists(atPath: out))
  }

  @Test func chartAndReportDoNotOfferFormat() throws {
    let r = try CLI.run(["chart", "gap", "ETH", "RUT", "-o", "x.svg", "--format", "json"])
    #expect(r.status == 64, "\(r.stderr)")
  }
}

/// Finds executables on PATH.
enum Tools {
  static func find(_ name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for dir in path.split(separator: ":") {
      let url = URL(fileURLWithPath: String(dir)).appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return nil
  }
}

/// The size of a PNG, read from its IHDR chunk.
struct PNGInfo {
  var width: Int
  var height: Int

  init?(_ data: Data) {
    let b = [UInt8](data.prefix(24))
    guard b.count == 24, b[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else {
      return nil
    }
    func be32(_ i: Int) -> Int { b[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) } }
    width = be32(16)
    height = be32(20)
  }
}

/// `chart matrix` and the report's matrix are the same picture: the same pairs, days and values.
@Suite struct MatrixConsistencyTests {
  @Test func chartMatrixIsTheReportsMatrix() throws {
    let chart = try CLI.run(["chart", "matrix", "ETH", "RUT", "-o", "-"])
    #expect(chart.status == 0, "\(chart.stderr)")
    let report = try CLI.run(["report", "ETH", "RUT", "-o", "-"])
    #expect(report.status == 0, "\(report.stderr)")
    let svg = chart.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(svg.hasPrefix("<svg"))
    #expect(report.stdout.contains(svg), "the report's matrix differs from chart matrix")
  }
}
