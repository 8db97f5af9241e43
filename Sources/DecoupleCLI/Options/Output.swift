import ArgumentParser
import DecoupleRender
import Foundation

extension OutputFormat {
  /// Prints `result` in this format: the one way every command prints. Text is laid out for
  /// ``TerminalWidth/current``.
  func print(_ result: some Presentable) {
    let rendered = TextStyle.$width.withValue(TerminalWidth.current) { result.rendered(self) }
    Swift.print(rendered, terminator: "")
  }
}

extension ArgumentHelp {
  /// The one wording of `--format`, shared by every command that prints a result
  /// (CONVENTIONS.md).
  static let format = ArgumentHelp("Output: text for people, json or csv for programs.")
}

/// The width text output is laid out for (CONVENTIONS.md): on a terminal, `COLUMNS` or the
/// terminal's size; 100 when stdout is not a terminal (a file or a pipe); never below
/// ``TextStyle/minimumWidth``.
enum TerminalWidth {
  /// The width when stdout is not a terminal, or its size is unknown.
  static let fallback = 100

  /// The width for this process's stdout.
  static var current: Int {
    let isTerminal = isatty(STDOUT_FILENO) == 1
    return choose(
      isTerminal: isTerminal, columns: ProcessInfo.processInfo.environment["COLUMNS"],
      terminalColumns: isTerminal ? terminalColumns() : nil)
  }

  /// The rule, apart from the process: `COLUMNS` (when a positive number), else the
  /// terminal's columns, on a terminal; the fallback otherwise; raised to the minimum.
  static func choose(isTerminal: Bool, columns: String?, terminalColumns: Int?) -> Int {
    guard isTerminal else { return fallback }
    let chosen =
      columns.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }.flatMap { $0 > 0 ? $0 : nil }
      ?? terminalColumns ?? fallback
    return max(TextStyle.minimumWidth, chosen)
  }

  /// The columns of the terminal on stdout (`TIOCGWINSZ`), `nil` when unknown.
  static func terminalColumns() -> Int? {
    var size = winsize()
    let status = withUnsafeMutablePointer(to: &size) { ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), $0) }
    return status == 0 && size.ws_col > 0 ? Int(size.ws_col) : nil
  }
}
