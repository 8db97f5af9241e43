import DecoupleData
import DecoupleRender
import DecoupleWorkspace
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// `decouple serve`: the local dashboard and its JSON API, as a Hummingbird application.
///
/// Tests build it in process (``router()``) or run it on a free port (``run(onRunning:)``); the
/// command line runs it until Ctrl-C or SIGTERM. Every analysis endpoint is handed in by the
/// caller (the command line gives its own commands, so the API answers what `--format json`
/// prints); the server adds the pages, `status`, `events`, `update` (with live progress) and
/// `/openapi.json`.
///
/// No request can crash it: every error becomes a JSON error (API) or a short page, and the
/// work one request may ask for is bounded (the endpoints' own limits, a queue, a timeout,
/// per-client rates).
public final class Dashboard: Sendable {
  public let configuration: ServerConfiguration
  let endpoints: [String: Endpoint]
  let endpointList: [Endpoint]
  /// The token POST actions must carry (`X-Decouple-Token`): the configured one, or a random
  /// one made at start-up and written into the pages this server serves.
  public let sessionToken: String
  let cache: ResultCache
  let pool: ComputePool
  let requestLimiter: RateLimiter
  let computeLimiter: RateLimiter
  let site = SiteAssets()
  let updating = Counter()
  /// Words an error of the workspace for people (the command line's wording).
  let describeError: @Sendable (any Error) -> String

  /// - Parameters:
  ///   - endpoints: the analyses, one per name (a repeated name keeps the first).
  ///   - describeError: words an error of the workspace (an update that failed).
  public init(
    configuration: ServerConfiguration, endpoints: [Endpoint],
    describeError: @escaping @Sendable (any Error) -> String = { "\($0)" }
  ) {
    self.configuration = configuration
    self.describeError = describeError
    self.endpointList = endpoints
    self.endpoints = Dictionary(endpoints.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    self.sessionToken =
      configuration.token
      ?? (0..<4).map { _ in String(UInt64.random(in: .min ... .max), radix: 16) }.joined()
    self.cache = ResultCache(
      maxEntries: configuration.cacheEntries, maxBytes: configuration.cacheBytes)
    self.pool = ComputePool(
      slots: configuration.computeSlots, queueLimit: configuration.computeQueue)
    self.requestLimiter = RateLimiter(perSecond: configuration.requestsPerSecond)
    self.computeLimiter = RateLimiter(perSecond: configuration.computationsPerSecond)
  }

  /// The workspace every request reads through.
  var workspace: Workspace {
    Workspace(storePath: configuration.storePath, environment: configuration.environment)
  }

  /// The routes: pages, static files, the API and the OpenAPI document, behind ``Guard``.
  public func router() -> Router<DashboardContext> {
    let router = Router(context: DashboardContext.self)
    router.add(middleware: Guard(dashboard: self))
    for (path, page) in Self.pages {
      router.get(RouterPath(path)) { _, _ in self.page(page) }
    }
    router.get("/static/:name") { _, context in
      try self.asset(context.parameters.require("name"))
    }
    router.get("/static/vendor/:name") { _, context in
      try self.asset("vendor/" + context.parameters.require("name"))
    }
    router.get("/favicon.ico") { _, _ in try self.asset("favicon.svg") }
    router.get("/openapi.json") { _, _ in
      Self.json(OpenAPIDocument.build(self.endpointList).serialized(pretty: true))
    }
    router.get("/api/v1/status") { _, _ in try await self.status() }
    router.get("/api/v1/events") { _, _ in Self.json(MarketEvent.catalogueJSON.serialized()) }
    router.post("/api/v1/update") { request, _ in try self.update(request) }
    router.get("/api/v1/:endpoint") { request, context in
      try await self.api(context.parameters.require("endpoint"), request, context)
    }
    return router
  }

  /// Runs on `configuration.host`/`port` until the task is cancelled, or (when
  /// `stopOnSignals`) SIGINT or SIGTERM stops it gracefully, calling `onRunning` with the port
  /// once it listens.
  public func run(
    logger: Logger = Logger(label: "decouple-serve"), stopOnSignals: Bool = true,
    onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
  ) async throws {
    try configuration.validate()
    let app = Application(
      router: router(),
      configuration: .init(
        address: .hostname(configuration.host, port: configuration.port),
        serverName: "decouple"),
      onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
      logger: logger)
    if stopOnSignals {
      try await app.runService()
    } else {
      try await app.run()
    }
  }

  // MARK: - Pages and files

  static let pages = [
    ("/", "pair.html"), ("/universe", "universe.html"), ("/claims", "claims.html"),
    ("/data", "data.html"),
  ]

  func page(_ name: String) -> Response {
    guard let asset = site[name], let html = String(validating: asset.bytes, as: UTF8.self)
    else { return Self.text(404, "Not found.") }
    let filled = html.replacingOccurrences(of: "{{SESSION_TOKEN}}", with: sessionToken)
    return Response(
      status: .ok, headers: [.contentType: asset.contentType, .cacheControl: "no-store"],
      body: .init(byteBuffer: ByteBuffer(string: filled)))
  }

  func asset(_ name: String) throws -> Response {
    guard !name.hasSuffix(".html"), let asset = site[name] else {
      throw APIError(status: 404, message: "No such file.")
    }
    return Response(
      status: .ok, headers: [.contentType: asset.contentType, .cacheControl: "no-cache"],
      body: .init(byteBuffer: ByteBuffer(bytes: asset.bytes)))
  }

  // MARK: - API

  func api(_ name: String, _ request: Request, _ context: DashboardContext) async throws
    -> Response
  {
    guard let endpoint = endpoints[name] else {
      throw APIError(
        status: 404,
        message: "There is no endpoint '\(name)'; the endpoints are listed at /openapi.json.")
    }
    let query = try Query.parse(request.uri.query)
    try Self.checkNames(query, endpoint)
    let key = "\(name)?\(query.canonical)#\(workspace.dataVersion)"
    let client = context.client
    let found = try await cache.find(
      key,
      admit: {
        guard computeLimiter.admit(client) else {
          throw APIError(
            status: 429, message: "Too many new analyses from this client; wait a second.")
        }
      },
      start: { [pool] in
        try await pool.run {
          let (bytes, type) = try endpoint.run(query).encoded
          return CachedBody(contentType: type, bytes: bytes)
        }
      })
    let body: CachedBody
    switch found {
    case .done(let b): body = b
    case .running(let task): body = try await value(of: task, within: configuration.timeout)
    }
    var headers: HTTPFields = [
      .contentType: body.contentType, .cacheControl: "no-store", .vary: "Accept-Encoding",
    ]
    let acceptsGzip = request.headers[.acceptEncoding]?.lowercased().contains("gzip") ?? false
    if acceptsGzip, let gzip = body.gzip {
      headers[.contentEncoding] = "gzip"
      return Response(status: .ok, headers: headers, body: .init(byteBuffer: gzip))
    }
    return Response(status: .ok, headers: headers, body: .init(byteBuffer: body.plain))
  }

  /// Refuses a name that is not one of the endpoint's parameters, and a repeated name that
  /// does not repeat.
  static func checkNames(_ query: Query, _ endpoint: Endpoint) throws {
    let known = Dictionary(
      endpoint.parameters.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    var seen = Set<String>()
    for item in query.items {
      guard let p = known[item.name] else {
        let names = endpoint.parameters.map(\.name).joined(separator: ", ")
        throw APIError(
          status: 400,
          message: "'\(item.name)' is not a parameter of \(endpoint.name); its parameters are: "
            + "\(names.isEmpty ? "none" : names).",
          parameter: item.name)
      }
      if !seen.insert(item.name).inserted && !p.repeating {
        throw APIError(
          status: 400, message: "'\(item.name)' is given more than once.", parameter: item.name)
      }
    }
  }

  func status() async throws -> Response {
    let ws = workspace
    let stored = try await pool.run { try ws.listing().filter { $0.origin.hasPrefix("store:") } }
    let last = stored.map(\.last).max()
    let doc = JSONValue.object([
      ("store", .string(ws.storePath)),
      ("storeExists", .bool(FileManager.default.fileExists(atPath: ws.storePath))),
      ("storedSeries", .integer(stored.count)),
      ("lastObservation", last.map(JSONValue.string) ?? .null),
      ("dataVersion", .string(ws.dataVersion)),
      ("updateRunning", .bool(updating.add(0) > 0)),
      (
        "cache",
        .object([("hits", .integer(await cache.hits)), ("misses", .integer(await cache.misses))])
      ),
    ])
    return Self.json(doc.serialized())
  }

  // MARK: - Responses

  static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(
      status: status, headers: [.contentType: "application/json", .cacheControl: "no-store"],
      body: .init(byteBuffer: ByteBuffer(string: text)))
  }

  static func text(_ status: Int, _ text: String) -> Response {
    Response(
      status: .init(code: status), headers: [.contentType: "text/plain; charset=utf-8"],
      body: .init(byteBuffer: ByteBuffer(string: text + "\n")))
  }
}
