import ArgumentParser
import DecoupleServer
import DecoupleWorkspace
import Foundation
import Logging

/// `decouple serve`: the local dashboard and its JSON API.
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Run the local dashboard: pick a pair, move the as-of day, explore the charts.",
    usage: "decouple serve [--port <n>] [--open] [--host <h> --token <t>] [<options>]",
    discussion: """
      Listens on 127.0.0.1 (this machine only) and prints the address; Ctrl-C stops it. The \
      pages and their chart library are inside the program: nothing is requested from the \
      internet. The JSON API answers what `--format json` prints (GET /api/v1/analyze?a=ETH&b=RUT); \
      /openapi.json describes it. Another --host makes the dashboard reachable from other \
      machines, so it needs --token.
      """)

  @Option(help: "The port (0 picks a free one).") var port: Int = 8080
  @Option(help: "The address to listen on: loopback unless --token is given.")
  var host: String = "127.0.0.1"
  @Option(help: "A secret of 16 or more characters every request must carry.") var token: String?
  @Flag(help: "Open the dashboard in the browser.") var open = false
  @Option(help: "Requests a second one client may make (0: no limit).") var rateLimit = 500
  @OptionGroup var storeOptions: StoreOptions

  var serverConfiguration: ServerConfiguration {
    var c = ServerConfiguration(storePath: storeOptions.workspace.storePath)
    c.host = host
    c.port = port
    c.token = token
    c.requestsPerSecond = rateLimit
    return c
  }

  func validate() throws {
    try OptionLimits.check(rateLimit, "--rate-limit", atLeast: 0, atMost: 1_000_000)
    do {
      try serverConfiguration.validate()
    } catch let e as APIError {
      throw ValidationError(e.message)
    }
  }

  /// The dashboard with the command line's analyses as its endpoints.
  static func dashboard(_ configuration: ServerConfiguration) -> Dashboard {
    Dashboard(
      configuration: configuration,
      endpoints: CommandEndpoints.all(storePath: configuration.storePath),
      describeError: { error in
        ErrorAdvice(error).map { $0.fact + ($0.advice.map { " " + $0 } ?? "") } ?? "\(error)"
      })
  }

  func run() async throws {
    let config = serverConfiguration
    let dashboard = Self.dashboard(config)
    var logger = Logger(label: "decouple-serve")
    logger.logLevel = .warning
    let shownHost = config.host.contains(":") ? "[\(config.host)]" : config.host
    let openBrowser = open
    do {
      try await dashboard.run(logger: logger) { port in
        var url = "http://\(shownHost):\(port)/"
        if let token = config.token { url += "?token=\(token)" }
        // Written straight to the descriptor: print's buffer would hold the line when stdout
        // is a pipe, and the address is what the user (or a test) waits for.
        FileHandle.standardOutput.write(
          Data("Decouple dashboard: \(url)  (Ctrl-C stops it)\n".utf8))
        if openBrowser && !Workspace(storePath: config.storePath).openInBrowser(url) {
          FileHandle.standardError.write(
            Data("No browser opener (xdg-open) was found; open the address by hand.\n".utf8))
        }
      }
    } catch {
      let text = "\(error)"
      let message =
        text.contains("Address already in use")
        ? "Error: port \(config.port) on \(config.host) is in use; choose another with --port "
          + "(0 picks a free one)."
        : "Error: the server could not listen on \(config.host):\(config.port): \(text)"
      FileHandle.standardError.write(Data((message + "\n").utf8))
      throw ExitCode(1)
    }
  }
}
