import ArgumentParser
import DecoupleRender
import DecoupleServer
import DecoupleWorkspace
import Foundation

/// The analyses of the command line, offered to the dashboard's API: `GET /api/v1/analyze?a=ETH&b=RUT&window=60`
/// parses as `decouple analyze ETH RUT --window=60 --format json` and answers the same
/// document, through the same code (one path, one validation).
///
/// Over HTTP a series is a symbol, never a file: a value that looks like a path is refused, and
/// the options that read files or choose the store are not offered (the server's store is
/// used). Operands come after `--`, and every option is passed as `--name=value`, so no value
/// can be taken for another option.
enum CommandEndpoints {
  /// The endpoints, in the order of `decouple --help`.
  static func all(storePath: String) -> [Endpoint] {
    [
      endpoint(AnalyzeCommand.self, storePath), endpoint(EpisodesCommand.self, storePath),
      endpoint(CheckCommand.self, storePath),
      endpoint(EventsCommand.self, storePath, name: "event-study"),
      endpoint(CorrCommand.self, storePath),
      endpoint(BetaCommand.self, storePath), endpoint(LeadLagCommand.self, storePath),
      endpoint(CompareCommand.self, storePath), endpoint(ScanCommand.self, storePath),
      endpoint(MatrixCommand.self, storePath), endpoint(StationarityCommand.self, storePath),
      endpoint(CointCommand.self, storePath), endpoint(GarchCommand.self, storePath),
      endpoint(DccCommand.self, storePath), endpoint(BreaksCommand.self, storePath),
      endpoint(SupplyCommand.self, storePath), endpoint(FlowsCommand.self, storePath),
      endpoint(DriversCommand.self, storePath), endpoint(ScenarioCommand.self, storePath),
      endpoint(RatesCommand.self, storePath),
      endpoint(ListCommand.self, storePath, name: "symbols"),
      endpoint(SourcesCommand.self, storePath), endpoint(AlertsCommand.self, storePath),
      endpoint(ChartCommand.self, storePath, fixed: ["--output=-"]) { .svg(try $0.svg()) },
    ]
  }

  /// Options not offered over HTTP: they read files, pick the store or the output.
  static let withheld: Set<String> = [
    "store", "date-column", "value-column", "include-partial-day", "asset", "delimiter",
    "decimal", "date-format", "name", "format", "version", "help", "output",
  ]

  /// The most values a repeated operand (`symbols`) may have.
  static let maxOperands = 60

  static func endpoint<C: ResultCommand>(
    _ command: C.Type, _ storePath: String, name: String? = nil
  ) -> Endpoint {
    endpoint(command, storePath, name: name, fixed: ["--format=json"]) {
      .json(try $0.result().json)
    }
  }

  /// The endpoint of `command`: the query parsed as its command line (with `fixed` options and
  /// the server's store), answered by `answer`.
  static func endpoint<C: ParsableCommand>(
    _ command: C.Type, _ storePath: String, name: String? = nil, fixed: [String],
    answer: @escaping @Sendable (C) throws -> Endpoint.Body
  ) -> Endpoint {
    let dump = helpDump(command)
    let parameters = Self.parameters(in: dump)
    let store = takesStore(dump) ? ["--store=\(storePath)"] : []
    return Endpoint(
      name: name ?? C._commandName,
      summary: C.configuration.abstract,
      parameters: parameters,
      run: { query in
        let argv = try arguments(query, parameters, fixed: fixed + store)
        let parsed: C
        do {
          parsed = try C.parse(argv)
        } catch {
          let message = C.message(for: error)
          throw APIError(
            status: 400, message: httpWording(message, parameters),
            parameter: parameters.first { message.contains("--\($0.name)") }?.name)
        }
        do {
          return try answer(parsed)
        } catch {
          guard let advice = ErrorAdvice(error) else {
            throw APIError(status: 422, message: httpWording("\(error)", parameters))
          }
          let words = advice.fact + (advice.advice.map { " " + $0 } ?? "")
          throw APIError(
            status: advice.kind == .usage ? 400 : 422, message: httpWording(words, parameters))
        }
      })
  }

  /// The command line `query` stands for: options (`--name=value`), flags, the `fixed`
  /// options, `--`, operands.
  static func arguments(_ query: Query, _ parameters: [Parameter], fixed: [String] = [])
    throws -> [String]
  {
    var options: [String] = []
    var operands: [String] = []
    for p in parameters {
      var values = query.values(p.name)
      if p.repeating { values = values.flatMap { $0.split(separator: ",").map(String.init) } }
      if p.kind != .flag {
        for v in values where Workspace.isPath(v) || v.contains("\\") {
          throw APIError(
            status: 400,
            message:
              "\(p.name)='\(v)' looks like a file; over HTTP series are symbols (import a file "
              + "into the store with `decouple import`).",
            parameter: p.name)
        }
      }
      switch p.kind {
      case .operand:
        if values.count > maxOperands {
          throw APIError(
            status: 400,
            message: "\(p.name) takes at most \(maxOperands) values (got \(values.count)).",
            parameter: p.name)
        }
        operands += values
      case .option:
        options += values.map { "--\(p.name)=\($0)" }
      case .flag:
        for v in values {
          switch v.lowercased() {
          case "true", "1", "yes", "": options.append("--\(p.name)")
          case "false", "0", "no": break
          default:
            throw APIError(
              status: 400, message: "\(p.name) is on or off: true or false (got '\(v)').",
              parameter: p.name)
          }
        }
      }
    }
    return options + fixed + ["--"] + operands
  }

  /// `--window` → `window`, `<a>` → `a`, for the parameters of the endpoint.
  static func httpWording(_ text: String, _ parameters: [Parameter]) -> String {
    var out = text.hasPrefix("Error: ") ? String(text.dropFirst(7)) : text
    for p in parameters {
      out = out.replacingOccurrences(of: "--\(p.name)", with: p.name)
        .replacingOccurrences(of: "<\(p.name)>", with: p.name)
    }
    return out.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Whether `command` reads series (it has `--store`), so the server's store is passed.
  static func takesStore(_ command: any ParsableCommand.Type) -> Bool {
    takesStore(helpDump(command))
  }

  /// Whether the command of `dump` has `--store`.
  static func takesStore(_ dump: HelpDump?) -> Bool {
    dump?.command.arguments.contains {
      $0.names?.contains { $0.kind == "long" && $0.name == "store" } ?? false
    } ?? false
  }

  static func helpDump(_ command: any ParsableCommand.Type) -> HelpDump? {
    command._dumpHelp().data(using: .utf8).flatMap {
      try? JSONDecoder().decode(HelpDump.self, from: $0)
    }
  }

  /// The parameters of a command as its help describes them (ArgumentParser's help dump), less
  /// the ``withheld`` options; none without a dump.
  static func parameters(in dump: HelpDump?) -> [Parameter] {
    guard let dump else { return [] }
    return dump.command.arguments.compactMap { a in
      guard a.shouldDisplay ?? true else { return nil }
      switch a.kind {
      case "positional":
        return Parameter(
          name: a.valueName ?? "operand", kind: .operand, help: a.abstract ?? "",
          required: !(a.isOptional ?? false), repeating: a.isRepeating ?? false,
          defaultValue: a.defaultValue, allowed: a.allValues)
      case "option", "flag":
        guard let long = a.names?.first(where: { $0.kind == "long" })?.name,
          !withheld.contains(long)
        else { return nil }
        return Parameter(
          name: long, kind: a.kind == "flag" ? .flag : .option, help: a.abstract ?? "",
          required: !(a.isOptional ?? true), repeating: a.isRepeating ?? false,
          defaultValue: a.kind == "flag" ? "false" : a.defaultValue, allowed: a.allValues)
      default:
        return nil
      }
    }
  }

  /// The part of ArgumentParser's `--experimental-dump-help` document read here.
  struct HelpDump: Decodable {
    struct Command: Decodable { var arguments: [Argument] }
    struct Argument: Decodable {
      struct Name: Decodable {
        var kind: String
        var name: String
      }
      var kind: String
      var names: [Name]?
      var valueName: String?
      var abstract: String?
      var defaultValue: String?
      var allValues: [String]?
      var isOptional: Bool?
      var isRepeating: Bool?
      var shouldDisplay: Bool?
    }
    var command: Command
  }
}
