import DecoupleWorkspace
import Foundation

extension Watchlist {
  /// Where the watchlist lives by default: `$XDG_CONFIG_HOME/decouple/watch.yaml`, else
  /// `~/.config/decouple/watch.yaml`.
  public static func defaultPath(environment: [String: String]) -> String {
    if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
      return xdg + "/decouple/watch.yaml"
    }
    return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/decouple/watch.yaml"
  }

  /// Writes ``example`` to `path` (folders created, the file written atomically).
  /// - Throws: ``WatchlistError`` when a file is already there (it is never overwritten) or
  ///   it cannot be written.
  public static func writeExample(to path: String) throws(WatchlistError) {
    let expanded = NSString(string: path).expandingTildeInPath
    guard !FileManager.default.fileExists(atPath: expanded) else {
      throw WatchlistError(
        path: path, message: "a file is already there; it was left as it is.")
    }
    do {
      try FileManager.default.createDirectory(
        atPath: (expanded as NSString).deletingLastPathComponent,
        withIntermediateDirectories: true)
      try Data(example.utf8).write(to: URL(fileURLWithPath: expanded), options: .atomic)
    } catch {
      throw WatchlistError(path: path, message: "cannot write it: \(error.localizedDescription)")
    }
  }
}
