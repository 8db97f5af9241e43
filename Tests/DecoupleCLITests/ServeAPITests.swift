import ArgumentParser
import DecoupleRender
import DecoupleServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DecoupleCLI

/// The dashboard's API answers what the command line prints with `--format json`: for every
/// endpoint, the document over HTTP equals the document of the same command run in process.
@Suite struct ServeAPITests {
  static let store = FileManager.default.temporaryDirectory
    .appendingPathComponent("decouple-serve-\(UUID().uuidString).sqlite").path

  static func dashboard() -> Dashboard {
    ServeCommand.dashboard(ServerConfiguration(storePath: store, environment: [:]))
  }

  /// The JSON `decouple ARGS --format json` prints, parsed. It runs on a thread of its own,
  /// not on Swift's cooperative pool (two threads here), which the in-process server needs.
  static func cliJSON(_ arguments: [String]) async throws -> Any {
    try await withCheckedThrowingContinuation { continuation in
      DispatchQueue.global().async {
        continuation.resume(with: Result { try cliJSONNow(arguments) })
      }
    }
  }

  static func cliJSONNow(_ arguments: [String]) throws -> Any {
    let plain = try DecoupleCommand.parseAsRoot(arguments)
    let store = CommandEndpoints.takesStore(type(of: plain)) ? ["--store", Self.store] : []
    let command = try DecoupleCommand.parseAsRoot(arguments + ["--format", "json"] + store)
    let result = try #require(command as? any ResultCommand)
    func render<C: ResultCommand>(_ c: C) throws -> String { try c.result().json.serialized() }
    return try JSONSerialization.jsonObject(with: Data(try render(result).utf8))
  }

  static func apiJSON(_ client: some TestClientProtocol, _ uri: String) async throws -> (
    Int, Any?
  ) {
    try await client.execute(uri: uri, method: .get) { r in
      (
        Int(r.status.code),
        try? JSONSerialization.jsonObject(with: Data(String(buffer: r.body).utf8))
      )
    }
  }

  static func equal(_ a: Any?, _ b: Any?) -> Bool {
    guard let a, let b else { return false }
    return NSDictionary(dictionary: ["v": a]).isEqual(to: ["v": b])
  }

  /// (query, the same request on the command line)
  static let cases: [(String, [String])] = [
    ("analyze?a=ETH&b=RUT&from=2023-01-01", ["analyze", "ETH", "RUT", "--from", "2023-01-01"]),
    (
      "analyze?a=BTC&b=SPY&frequency=weekly&window=26&to=2025-06-30",
      ["analyze", "BTC", "SPY", "--frequency", "weekly", "--window", "26", "--to", "2025-06-30"]
    ),
    ("episodes?a=ETH&b=RUT&window=60", ["episodes", "ETH", "RUT", "--window", "60"]),
    (
      "check?a=ETH&b=RUT&claim=record-low-correlation&as-of=2026-02-20",
      ["check", "ETH", "RUT", "--claim", "record-low-correlation", "--as-of", "2026-02-20"]
    ),
    (
      "corr?a=ETH&b=RUT&method=spearman&from=2024-01-01",
      ["corr", "ETH", "RUT", "--method", "spearman", "--from", "2024-01-01"]
    ),
    (
      "beta?a=ETH&b=RUT&hac=true&dimson=1&from=2024-01-01",
      ["beta", "ETH", "RUT", "--hac", "--dimson", "1", "--from", "2024-01-01"]
    ),
    ("leadlag?a=ETH&b=RUT&from=2024-01-01", ["leadlag", "ETH", "RUT", "--from", "2024-01-01"]),
    (
      "compare?a=ETH&b=RUT&period1=2021-01-01:2021-12-31&period2=2025-01-01:2025-12-31&replicates=200",
      [
        "compare", "ETH", "RUT", "--period1", "2021-01-01:2021-12-31", "--period2",
        "2025-01-01:2025-12-31", "--replicates", "200",
      ]
    ),
    ("scan?a=ETH&universe=crypto", ["scan", "ETH", "--universe", "crypto"]),
    (
      "matrix?symbols=ETH,BTC,RUT&cluster=true&to=2025-12-31",
      ["matrix", "ETH", "BTC", "RUT", "--cluster", "--to", "2025-12-31"]
    ),
    ("stationarity?series=RUT&from=2022-01-01", ["stationarity", "RUT", "--from", "2022-01-01"]),
    ("coint?a=ETH&b=BTC&from=2022-01-01", ["coint", "ETH", "BTC", "--from", "2022-01-01"]),
    ("breaks?a=ETH&b=RUT&from=2023-01-01", ["breaks", "ETH", "RUT", "--from", "2023-01-01"]),
    ("supply?from=2025-01-01", ["supply", "--from", "2025-01-01"]),
    ("flows?asset=ETH", ["flows", "ETH"]),
    ("rates", ["rates"]),
    (
      "scenario?rates=-0.25&assets=ETH", ["scenario", "--rates", "-0.25", "--assets", "ETH"]
    ),
    ("symbols", ["list"]),
    ("sources", ["sources"]),
    ("alerts?open-only=true", ["alerts", "--open-only"]),
    (
      "event-study?a=ETH&b=RUT&event=2025-01-20:Inauguration&fed=true",
      ["events", "ETH", "RUT", "--event", "2025-01-20:Inauguration", "--fed"]
    ),
  ]

  @Test func everyEndpointAnswersWhatTheCommandLinePrints() async throws {
    let app = Application(router: Self.dashboard().router())
    let names = Set(CommandEndpoints.all(storePath: Self.store).map(\.name))
    try await app.test(.router) { client in
      for (query, argv) in Self.cases {
        let name = String(query.prefix { $0 != "?" })
        #expect(names.contains(name))
        let (status, api) = try await Self.apiJSON(client, "/api/v1/" + query)
        #expect(status == 200, "\(query)")
        let cli = try await Self.cliJSON(argv)
        #expect(
          Self.equal(api, cli), "\(query) differs from decouple \(argv.joined(separator: " "))")
      }
    }
  }

  @Test func operandNamesFollowTheCommandLine() {
    let byName = Dictionary(
      CommandEndpoints.all(storePath: Self.store).map { ($0.name, $0) },
      uniquingKeysWith: { a, _ in a })
    let operands = { (n: String) in byName[n]!.parameters.filter { $0.kind == .operand }.map(\.name)
    }
    #expect(operands("analyze") == ["a", "b"])
    #expect(operands("matrix") == ["symbols"])
    #expect(byName["matrix"]!.parameters.first { $0.name == "symbols" }!.repeating)
    for e in byName.values {
      let names = e.parameters.map(\.name)
      for withheld in ["store", "format", "date-column", "delimiter", "output", "help"] {
        #expect(!names.contains(withheld), "\(e.name) offers \(withheld)")
      }
    }
  }

  @Test func filesAndWithheldOptionsAreRefused() async throws {
    let app = Application(router: Self.dashboard().router())
    try await app.test(.router) { client in
      let cases: [(String, String)] = [
        ("analyze?a=ETH&b=/etc/passwd", "b"),
        ("analyze?a=ETH&b=prices.csv", "b"),
        ("analyze?a=ETH&b=RUT&store=/tmp/x.sqlite", "store"),
        ("analyze?a=ETH&b=RUT&date-column=Date", "date-column"),
        ("scan?a=ETH&universe=../wide.csv", "universe"),
        ("analyze?a=ETH&b=RUT&window=0", "window"),
        ("analyze?a=ETH&b=RUT&window=--store=/tmp/x", "window"),
        ("beta?a=ETH&b=RUT&hac=maybe", "hac"),
      ]
      for (query, parameter) in cases {
        let (status, body) = try await Self.apiJSON(client, "/api/v1/" + query)
        #expect(status == 400, "\(query): \(status)")
        let error = (body as? [String: Any])?["error"] as? [String: Any]
        #expect(
          error?["parameter"] as? String == parameter, "\(query): \(String(describing: error))")
      }
      // A missing operand and an option value beyond its cap: 400 with the command's words.
      let (missing, body) = try await Self.apiJSON(client, "/api/v1/analyze?a=ETH")
      #expect(missing == 400)
      let message = ((body as? [String: Any])?["error"] as? [String: Any])?["message"] as? String
      #expect(message?.contains("b") == true)
      // The data cannot answer: 422.
      let (tooLong, _) = try await Self.apiJSON(client, "/api/v1/analyze?a=ETH&b=RUT&window=50000")
      #expect(tooLong == 422)
    }
  }

  @Test func chartEndpointAnswersTheSVGOfDecoupleChart() async throws {
    let app = Application(router: Self.dashboard().router())
    try await app.test(.router) { client in
      let (status, type, body) = try await client.execute(
        uri: "/api/v1/chart?kind=correlation&a=ETH&b=RUT&from=2024-01-01", method: .get
      ) { (Int($0.status.code), $0.headers[.contentType], String(buffer: $0.body)) }
      #expect(status == 200)
      #expect(type == "image/svg+xml")
      let command = try ChartCommand.parse([
        "correlation", "ETH", "RUT", "--from", "2024-01-01", "-o", "-", "--store", Self.store,
      ])
      let svg = try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(with: Result { try command.svg() }) }
      }
      #expect(body == svg)
    }
  }
}
