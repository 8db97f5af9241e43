import ArgumentParser
import DecoupleStore
import Foundation

/// Where the local store is: `--store PATH`, else the default under the user data directory.
struct StoreLocation {
  var path: String

  init(path: String?, environment: [String: String] = ProcessInfo.processInfo.environment) {
    self.path =
      path.map { NSString(string: $0).expandingTildeInPath }
      ?? Store.defaultPath(environment: environment)
  }

  /// The store, created when missing (for commands that write).
  func open() throws -> Store { try Store(path: path) }

  /// The store when the file exists (commands that only read never create one).
  func openIfPresent() throws -> Store? { try Store.openIfPresent(path: path) }
}

/// `--store PATH` for the commands that work on the store.
struct StoreOptions: ParsableArguments {
  @Option(help: "The local SQLite store (default: $XDG_DATA_HOME/decouple/decouple.sqlite).")
  var store: String?

  var location: StoreLocation { StoreLocation(path: store) }
}

/// Progress on stderr, only when stderr is a terminal (CONVENTIONS: quiet otherwise): one status
/// line, rewritten in place, cleared by `done()`.
enum Progress {
  static let enabled = isatty(2) == 1

  /// Replaces the status line with `text` (cut to 100 columns).
  static func line(_ text: String) {
    guard enabled else { return }
    FileHandle.standardError.write(Data(("\r\u{1B}[K" + String(text.prefix(100))).utf8))
  }

  /// `[#######.............] 35%  label`
  static func bar(_ done: Int, of total: Int, _ label: String) {
    guard total > 0 else { return }
    let filled = min(20, 20 * done / total)
    line(
      "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled)
        + "] \(100 * done / total)%  " + label)
  }

  /// Clears the status line.
  static func done() {
    guard enabled else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}
