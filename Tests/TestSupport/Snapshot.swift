import Foundation

/// Snapshot comparison for text output (SVG, HTML) committed under
/// `Tests/TestSupport/Fixtures/snapshots`.
///
/// Run with `DECOUPLE_UPDATE_SNAPSHOTS=1` to (re)write the committed files after a deliberate
/// change; review them as images before committing (`rsvg-convert file.svg > file.png`).
public enum Snapshot {
  /// The source directory of the snapshots (written when updating).
  static let sourceDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/snapshots")

  /// `nil` when `actual` equals the snapshot `name`; otherwise a readable difference: the
  /// first differing line number with both lines, and the line counts.
  public static func difference(_ actual: String, named name: String) -> String? {
    if ProcessInfo.processInfo.environment["DECOUPLE_UPDATE_SNAPSHOTS"] == "1" {
      let url = sourceDirectory.appendingPathComponent(name)
      try? actual.write(to: url, atomically: true, encoding: .utf8)
      return nil
    }
    // The source copy first (current right after an update), the bundled copy otherwise.
    let source = sourceDirectory.appendingPathComponent(name)
    guard
      let expected = (try? String(contentsOf: source, encoding: .utf8))
        ?? (try? Fixture.text("snapshots/" + name))
    else {
      return "No snapshot \(name); run the tests with DECOUPLE_UPDATE_SNAPSHOTS=1 to record it."
    }
    return diff(expected: expected, actual: actual, name: name)
  }

  /// The first differing line of two texts, or `nil` when they are equal.
  public static func diff(expected: String, actual: String, name: String) -> String? {
    guard expected != actual else { return nil }
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<max(e.count, a.count) {
      let el = i < e.count ? String(e[i]) : "<end of file>"
      let al = i < a.count ? String(a[i]) : "<end of file>"
      if el != al {
        return """
          Snapshot \(name) differs at line \(i + 1) (expected \(e.count) lines, got \(a.count)):
            expected: \(el)
            actual:   \(al)
          If the change is intended, rerun with DECOUPLE_UPDATE_SNAPSHOTS=1 and review the files.
          """
      }
    }
    return nil
  }
}
