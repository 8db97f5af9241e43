import ArgumentParser
import DecoupleRender
import DecoupleWorkspace

/// `decouple sources`: every live source, what it serves, its limits and whether a key is set.
struct SourcesCommand: ResultCommand {
  static let configuration = CommandConfiguration(
    commandName: "sources",
    abstract: "List the live sources: what each serves, its limits, whether its key is set.")

  @Option(help: .format)
  var format: OutputFormat = .text

  func result() throws -> SourceList {
    SourceList(Workspace())
  }
}
