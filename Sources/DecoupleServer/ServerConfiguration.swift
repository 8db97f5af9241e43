import Foundation

/// How `decouple serve` runs: where it listens, who may use it, and how much work a request may
/// ask for.
public struct ServerConfiguration: Sendable {
  /// The address to bind: loopback (`127.0.0.1`, `::1`, `localhost`) unless a token is set.
  public var host: String = "127.0.0.1"
  /// The port; 0 picks a free one.
  public var port: Int = 8080
  /// When set, every request must carry it (`?token=`, the `decouple_token` cookie, or the
  /// `X-Decouple-Token` header). Required to bind beyond loopback.
  public var token: String?
  /// The store series come from first (the embedded dataset after it).
  public var storePath: String
  /// The environment of the workspace (connectors' base URLs and keys, `DECOUPLE_NOW`).
  public var environment: [String: String]
  /// The longest a request waits for its result before a 503 (the computation goes on and its
  /// result is cached).
  public var timeout: Duration = .seconds(30)
  /// Computations running at once (more wait in line).
  public var computeSlots = 2
  /// Computations waiting at most; beyond, a 503 at once.
  public var computeQueue = 64
  /// Requests per second a client address may make on average (0: unlimited), with bursts of
  /// twice as many.
  public var requestsPerSecond = 500
  /// New computations (cache misses) per second a client address may start (0: unlimited),
  /// with bursts of twice as many.
  public var computationsPerSecond = 20
  /// The longest request target (path and query), in bytes.
  public var maxTargetBytes = 4096
  /// The largest request body, in bytes.
  public var maxBodyBytes = 16 * 1024
  /// Results kept in the cache at most, and their bytes at most.
  public var cacheEntries = 512
  public var cacheBytes = 512 * 1024 * 1024

  public init(
    storePath: String, environment: [String: String] = ProcessInfo.processInfo.environment
  ) {
    self.storePath = storePath
    self.environment = environment
  }

  /// Whether `host` names the loopback interface only.
  public static func isLoopback(_ host: String) -> Bool {
    let parts = host.split(separator: ".", omittingEmptySubsequences: false)
    let isIPv4Loopback =
      parts.count == 4 && parts[0] == "127"
      && parts.allSatisfy {
        !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCII) && UInt8($0) != nil
      }
    return ["::1", "localhost", "[::1]"].contains(host.lowercased()) || isIPv4Loopback
  }

  /// Checks that the configuration is safe to run: beyond loopback, a token of at least 16
  /// characters. Throws ``APIError`` with status 400 naming the parameter.
  public func validate() throws {
    if let token, token.count < 16 {
      throw APIError(
        status: 400, message: "--token must be at least 16 characters (got \(token.count)).",
        parameter: "token")
    }
    if !Self.isLoopback(host) && token == nil {
      throw APIError(
        status: 400,
        message:
          "--host \(host) is not loopback: other machines could reach the server, so --token is "
          + "required (at least 16 characters).",
        parameter: "host")
    }
    guard (0...65_535).contains(port) else {
      throw APIError(
        status: 400, message: "--port must be between 0 and 65535 (got \(port)).",
        parameter: "port")
    }
  }
}
