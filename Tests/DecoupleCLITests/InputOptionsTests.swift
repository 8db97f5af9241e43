import ArgumentParser
import DecoupleData
import Testing

@testable import DecoupleCLI

/// How a CSV file is read, from the command line: `--delimiter`, `--decimal`, `--date-format`
/// and `--name` reach `ImportOptions`; a bad value is a usage error before any file is read.
@Suite struct InputOptionsTests {
  func options(_ extra: [String]) throws -> ImportOptions {
    let command = try DecoupleCommand.parseAsRoot(["analyze", "a.csv", "RUT"] + extra)
    return try #require(command as? AnalyzeCommand).input.importOptions
  }

  @Test func optionsReachImportOptions() throws {
    let o = try options([
      "--delimiter", ";", "--decimal", "comma", "--date-format", "dd.mm.yyyy", "--name", "Ether",
    ])
    #expect(
      o == ImportOptions(delimiter: ";", decimal: .comma, dateFormat: .dayMonthYear, name: "Ether"))
    #expect(try options(["--delimiter", "tab"]).delimiter == "\t")
    #expect(try options(["--date-format", "unix-ms"]).dateFormat == .unixMilliseconds)
    #expect(try options([]) == ImportOptions())
  }

  @Test(arguments: [
    ["--delimiter", ";;"], ["--delimiter", "\""], ["--decimal", "dot"],
    ["--date-format", "yyyy/mm/dd"],
  ])
  func badValuesAreUsageErrors(_ extra: [String]) {
    let error = #expect(throws: (any Error).self) { try options(extra) }
    #expect(error.map { DecoupleCommand.exitCode(for: $0).rawValue } == 64)
  }
}
