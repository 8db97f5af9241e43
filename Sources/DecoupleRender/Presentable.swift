/// How a result is printed: text for people, JSON or CSV for programs.
public enum OutputFormat: String, CaseIterable, Sendable {
  case text, json, csv
}

/// A result that prints in every ``OutputFormat``: each command's result conforms, so every
/// command prints the same way (``rendered(_:)``).
public protocol Presentable {
  /// The text for people: the verdict first, then the evidence; ends with a newline.
  var text: String { get }
  /// The JSON document (docs/json.md).
  var json: JSONValue { get }
  /// The CSV table: a header row, then rows with as many fields; ends with a newline.
  var csv: String { get }
}

extension Presentable {
  /// The result in `format`, ending with a newline.
  public func rendered(_ format: OutputFormat) -> String {
    switch format {
    case .text: text
    case .json: json.serialized(pretty: true) + "\n"
    case .csv: csv
    }
  }
}
