import Foundation
import Testing

/// `decouple`'s own `main`: a library error prints the fact, then the advice, and exits 1 or 64;
/// everything ArgumentParser handles (help, version, parse and validation errors) is unchanged.
@Suite struct DecoupleCommandMainTests {
  @Test func aDataErrorPrintsTheFactThenTheAdviceAndExitsOne() throws {
    let r = try CLI.run(["analyze", "ETH", "RUT", "--window", "5000"])
    #expect(r.status == 1)
    let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 3 && lines[2].isEmpty, "\(r.stderr)")
    #expect(lines.first?.hasPrefix("Error: The window needs at least 5000 returns") == true)
    #expect(
      lines.dropFirst().first
        == "Use a shorter --window (or --min-periods), or a longer range (--from, --to).")
    #expect(!r.stderr.contains("Usage:") && r.stdout.isEmpty)
  }

  @Test func anUnknownSymbolSaysNoneIsCloseThenAdvises() throws {
    let r = try CLI.run(["analyze", "DOGE", "RUT"])
    #expect(r.status == 1)
    #expect(r.stderr.hasPrefix("Error: Unknown symbol 'DOGE'; none of the "))
    #expect(
      r.stderr.hasSuffix(
        "\n`decouple list` shows the known symbols (--members adds the universes'); or give a "
          + "path to a CSV file.\n"))
  }

  @Test func aMistypedCommandGetsDidYouMean() throws {
    let r = try CLI.run(["analyse", "ETH", "RUT"])
    #expect(r.status == 64)
    #expect(
      r.stderr.hasPrefix("Error: unknown command 'analyse'; did you mean 'analyze'?\nUsage: "))
    let far = try CLI.run(["frobnicate"])
    #expect(far.status == 64 && !far.stderr.contains("did you mean"))
  }

  @Test func aLibraryUsageErrorExitsSixtyFourWithTheUsage() throws {
    let store = FileManager.default.temporaryDirectory.appendingPathComponent(
      "decouple-main-\(UUID().uuidString).sqlite"
    ).path
    let r = try CLI.run(["fetch", "ETH", "--source", "fred", "--interval", "1h", "--store", store])
    #expect(r.status == 64)
    #expect(
      r.stderr.hasPrefix(
        "Error: fred does not serve 1h data.\n"
          + "Choose another --interval or --source (see `decouple sources`).\n"
          + "Usage: decouple fetch [<options>] (<symbol> | --universe ndx|crypto)\n"), "\(r.stderr)"
    )
    #expect(r.stderr.hasSuffix("\n  See 'decouple fetch --help' for more information.\n"))
    #expect(!FileManager.default.fileExists(atPath: store))
  }

  @Test func argumentParserErrorsAreUnchanged() throws {
    let missing = try CLI.run(["analyze", "ETH"])
    #expect(missing.status == 64)
    #expect(missing.stderr.hasPrefix("Error: Missing expected argument '<b>'\n"))
    #expect(missing.stderr.contains("Usage: decouple analyze [<options>] <a> <b>\n"))
    let invalid = try CLI.run(["analyze", "ETH", "RUT", "--window", "0"])
    #expect(invalid.status == 64)
    #expect(invalid.stderr.hasPrefix("Error: --window must be at least 1 (got 0).\nUsage:"))
    let help = try CLI.run(["analyze", "--help"])
    #expect(
      help.status == 0 && help.stdout.contains("USAGE: decouple analyze") && help.stderr.isEmpty)
    let version = try CLI.run(["--version"])
    #expect(version.status == 0 && version.stdout == "0.1.0\n")
    let unknown = try CLI.run(["nonsense"])
    #expect(unknown.status == 64 && unknown.stderr.hasPrefix("Error: Unexpected argument"))
  }
}
