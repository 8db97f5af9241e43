import DecoupleData
import Foundation
import GRDB

/// The local SQLite store of fetched and imported series.
///
/// Every write (one fetch or one import) is one transaction: it lands whole or not at all, also
/// when the process is killed mid-write (SQLite's journal rolls an interrupted transaction back
/// the next time the file is opened).
public final class Store: Sendable {
  /// Where the store lives.
  public let path: String
  let queue: DatabaseQueue

  /// Opens (creating if needed) the store at `path`, creating missing folders, and applies any
  /// pending migrations.
  /// - Throws: `StoreError.cannotOpen` naming the path and SQLite's reason.
  public init(path: String) throws {
    self.path = path
    do {
      let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      var config = Configuration()
      config.busyMode = .timeout(10)
      queue = try DatabaseQueue(path: path, configuration: config)
      try Store.migrator.migrate(queue)
    } catch {
      throw StoreError.cannotOpen(path: path, reason: "\(error)")
    }
  }

  /// Opens the store at `path` when the file exists; `nil` otherwise (reading never creates one).
  public static func openIfPresent(path: String) throws -> Store? {
    FileManager.default.fileExists(atPath: path) ? try Store(path: path) : nil
  }

  /// The default location: `$XDG_DATA_HOME/decouple/decouple.sqlite`, else
  /// `~/.local/share/decouple/decouple.sqlite`.
  public static func defaultPath(environment: [String: String]) -> String {
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      return xdg + "/decouple/decouple.sqlite"
    }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return home + "/.local/share/decouple/decouple.sqlite"
  }

  /// The names of the migrations applied, in order.
  public func appliedMigrations() throws -> [String] {
    try queue.read { db in try Store.migrator.appliedMigrations(db) }
  }
}

/// Errors of the store. `description` states the path and SQLite's reason; what to do about it
/// is the caller's to say (the CLI adds advice naming its options).
public enum StoreError: Error, Sendable, Equatable {
  /// The file at `path` could not be opened or migrated as a store.
  case cannotOpen(path: String, reason: String)
  /// A read or write on an open store failed (the transaction was rolled back).
  case database(path: String, reason: String)
}

extension StoreError: CustomStringConvertible {
  /// One sentence: the store's path and what failed.
  public var description: String {
    switch self {
    case let .cannotOpen(path, reason):
      "Cannot open the store at \(path): \(reason)."
    case let .database(path, reason):
      "The store at \(path) failed: \(reason)."
    }
  }
}
