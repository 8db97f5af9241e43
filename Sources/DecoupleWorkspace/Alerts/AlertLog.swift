import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A JSON-lines file of alerts: one alert's JSON body per line, each line ending in a newline,
/// appended at most once per alert id.
///
/// Each line is a JSON object whose ``idKey`` member (`"id"`) is the alert's id; that is how the
/// log recognises an alert it already holds, by reading the file's ids before each append (the
/// file is meant to stay small: alerts, not observations).
///
/// Appends are safe across tasks and processes: each takes an exclusive `flock` on the file for
/// the read-check-write, and writes its line with a single `write` on a descriptor opened with
/// `O_APPEND`, so no line is ever split or interleaved with another. A trailing partial line
/// (left by a crash or a full disk, not by a normal append) is ignored when reading and cut off
/// by the next append, so every line of the file stays a whole JSON object.
public struct AlertLog: Sendable, Equatable {
  /// The file's path; its folders are created by the first append.
  public var path: String
  /// The member of each line's object that holds the alert id.
  public var idKey: String

  public init(path: String, idKey: String = "id") {
    self.path = path
    self.idKey = idKey
  }

  /// Appends `line` unless the file already holds an alert with `id`.
  ///
  /// `line` is the alert's JSON object; line breaks in it (a pretty-printed body) are removed
  /// with the indentation after them, which leaves JSON's meaning unchanged, since a JSON string
  /// cannot hold a raw line break. The file and its folders are created when missing.
  /// - Returns: `true` when the line was written, `false` when `id` was already in the file.
  /// - Throws: ``DeliveryError/logLineWithoutID(path:id:key:)`` unless `line` is a JSON object
  ///   whose ``idKey`` is `id` (nothing is written); ``DeliveryError/logUnwritable(path:reason:)``
  ///   when the folder or file cannot be created, read, locked or written (a short write, from
  ///   a full disk, is reported and leaves a partial line that the next append cuts off).
  @discardableResult
  public func append(id: String, line: String) throws -> Bool {
    let compact = Self.oneLine(line)
    guard Self.id(of: Data(compact.utf8), key: idKey) == id else {
      throw DeliveryError.logLineWithoutID(path: path, id: id, key: idKey)
    }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw DeliveryError.logUnwritable(path: path, reason: "cannot create its folder")
    }
    return try withLockedFile(flags: O_RDWR | O_APPEND | O_CREAT, lock: LOCK_EX) { fd in
      let data = try readAll(fd)
      let (lines, complete) = Self.split(data)
      if lines.contains(where: { Self.id(of: $0, key: idKey) == id }) { return false }
      if complete < data.count, ftruncate(fd, off_t(complete)) != 0 {
        throw unwritable("cannot cut off its partial last line")
      }
      let bytes = Array((compact + "\n").utf8)
      var written: Int
      repeat {
        written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      } while written < 0 && errno == EINTR
      if written < 0 { throw unwritable() }
      if written != bytes.count {
        throw unwritable("only \(written) of \(bytes.count) bytes were written")
      }
      return true
    }
  }

  /// The file's whole lines, in order (a trailing partial line left out); none when the file
  /// does not exist.
  /// - Throws: ``DeliveryError/logUnwritable(path:reason:)`` when it exists but cannot be read.
  public func lines() throws -> [String] {
    guard FileManager.default.fileExists(atPath: path) else { return [] }
    return try withLockedFile(flags: O_RDONLY, lock: LOCK_SH) { fd in
      Self.split(try readAll(fd)).lines.map { String(decoding: $0, as: UTF8.self) }
    }
  }

  /// The alert ids of the file's whole lines (lines that are not such JSON objects left out).
  public func ids() throws -> Set<String> {
    Set(try lines().compactMap { Self.id(of: Data($0.utf8), key: idKey) })
  }

  // MARK: - Implementation

  /// Opens the file, takes `lock` (waiting for it), runs `body`, then closes it (which releases
  /// the lock).
  private func withLockedFile<T>(flags: Int32, lock: Int32, _ body: (Int32) throws -> T) throws
    -> T
  {
    let fd = open(path, flags | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw unwritable() }
    defer { close(fd) }
    while flock(fd, lock) != 0 {
      if errno != EINTR { throw unwritable() }
    }
    return try body(fd)
  }

  /// The whole file, read from its start.
  private func readAll(_ fd: Int32) throws -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    var offset: off_t = 0
    while true {
      let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, offset) }
      if n < 0 {
        if errno == EINTR { continue }
        throw unwritable()
      }
      if n == 0 { return data }
      data.append(contentsOf: buffer[0..<n])
      offset += off_t(n)
    }
  }

  private func unwritable(_ reason: String? = nil) -> DeliveryError {
    .logUnwritable(path: path, reason: reason ?? String(cString: strerror(errno)))
  }

  /// The non-empty whole lines of `data` (without their newline) and the byte count up to and
  /// including the last newline (`data.count` when nothing trails it).
  static func split(_ data: Data) -> (lines: [Data], complete: Int) {
    var lines: [Data] = []
    var start = data.startIndex
    for i in data.indices where data[i] == UInt8(ascii: "\n") {
      if i > start { lines.append(Data(data[start..<i])) }
      start = i + 1
    }
    return (lines, start - data.startIndex)
  }

  /// The string `key` of the JSON object in `line`, or `nil`.
  static func id(of line: Data, key: String) -> String? {
    guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any] else {
      return nil
    }
    return object[key] as? String
  }

  /// `text` without line breaks and the spaces around them (outside JSON strings, which cannot
  /// hold a raw line break, so the JSON's meaning is unchanged).
  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .joined()
  }
}
