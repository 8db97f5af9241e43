import ArgumentParser
import DecoupleWorkspace
import Foundation

/// `--store PATH` for the commands that work on the store.
struct StoreOptions: ParsableArguments {
  @Option(help: "The local SQLite store (default: $XDG_DATA_HOME/decouple/decouple.sqlite).")
  var store: String?

  /// The workspace of a command that reads no files (store and embedded data only).
  var workspace: Workspace { Workspace(storePath: store) }
}

/// Progress on stderr, only when stderr is a terminal (CONVENTIONS.md: quiet otherwise): one status
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

  /// Shows a workspace's progress events on the terminal.
  static let handler: ProgressHandler = { event in
    switch event {
    case .status(let text): line(text)
    case .fraction(let done, let total, let label): bar(done, of: total, label)
    case .finished: Progress.done()
    }
  }
}
