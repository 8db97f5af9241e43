import DecoupleWorkspace
import Foundation
import Testing

@Suite struct AlertLogTests {
  /// A log in nested folders that do not exist yet, inside a temporary folder of its own
  /// (remove it with `removeFolder`).
  func temporaryLog() -> (AlertLog, folder: URL) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "decouple-alertlog-\(UUID().uuidString)")
    return (AlertLog(path: folder.appendingPathComponent("watch/alerts/log.jsonl").path), folder)
  }

  func removeFolder(_ folder: URL) { try? FileManager.default.removeItem(at: folder) }

  func contents(_ log: AlertLog) throws -> String {
    try String(contentsOfFile: log.path, encoding: .utf8)
  }

  @Test func appendsALineOncePerID() throws {
    let (log, folder) = temporaryLog()
    defer { removeFolder(folder) }
    let a = #"{"id":"a","pair":"ETH/RUT"}"#
    let b = #"{"pair":"BTC/SPX","id":"b"}"#
    #expect(try log.append(id: "a", line: a))
    #expect(try log.append(id: "a", line: a) == false)
    #expect(try log.append(id: "b", line: b))
    #expect(try log.append(id: "a", line: #"{"id":"a","pair":"again"}"#) == false)
    #expect(try contents(log) == a + "\n" + b + "\n")
    #expect(try log.lines() == [a, b])
    #expect(try log.ids() == ["a", "b"])
  }

  @Test func aMissingFileHasNoLines() throws {
    let (log, folder) = temporaryLog()
    defer { removeFolder(folder) }
    #expect(try log.lines().isEmpty)
    #expect(try log.ids().isEmpty)
    #expect(FileManager.default.fileExists(atPath: log.path) == false)
  }

  @Test func aTrailingPartialLineIsIgnoredThenCutOff() throws {
    let (log, folder) = temporaryLog()
    defer { removeFolder(folder) }
    try log.append(id: "a", line: #"{"id":"a"}"#)
    // A crash mid-write left half a line (this type's single write never does).
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log.path))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(#"{"id":"b","pai"#.utf8))
    try handle.close()
    #expect(try log.lines() == [#"{"id":"a"}"#])
    #expect(try log.ids() == ["a"])
    #expect(try log.append(id: "b", line: #"{"id":"b","pair":"x"}"#))
    #expect(try contents(log) == "{\"id\":\"a\"}\n{\"id\":\"b\",\"pair\":\"x\"}\n")
  }

  @Test func aPrettyBodyIsWrittenOnOneLine() throws {
    let (log, folder) = temporaryLog()
    defer { removeFolder(folder) }
    let pretty =
      "{\n  \"id\" : \"a\",\n  \"note\" : \"two  spaces\",\r\n  \"n\" : [\n    1,\n    2\n  ]\n}"
    try log.append(id: "a", line: pretty)
    let text = try contents(log)
    #expect(text == #"{"id" : "a","note" : "two  spaces","n" : [1,2]}"# + "\n")
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    #expect(object?["note"] as? String == "two  spaces")
  }

  @Test func aLineWithoutItsIDIsRefusedAndNothingIsWritten() throws {
    let (log, folder) = temporaryLog()
    defer { removeFolder(folder) }
    #expect(throws: DeliveryError.logLineWithoutID(path: log.path, id: "a", key: "id")) {
      try log.append(id: "a", line: #"{"id":"b"}"#)
    }
    #expect(throws: DeliveryError.self) { try log.append(id: "a", line: "not json") }
    #expect(FileManager.default.fileExists(atPath: log.path) == false)
  }

  @Test func anUnwritablePathSaysSo() throws {
    let (log, folder) = temporaryLog()
    defer { removeFolder(folder) }
    // The log's folder is a file.
    let logFolder = URL(fileURLWithPath: log.path).deletingLastPathComponent()
    try FileManager.default.createDirectory(
      at: logFolder.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data("x".utf8).write(to: logFolder)
    let e = #expect(throws: DeliveryError.self) {
      try log.append(id: "a", line: #"{"id":"a"}"#)
    }
    guard case let .logUnwritable(path, _) = e else {
      Issue.record("expected logUnwritable, got \(String(describing: e))")
      return
    }
    #expect(path == log.path)
  }

  @Test func concurrentAppendsOfDistinctIDsAllLandAsWholeLines() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "decouple-alertlog-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let log = AlertLog(path: folder.appendingPathComponent("log.jsonl").path)
    let padding = String(repeating: "x", count: 5_000)  // longer than PIPE_BUF (4,096 bytes)
    try await withThrowingTaskGroup(of: Void.self) { group in
      for task in 0..<8 {
        group.addTask {
          for i in 0..<10 {
            let id = "t\(task)-\(i)"
            try log.append(id: id, line: #"{"id":"\#(id)","pad":"\#(padding)"}"#)
          }
        }
      }
      try await group.waitForAll()
    }
    let text = try String(contentsOfFile: log.path, encoding: .utf8)
    #expect(text.hasSuffix("}\n"))
    let lines = text.split(separator: "\n")
    #expect(lines.count == 80)
    let expected = Set((0..<8).flatMap { t in (0..<10).map { "t\(t)-\($0)" } })
    #expect(try log.ids() == expected)
    for line in lines {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String]
      #expect(object?["pad"] == padding)
    }
  }

  @Test func concurrentAppendsOfOneIDWriteItOnce() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "decouple-alertlog-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let log = AlertLog(path: folder.appendingPathComponent("log.jsonl").path)
    let written = try await withThrowingTaskGroup(of: Bool.self) { group in
      for _ in 0..<8 { group.addTask { try log.append(id: "same", line: #"{"id":"same"}"#) } }
      return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
    }
    #expect(written == 1)
    #expect(try log.lines() == [#"{"id":"same"}"#])
  }
}
