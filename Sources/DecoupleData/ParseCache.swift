import Foundation

/// A thread-safe memo of imported files: each key is computed at most once, even when several
/// threads ask at the same time (they wait for the first). Failures are not cached.
final class ParseCache: @unchecked Sendable {
  /// One key's value, guarded by its own lock so different files parse in parallel.
  private final class Slot: @unchecked Sendable {
    let lock = NSLock()
    var value: ImportedFile?
  }

  private let lock = NSLock()
  private var slots: [String: Slot] = [:]

  /// The cached value for `key`, computing it with `make` the first time.
  func value(for key: String, make: () throws -> ImportedFile) throws -> ImportedFile {
    let slot = lock.withLock {
      if let s = slots[key] { return s }
      let s = Slot()
      slots[key] = s
      return s
    }
    return try slot.lock.withLock {
      if let v = slot.value { return v }
      let v = try make()
      slot.value = v
      return v
    }
  }
}
