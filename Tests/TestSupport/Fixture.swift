import Foundation

/// Loads test fixtures committed under `Tests/TestSupport/Fixtures`.
public enum Fixture {
  /// The URL of a fixture file, for example `formats/ETH-USD_1h.yahoo.csv`.
  public static func url(_ relativePath: String) -> URL {
    Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(
      relativePath)
  }

  /// The text of a fixture file.
  public static func text(_ relativePath: String) throws -> String {
    try String(contentsOf: url(relativePath), encoding: .utf8)
  }
}
