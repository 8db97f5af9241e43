import Foundation

extension Workspace {
  /// A text that changes whenever what the workspace reads may have changed: the size and
  /// modification time of the store's file and of its write-ahead log. `"none"` when there is no
  /// store (the embedded dataset never changes while a program runs). Cheap (two `stat` calls),
  /// so a server can key its cache on it for every request.
  public var dataVersion: String {
    func stamp(_ path: String) -> String? {
      guard let a = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
      let size = (a[.size] as? NSNumber)?.int64Value ?? -1
      let time = (a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
      return "\(size)@\(time)"
    }
    guard let main = stamp(storePath) else { return "none" }
    return main + "/" + (stamp(storePath + "-wal") ?? "-")
  }
}

extension Workspace {
  /// Opens `url` in the user's browser (`xdg-open`, or `open` on macOS, from the workspace's
  /// `PATH`) without waiting. Returns false when no opener is installed or it could not start.
  public func openInBrowser(_ url: String) -> Bool {
    PNGExport.openInBrowser(url, searchPath: environment["PATH"])
  }
}
