import DecoupleConnectors
import Foundation

extension Webhook {
  /// A delivered alert: the receiver's 2xx status and the number of requests it took.
  public struct Delivery: Sendable, Equatable {
    public var status: Int
    public var attempts: Int

    public init(status: Int, attempts: Int) {
      self.status = status
      self.attempts = attempts
    }
  }

  /// POSTs one alert to the webhook, retrying per ``policy``.
  ///
  /// The body is `body` unchanged for ``Format/json``, or ``slackBody(_:)`` of `text` for
  /// ``Format/slack``; either way `Content-Type: application/json`. `Idempotency-Key` and
  /// `X-Decouple-Alert-Id` carry `id`, so a receiver can drop a repeat: a request whose answer
  /// was late (a timeout) is sent again, and the receiver may already have taken it.
  ///
  /// Timeouts, 429 and 5xx are retried (the receiver's `Retry-After` honoured up to
  /// `policy.maxRetryAfter`); any other non-2xx status fails at once, and so does a connection
  /// that cannot be made. `http` supplies the log; its policy is replaced by the webhook's.
  /// - Parameters:
  ///   - id: the alert's stable identifier; it must be non-empty, without control characters.
  ///   - environment: where ``Setting/environment(_:prefix:)`` settings are read.
  /// - Returns: the 2xx status and the attempts made.
  /// - Throws: the errors of ``target(environment:)`` before anything is sent; then
  ///   ``DeliveryError/rejected(webhook:destination:status:detail:attempts:)``,
  ///   ``DeliveryError/serverError(webhook:destination:status:attempts:)``,
  ///   ``DeliveryError/rateLimited(webhook:destination:retryAfter:attempts:)``,
  ///   ``DeliveryError/timeout(webhook:destination:seconds:attempts:)`` or
  ///   ``DeliveryError/unreachable(webhook:destination:reason:attempts:)``; `CancellationError`
  ///   when the task is cancelled while waiting to retry.
  @discardableResult
  public func deliver(
    id: String, body: Data, text: String,
    environment: [String: String] = ProcessInfo.processInfo.environment, http: HTTPClient
  ) async throws -> Delivery {
    precondition(
      !id.isEmpty && !id.unicodeScalars.contains { $0.properties.generalCategory == .control },
      "an alert id is non-empty and has no control characters")
    let target = try target(environment: environment)
    var fields = target.headers
    for name in fields.keys
    where ["content-type", "idempotency-key", "x-decouple-alert-id"].contains(name.lowercased()) {
      fields[name] = nil
    }
    fields["Content-Type"] = "application/json"
    fields["Idempotency-Key"] = id
    fields["X-Decouple-Alert-Id"] = id
    let request = HTTPRequest(
      method: .post, url: target.url, headers: fields, body: requestBody(body: body, text: text),
      shownURL: target.destination)
    var client = http
    client.policy = policy
    let outcome = try await client.send(request, source: "webhook \(name)")
    switch outcome.result {
    case let .success(response):
      return Delivery(status: response.status, attempts: outcome.attempts)
    case let .failure(error):
      throw deliveryError(error, destination: target.destination, attempts: outcome.attempts)
    }
  }

  /// The body this webhook's format sends for an alert.
  public func requestBody(body: Data, text: String) -> Data {
    switch format {
    case .json: body
    case .slack: Self.slackBody(text)
    }
  }

  /// `{"text":"…"}`: the one member, `text` escaped as JSON (slashes left as they are).
  public static func slackBody(_ text: String) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    return (try? encoder.encode(["text": text])) ?? Data(#"{"text":""}"#.utf8)
  }

  func deliveryError(_ error: FetchError, destination: String, attempts: Int) -> DeliveryError {
    switch error {
    case let .httpStatus(_, _, status, detail):
      .rejected(
        webhook: name, destination: destination, status: status, detail: detail,
        attempts: attempts)
    case let .serverError(_, _, status, _):
      .serverError(webhook: name, destination: destination, status: status, attempts: attempts)
    case let .rateLimited(_, _, after, _):
      .rateLimited(webhook: name, destination: destination, retryAfter: after, attempts: attempts)
    case let .timeout(_, _, seconds, _):
      .timeout(webhook: name, destination: destination, seconds: seconds, attempts: attempts)
    case let .unreachable(_, _, reason):
      .unreachable(webhook: name, destination: destination, reason: reason, attempts: attempts)
    default:
      .unreachable(
        webhook: name, destination: destination, reason: "\(error)", attempts: attempts)
    }
  }
}
