import ArgumentParser
import DecoupleData
import Foundation

extension DecoupleCommand {
  /// Parses the program's arguments, runs the command, and words a library error for the
  /// command line (see ``ErrorAdvice``).
  public static func main() async { await main(nil) }

  /// Parses `arguments` (the program's when `nil`) and runs the command.
  ///
  /// ArgumentParser's own outcomes behave exactly as with its default `main`: help, version and
  /// parse or validation errors (`ValidationError`, exit 64 with the usage), `CleanExit` and
  /// `ExitCode` all go through `exit(withError:)`, as does any error that is not a library
  /// error. A library error thrown by `run()` prints `Error: <fact>`, then the advice, to stderr
  /// and exits 1 (data) or 64 (usage, followed by the command's usage as ArgumentParser shows
  /// it).
  public static func main(_ arguments: [String]?) async {
    let command: any ParsableCommand
    do {
      command = try await asyncParseAsRoot(arguments)
    } catch {
      let args = arguments ?? Array(CommandLine.arguments.dropFirst())
      if let first = args.first, let close = closestCommand(to: first) {
        let text = "Error: unknown command '\(first)'; did you mean '\(close)'?\n"
        FileHandle.standardError.write(Data((text + usage(for: Self.self)).utf8))
        exit(withError: ExitCode(64))
      }
      exit(withError: error)
    }
    do {
      var parsed = command
      if var asyncCommand = parsed as? any AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try parsed.run()
      }
    } catch {
      guard let advice = ErrorAdvice(error) else { exit(withError: error) }
      var text = advice.message + "\n"
      if advice.kind == .usage { text += usage(for: type(of: command)) }
      FileHandle.standardError.write(Data(text.utf8))
      exit(withError: ExitCode(advice.exitCode))
    }
  }

  /// The subcommand `word` is probably a typo of (`analyse` → `analyze`), when it names none
  /// and is not an option; `nil` otherwise.
  static func closestCommand(to word: String) -> String? {
    guard !word.hasPrefix("-") else { return nil }
    var names: [String] = []
    for group in configuration.groupedSubcommands {
      for command in group.subcommands { names.append(command._commandName) }
    }
    guard !names.contains(word) else { return nil }
    return DataError.closest(to: word, among: names).first
  }

  /// `Usage: …` and the pointer to `--help` for `subcommand`, as ArgumentParser prints them
  /// after a validation error.
  static func usage(for subcommand: any ParsableCommand.Type) -> String {
    let usage = usageString(for: subcommand)
      .replacingOccurrences(of: "\n", with: "\n" + String(repeating: " ", count: 7))
    let name =
      subcommand == Self.self ? _commandName : "\(_commandName) \(subcommand._commandName)"
    return "Usage: \(usage)\n  See '\(name) --help' for more information.\n"
  }
}
