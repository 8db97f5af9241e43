import ArgumentParser
import DecoupleData
import DecoupleRender
import DecoupleWorkspace
import Foundation

/// `decouple update`: refresh every fetched series in the store, incrementally.
struct UpdateCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "update", abstract: "Refresh every fetched series in the store, incrementally.",
    discussion: """
      For each stored series from a live source, fetches only what is missing after its last \
      observation plus an overlap of \(Workspace.overlap) intervals; a changed value in the overlap is \
      recorded as a revision (old and new kept), not silently overwritten. A series with nothing \
      new to fetch yet makes no request. Imported series are left alone. Each series is its own \
      transaction; the first failure stops the update with exit 1 (earlier series stay written).
      """)

  @Option(help: .format)
  var format: OutputFormat = .text

  @OptionGroup var storeOptions: StoreOptions

  func run() async throws {
    let report = try await storeOptions.workspace.update(progress: Progress.handler)
    if report.noStore && format == .text {
      print("Nothing to update: there is no store at \(report.store) yet;")
      print("`decouple fetch SYMBOL` or `decouple import FILE --as SYMBOL` creates it.")
      return
    }
    format.print(report)
  }
}
