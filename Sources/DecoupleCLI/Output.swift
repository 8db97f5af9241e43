import DecoupleRender

extension OutputFormat {
  /// Prints `result` in this format: the one way every command prints.
  func print(_ result: some Presentable) {
    Swift.print(result.rendered(self), terminator: "")
  }

  /// Prints a result in this format; the renderings are built only when chosen.
  func print(
    text: @autoclosure () -> String, json: @autoclosure () -> JSONValue,
    csv: @autoclosure () -> String
  ) {
    switch self {
    case .text: Swift.print(text(), terminator: "")
    case .json: Swift.print(json().serialized(pretty: true))
    case .csv: Swift.print(csv(), terminator: "")
    }
  }
}
