import Foundation
import HTTPTypes
import Hummingbird

/// What every request passes before its route, and what every response carries after it.
///
/// Before: the request target's length, the `Host` header (a server on loopback answers only to
/// loopback names, which defeats DNS rebinding), the token when one is configured, the client's
/// request rate, and for POST the session token and a same-origin `Origin`. After: a strict
/// Content-Security-Policy (scripts and styles from this server only, requests to this server
/// only, no frames) and the usual hardening headers. Any error a route throws becomes a JSON
/// error (API paths) or a short text, never a crash.
struct Guard: RouterMiddleware {
  typealias Context = DashboardContext
  let dashboard: Dashboard

  static let tokenHeader = HTTPField.Name("X-Decouple-Token")!
  static let hostHeader = HTTPField.Name("Host")!

  /// The host the client asked for: a `Host` field where a client set one as such, else the
  /// authority (where HTTPTypes keeps HTTP/1's `Host` header).
  static func host(_ request: Request) -> String? {
    request.headers[hostHeader] ?? request.head.authority
  }
  static let contentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
    + "frame-ancestors 'none'"

  func handle(
    _ request: Request, context: Context,
    next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    let path = request.uri.path
    let isAPI = path.hasPrefix("/api/") || path == "/openapi.json"
    var response: Response
    var setCookie = false
    do {
      setCookie = try admit(request, context)
      response = try await next(request, context)
    } catch {
      response = Self.response(for: error, isAPI: isAPI)
    }
    response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
    response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
    response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
    response.headers[HTTPField.Name("Cross-Origin-Resource-Policy")!] = "same-origin"
    response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
    if setCookie, let token = dashboard.configuration.token {
      response.headers[.setCookie] = "decouple_token=\(token); Path=/; HttpOnly; SameSite=Strict"
    }
    return response
  }

  /// Throws the refusal; returns whether the token came in the query (to set the cookie).
  func admit(_ request: Request, _ context: Context) throws -> Bool {
    let config = dashboard.configuration
    guard request.uri.description.utf8.count <= config.maxTargetBytes else {
      throw APIError(
        status: 414,
        message: "The request target is longer than \(config.maxTargetBytes) bytes.")
    }
    if ServerConfiguration.isLoopback(config.host), let host = Self.host(request),
      !Self.isLoopbackHost(host)
    {
      throw APIError(
        status: 421, message: "This server answers to 127.0.0.1 and localhost only.")
    }
    var tokenFromQuery = false
    if let token = config.token {
      let query = try? Query.parse(request.uri.query)
      let given =
        request.headers[Self.tokenHeader] ?? query?["token"]
        ?? Self.cookie("decouple_token", in: request.headers[.cookie])
      guard let given, Self.equal(given, token) else {
        throw APIError(
          status: 403,
          message:
            "A token is required: open the address `decouple serve` printed (it has ?token=…).")
      }
      tokenFromQuery = request.headers[Self.tokenHeader] == nil && query?["token"] != nil
    }
    guard dashboard.requestLimiter.admit(context.client) else {
      throw APIError(status: 429, message: "Too many requests from this client; slow down.")
    }
    switch request.method {
    case .get, .head: break
    case .post:
      guard let given = request.headers[Self.tokenHeader], Self.equal(given, dashboard.sessionToken)
      else {
        throw APIError(
          status: 403, message: "This action needs the session token of the page that asks.")
      }
      if let origin = request.headers[.origin], let host = Self.host(request),
        origin != "http://\(host)"
      {
        throw APIError(status: 403, message: "Actions are accepted from this server's pages only.")
      }
      if let length = request.headers[.contentLength].flatMap(Int.init),
        length > config.maxBodyBytes
      {
        throw APIError(
          status: 413, message: "The request body is larger than \(config.maxBodyBytes) bytes.")
      }
    default:
      throw APIError(status: 405, message: "Only GET and POST are answered.")
    }
    return tokenFromQuery
  }

  static func isLoopbackHost(_ host: String) -> Bool {
    var name = host.lowercased()
    if name.hasPrefix("[") {
      name = String(name.prefix { $0 != "]" }) + "]"
    } else if let colon = name.lastIndex(of: ":") {
      name = String(name[..<colon])
    }
    return ServerConfiguration.isLoopback(name)
  }

  static func cookie(_ name: String, in header: String?) -> String? {
    guard let header else { return nil }
    for part in header.split(separator: ";") {
      let kv = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
      if kv.count == 2 && kv[0] == name { return String(kv[1]) }
    }
    return nil
  }

  /// Compares in time independent of where the strings differ.
  static func equal(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    guard x.count == y.count else { return false }
    var diff: UInt8 = 0
    for i in x.indices { diff |= x[i] ^ y[i] }
    return diff == 0
  }

  /// The response for an error a route or check threw.
  static func response(for error: any Error, isAPI: Bool) -> Response {
    let apiError: APIError
    switch error {
    case let e as APIError: apiError = e
    case let e as HTTPError:
      apiError = APIError(status: Int(e.status.code), message: e.body ?? e.status.reasonPhrase)
    default:
      apiError = APIError(status: 500, message: "The server failed to answer: \(error)")
    }
    if isAPI {
      return Dashboard.json(apiError.json.serialized(), status: .init(code: apiError.status))
    }
    return Dashboard.text(apiError.status, apiError.message)
  }
}
