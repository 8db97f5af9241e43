import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// An HTTP response as the connectors see it.
public struct HTTPResponse: Sendable {
  public var status: Int
  /// Header fields, names lower-cased.
  public var headers: [String: String]
  public var body: Data
  public var url: String

  public init(status: Int, headers: [String: String], body: Data, url: String) {
    self.status = status
    self.headers = headers
    self.body = body
    self.url = url
  }

  /// The body as text (UTF-8, invalid bytes replaced).
  public var text: String { String(decoding: body, as: UTF8.self) }

  /// Whether the body is an HTML page (by content type or by its first bytes).
  public var isHTML: Bool {
    if headers["content-type"]?.lowercased().contains("text/html") == true { return true }
    let head = text.prefix(200).trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    return head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.hasPrefix("<head")
  }
}

/// How a request is retried: up to `attempts` tries on timeouts, HTTP 429 and 5xx, waiting
/// `base × 2^(try−1)` seconds with full jitter (a uniform fraction of it, at most `maxDelay`),
/// or exactly what `Retry-After` asks when the service sends it (up to `maxRetryAfter`; a
/// longer wait is not made, the fetch fails saying how long the service asked for).
public struct RetryPolicy: Sendable, Equatable {
  public var attempts: Int
  public var baseDelay: Double
  public var maxDelay: Double
  public var maxRetryAfter: Double
  /// Seconds to wait for an answer to each request.
  public var timeout: Double

  public init(
    attempts: Int = 4, baseDelay: Double = 0.5, maxDelay: Double = 20, maxRetryAfter: Double = 60,
    timeout: Double = 30
  ) {
    self.attempts = attempts
    self.baseDelay = baseDelay
    self.maxDelay = maxDelay
    self.maxRetryAfter = maxRetryAfter
    self.timeout = timeout
  }

  /// The wait before try `attempt + 1` (1-based `attempt`), given a `Retry-After` value.
  public func delay(
    afterAttempt attempt: Int, retryAfter: Double?, random: Double = Double.random(in: 0...1)
  ) -> Double {
    if let retryAfter { return max(0, retryAfter) }
    let ceiling = min(maxDelay, baseDelay * pow(2, Double(attempt - 1)))
    return ceiling * random
  }

  /// Parses `Retry-After`: delay seconds, or an HTTP date (then seconds from `now`).
  public static func retryAfter(_ field: String?, now: Date = Date()) -> Double? {
    guard let field = field?.trimmingCharacters(in: .whitespaces), !field.isEmpty else {
      return nil
    }
    if let seconds = Double(field) { return seconds }
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = TimeZone(identifier: "GMT")
    f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
    return f.date(from: field).map { max(0, $0.timeIntervalSince(now)) }
  }
}

/// Makes GET and POST requests with the retry policy; the one place connectors and alert
/// channels touch the network.
public struct HTTPClient: Sendable {
  public var policy: RetryPolicy
  /// Called with one line per request or retry (the CLI shows them on a terminal only).
  public var log: @Sendable (String) -> Void
  /// Called by paging connectors with (page, pages, label) before each page.
  public var progress: @Sendable (Int64, Int64, String) -> Void

  public init(
    policy: RetryPolicy = .init(), log: @escaping @Sendable (String) -> Void = { _ in },
    progress: @escaping @Sendable (Int64, Int64, String) -> Void = { _, _, _ in }
  ) {
    self.policy = policy
    self.log = log
    self.progress = progress
  }

  /// GETs `url`, retrying timeouts, 429 and 5xx per `policy`; any other status is returned for
  /// the connector to interpret.
  public func get(_ url: URL, headers: [String: String] = [:], source: String) async throws
    -> HTTPResponse
  {
    try await send(HTTPRequest(url: url, headers: headers), source: source).result.get()
  }

  /// POSTs `body` to `url`, retrying timeouts, 429 and 5xx per `policy`, and returns the 2xx
  /// response. A POST is retried as a whole, so the receiver may see it more than once (after a
  /// timeout, its first answer may simply have been late): send an idempotency key in `headers`.
  /// - Throws: ``FetchError/httpStatus(source:url:status:detail:)`` at once for any other status
  ///   that is not retried (a 4xx other than 429); the retry errors as for ``get(_:headers:source:)``.
  public func post(
    _ url: URL, body: Data, headers: [String: String] = [:], source: String
  ) async throws -> HTTPResponse {
    try await send(
      HTTPRequest(method: .post, url: url, headers: headers, body: body), source: source
    )
    .result.get()
  }

  /// Sends `request`: the one retry loop behind ``get(_:headers:source:)`` and
  /// ``post(_:body:headers:source:)``.
  ///
  /// Up to `policy.attempts` requests: a timeout, 429 or 5xx is retried after
  /// ``RetryPolicy/delay(afterAttempt:retryAfter:random:)`` (the service's `Retry-After` when it
  /// sends one, on 429 and 5xx alike); a 429 asking for more than `policy.maxRetryAfter` fails at
  /// once. A connection that cannot be made (refused, DNS, TLS) fails at once, not retried. A
  /// GET returns any other status; a POST succeeds on 2xx only (see ``HTTPRequest/Method``).
  /// - Returns: the outcome and the number of requests made; failures are in `result`.
  /// - Throws: only `CancellationError`, when the task is cancelled while waiting to retry.
  public func send(_ request: HTTPRequest, source: String) async throws -> HTTPOutcome {
    var urlRequest = URLRequest(url: request.url, timeoutInterval: policy.timeout)
    urlRequest.httpMethod = request.method.rawValue
    urlRequest.setValue(
      "decouple/0.1 (+https://github.com/decouple)", forHTTPHeaderField: "User-Agent")
    for (k, v) in request.headers { urlRequest.setValue(v, forHTTPHeaderField: k) }
    urlRequest.httpBody = request.body
    let config = URLSessionConfiguration.ephemeral
    config.timeoutIntervalForRequest = policy.timeout
    config.timeoutIntervalForResource = policy.timeout
    let session = URLSession(configuration: config)
    defer { session.finishTasksAndInvalidate() }
    let shown = request.shownURL ?? Self.redacted(request.url)
    let method = request.method.rawValue
    var last: FetchError = .unreachable(source: source, url: shown, reason: "no attempt made")
    let attempts = max(1, policy.attempts)
    for attempt in 1...attempts {
      log("\(method) \(shown)" + (attempt > 1 ? " (attempt \(attempt))" : ""))
      var retryAfter: Double?
      do {
        let (data, response) = try await session.data(for: urlRequest)
        guard let http = response as? HTTPURLResponse else {
          return HTTPOutcome(
            result: .failure(
              .unreachable(source: source, url: shown, reason: "the answer is not HTTP")),
            attempts: attempt)
        }
        var fields: [String: String] = [:]
        for (k, v) in http.allHeaderFields { fields["\(k)".lowercased()] = "\(v)" }
        let r = HTTPResponse(status: http.statusCode, headers: fields, body: data, url: shown)
        switch r.status {
        case 429:
          retryAfter = RetryPolicy.retryAfter(fields["retry-after"])
          last = .rateLimited(source: source, url: shown, retryAfter: retryAfter, attempts: attempt)
          if let wait = retryAfter, wait > policy.maxRetryAfter {
            return HTTPOutcome(result: .failure(last), attempts: attempt)
          }
        case 500...599:
          retryAfter = RetryPolicy.retryAfter(fields["retry-after"])
          last = .serverError(source: source, url: shown, status: r.status, attempts: attempt)
        case 200...299:
          return HTTPOutcome(result: .success(r), attempts: attempt)
        default:
          guard request.method == .post else {
            return HTTPOutcome(result: .success(r), attempts: attempt)
          }
          let detail = String(
            r.text.trimmingCharacters(in: .whitespacesAndNewlines).prefix(200))
          return HTTPOutcome(
            result: .failure(
              .httpStatus(source: source, url: shown, status: r.status, detail: detail)),
            attempts: attempt)
        }
      } catch let error as URLError where error.code == .timedOut {
        last = .timeout(source: source, url: shown, seconds: policy.timeout, attempts: attempt)
      } catch {
        return HTTPOutcome(
          result: .failure(
            .unreachable(source: source, url: shown, reason: Self.reason(error))),
          attempts: attempt)
      }
      if attempt < attempts {
        let wait = policy.delay(afterAttempt: attempt, retryAfter: retryAfter)
        log("\(source): retrying in \(FetchError.seconds(wait))")
        try await Task.sleep(nanoseconds: UInt64(wait * 1e9))
      }
    }
    return HTTPOutcome(result: .failure(last), attempts: attempts)
  }

  /// The URL with any key-like query parameter replaced by `***`, for messages and provenance.
  public static func redacted(_ url: URL) -> String {
    guard var c = URLComponents(url: url, resolvingAgainstBaseURL: false) else {
      return url.absoluteString
    }
    c.queryItems = c.queryItems?.map { item in
      item.name.lowercased().contains("key") ? URLQueryItem(name: item.name, value: "***") : item
    }
    return c.url?.absoluteString ?? url.absoluteString
  }

  static func reason(_ error: any Error) -> String {
    if let u = error as? URLError {
      switch u.code {
      case .cannotConnectToHost: return "connection refused"
      case .cannotFindHost, .dnsLookupFailed: return "host not found"
      case .notConnectedToInternet: return "no network connection"
      case .networkConnectionLost: return "the connection was lost mid-answer"
      default: return u.localizedDescription
      }
    }
    return "\(error)"
  }
}
