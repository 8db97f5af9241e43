import Foundation
import TestSupport
import Testing

/// `report -o` and `chart -o` (issue 18, defect 1): only a regular file is ever replaced, the
/// extension decides the format or is refused, and `-o -` writes to standard output.
@Suite struct OutputTargetTests {
  /// A temporary folder holding a FIFO, a symbolic link to a file, a directory (each named with
  /// the extension `ext`) and that file.
  struct Targets {
    let dir: URL
    let ext: String
    var fifo: String { dir.appendingPathComponent("pipe." + ext).path }
    var file: String { dir.appendingPathComponent("kept.txt").path }
    var link: String { dir.appendingPathComponent("link." + ext).path }
    var folder: String { dir.appendingPathComponent("folder." + ext).path }

    init(_ ext: String = "html") throws {
      self.ext = ext
      dir = FileManager.default.temporaryDirectory.appendingPathComponent(
        "decouple-targets-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      try "kept\n".write(toFile: file, atomically: false, encoding: .utf8)
      try #require(mkfifo(fifo, 0o600) == 0)
      try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: file)
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    }

    /// The file type `lstat` sees at `path`.
    func type(_ path: String) -> mode_t {
      var st = stat()
      return lstat(path, &st) == 0 ? st.st_mode & S_IFMT : 0
    }

    /// Every entry is as it was made: same types, the link still points at the file, the file
    /// still holds its text, and nothing else (no temporary file) was left behind.
    func unchanged() throws -> Bool {
      let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
      let destination = try FileManager.default.destinationOfSymbolicLink(atPath: link)
      let text = try String(contentsOfFile: file, encoding: .utf8)
      return names == ["folder.\(ext)", "kept.txt", "link.\(ext)", "pipe.\(ext)"]
        && type(fifo) == S_IFIFO && type(link) == S_IFLNK && type(folder) == S_IFDIR
        && destination == file && text == "kept\n"
    }
  }

  /// `(command, the target's name with the command's extension, what lstat calls it)`.
  static let refusals: [([String], String, String)] = [
    (["report", "ETH", "RUT", "--no-matrix"], "pipe.html", "a FIFO"),
    (["report", "ETH", "RUT", "--no-matrix"], "link.html", "a symbolic link"),
    (["report", "ETH", "RUT", "--no-matrix"], "folder.html", "a directory"),
    (["chart", "beta", "ETH", "RUT"], "pipe.svg", "a FIFO"),
    (["chart", "beta", "ETH", "RUT"], "link.svg", "a symbolic link"),
    (["chart", "beta", "ETH", "RUT"], "folder.png", "a directory"),
  ]

  @Test(arguments: refusals)
  func refusesAnythingButARegularFile(_ command: [String], _ name: String, _ kind: String) throws {
    let t = try Targets(String(name.split(separator: ".")[1]))
    defer { try? FileManager.default.removeItem(at: t.dir) }
    let target = t.dir.appendingPathComponent(name).path
    let r = try CLI.run(command + ["--window", "60", "-o", target])
    #expect(r.status == 1, "\(r.stderr)")
    #expect(r.stderr.contains("'\(target)' is \(kind), not a regular file"), "\(r.stderr)")
    #expect(r.stderr.contains("-o -"))
    #expect(try t.unchanged())
  }

  @Test func replacesARegularFileAtomically() throws {
    let t = try Targets()
    defer { try? FileManager.default.removeItem(at: t.dir) }
    let out = t.dir.appendingPathComponent("old.html").path
    try "old".write(toFile: out, atomically: false, encoding: .utf8)
    let r = try CLI.run(["report", "ETH", "RUT", "--no-matrix", "--window", "60", "-o", out])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
  }

  /// `-o -` is standard output, as with most tools: nothing named `-` is created.
  @Test(arguments: [
    (["report", "ETH", "RUT", "--no-matrix"], "<!DOCTYPE html>"),
    (["chart", "beta", "ETH", "RUT"], "<svg xmlns="),
  ])
  func dashWritesToStandardOutput(_ command: [String], _ prefix: String) throws {
    let t = try Targets()
    defer { try? FileManager.default.removeItem(at: t.dir) }
    let r = try CLI.run(command + ["--window", "60", "-o", "-"], directory: t.dir)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix(prefix), "\(r.stdout.prefix(80))")
    #expect(!FileManager.default.fileExists(atPath: t.dir.appendingPathComponent("-").path))
    #expect(try t.unchanged())
  }

  /// The extension decides the format; any other is refused before anything is written.
  @Test(arguments: [
    (["report", "ETH", "RUT", "--no-matrix"], "r.png", ".html or .htm"),
    (["report", "ETH", "RUT", "--no-matrix"], "r", ".html or .htm"),
    (["chart", "beta", "ETH", "RUT"], "c.html", ".svg or .png"),
  ])
  func refusesAnotherExtension(_ command: [String], _ name: String, _ expected: String) throws {
    let t = try Targets()
    defer { try? FileManager.default.removeItem(at: t.dir) }
    let out = t.dir.appendingPathComponent(name).path
    let r = try CLI.run(command + ["-o", out])
    #expect(r.status == 64, "\(r.stderr)")
    #expect(r.stderr.contains(expected), "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out))
    #expect(try t.unchanged())
  }
}
