import ArgumentParser
import DecoupleConnectors
import DecoupleRender
import Foundation

/// `decouple sources`: every live source, what it serves, its limits and whether a key is set.
struct SourcesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sources",
    abstract: "List the live sources: what each serves, its limits, whether its key is set.")

  @Option(help: "Output: text or json.")
  var format: OutputFormat = .text

  func run() throws {
    let env = ProcessInfo.processInfo.environment
    let infos = Connectors.all(environment: env).map(\.info)
    func keyState(_ i: ConnectorInfo) -> String {
      guard let v = i.keyVariable else { return "no key needed" }
      return (env[v]?.isEmpty == false ? "\(v) is set" : "\(v) not set (optional)")
    }
    switch format {
    case .json:
      let items = infos.map { i -> JSONValue in
        .object([
          ("id", .string(i.id)), ("name", .string(i.name)), ("serves", .string(i.serves)),
          ("symbols", .array(i.symbols.map(JSONValue.string))),
          ("intervals", .array(i.intervals.map { .string($0.rawValue) })),
          ("limits", .string(i.limits)),
          ("keyVariable", i.keyVariable.map(JSONValue.string) ?? .null),
          ("keySet", .bool(i.keyVariable.map { env[$0]?.isEmpty == false } ?? false)),
          ("licence", i.licence.map(JSONValue.string) ?? .null),
          ("baseURLVariable", .string(i.baseURLVariable)),
        ])
      }
      print(JSONValue.object([("sources", .array(items))]).serialized(pretty: true))
    default:
      for i in infos {
        print("\(i.id) — \(i.name): \(i.serves)")
        print(
          "  symbols: \(i.symbols.joined(separator: ", ")) · intervals: "
            + i.intervals.map(\.rawValue).joined(separator: ", "))
        print("  limits: \(i.limits)")
        print("  key: \(keyState(i))" + (i.licence.map { " · licence: \($0)" } ?? ""))
      }
    }
  }
}
