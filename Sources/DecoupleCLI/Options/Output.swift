import DecoupleRender

extension OutputFormat {
  /// Prints `result` in this format: the one way every command prints.
  func print(_ result: some Presentable) {
    Swift.print(result.rendered(self), terminator: "")
  }
}
