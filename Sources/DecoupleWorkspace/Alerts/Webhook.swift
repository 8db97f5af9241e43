import DecoupleConnectors
import Foundation

/// A configured webhook: where alerts are POSTed, in which body format, with which extra
/// headers, and how often a delivery is tried.
///
/// The URL and each header value are ``Setting``s: given in the config, or read from an
/// environment variable when the webhook is resolved (``target(environment:)``), so that a
/// secret (a Slack webhook URL, a bearer token) stays out of files:
///
/// ```swift
/// let slack = Webhook(
///   name: "slack", url: .environment("SLACK_WEBHOOK_URL"), format: .slack,
///   headers: ["Authorization": .environment("DECOUPLE_WEBHOOK_TOKEN", prefix: "Bearer ")])
/// try await slack.deliver(id: alert.id, body: json, text: summary, http: HTTPClient())
/// ```
public struct Webhook: Sendable, Equatable {
  /// The body a webhook receives.
  public enum Format: String, Sendable, Equatable, CaseIterable {
    /// The alert's documented JSON body, sent byte for byte as given.
    case json
    /// `{"text":"…"}`, which Slack's incoming webhooks (and Mattermost's, Discord's `/slack`
    /// endpoint…) accept; built from the alert's one-line text.
    case slack
  }

  /// A value given directly in the config, or read from the environment.
  public enum Setting: Sendable, Equatable {
    /// The value as written.
    case value(String)
    /// The environment variable's value after `prefix` (`"Bearer "` for a token). A variable
    /// that is not set, or is empty, is an error (``DeliveryError/missingVariable(webhook:variable:setting:)``).
    case environment(String, prefix: String = "")
  }

  /// The name the config gives the webhook; errors name it.
  public var name: String
  public var url: Setting
  public var format: Format
  /// Extra header fields (an `Authorization`, a receiver's own token). `Content-Type`,
  /// `Idempotency-Key` and `X-Decouple-Alert-Id` are set by ``deliver(id:body:text:environment:http:)``
  /// and win over a header of the same name here.
  public var headers: [String: Setting]
  /// Attempts, delays and the timeout of each request (``defaultPolicy`` unless given).
  public var policy: RetryPolicy

  /// 4 attempts, 1 s base delay (full jitter, at most 30 s), `Retry-After` honoured up to
  /// 60 s, 10 s timeout per request.
  public static let defaultPolicy = RetryPolicy(
    attempts: 4, baseDelay: 1, maxDelay: 30, maxRetryAfter: 60, timeout: 10)

  public init(
    name: String, url: Setting, format: Format = .json, headers: [String: Setting] = [:],
    policy: RetryPolicy = Webhook.defaultPolicy
  ) {
    self.name = name
    self.url = url
    self.format = format
    self.headers = headers
    self.policy = policy
  }
}

extension Webhook {
  /// A webhook with its settings read: what is sent where.
  public struct Target: Sendable, Equatable {
    public var url: URL
    /// The extra header fields, values resolved.
    public var headers: [String: String]
    /// The URL as errors and log lines show it: its origin and `/…` (the path, which often
    /// holds the secret, is not shown).
    public var destination: String
  }

  /// Reads the URL and the header values, from the environment where the config says so. Call
  /// it when the config is loaded to report a missing variable before any alert is due.
  /// - Throws: ``DeliveryError/missingVariable(webhook:variable:setting:)`` for a variable not
  ///   set or empty; ``DeliveryError/invalidURL(webhook:origin:)`` unless the URL is absolute
  ///   http or https with a host; ``DeliveryError/invalidHeader(webhook:header:origin:)`` for a
  ///   value holding a control character. The URL is checked first, then the headers in name
  ///   order, and the first problem is thrown.
  public func target(environment: [String: String]) throws -> Target {
    let urlText = try resolve(url, setting: "URL", environment: environment)
    let urlOrigin = Self.origin(of: url, fallback: "its URL")
    guard let parsed = URL(string: urlText.trimmingCharacters(in: .whitespaces)),
      let scheme = parsed.scheme?.lowercased(), scheme == "http" || scheme == "https",
      let host = parsed.host, !host.isEmpty
    else { throw DeliveryError.invalidURL(webhook: name, origin: urlOrigin) }
    var fields: [String: String] = [:]
    for (header, setting) in headers.sorted(by: { $0.key < $1.key }) {
      let value = try resolve(setting, setting: "header \(header)", environment: environment)
      guard !value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
      else {
        throw DeliveryError.invalidHeader(
          webhook: name, header: header, origin: Self.origin(of: setting, fallback: "as written"))
      }
      fields[header] = value
    }
    let port = parsed.port.map { ":\($0)" } ?? ""
    let path = parsed.path.isEmpty || parsed.path == "/" ? "" : "/…"
    return Target(url: parsed, headers: fields, destination: "\(scheme)://\(host)\(port)\(path)")
  }

  func resolve(_ s: Setting, setting: String, environment: [String: String]) throws -> String {
    switch s {
    case let .value(v): return v
    case let .environment(variable, prefix):
      guard let v = environment[variable], !v.isEmpty else {
        throw DeliveryError.missingVariable(webhook: name, variable: variable, setting: setting)
      }
      return prefix + v
    }
  }

  static func origin(of s: Setting, fallback: String) -> String {
    switch s {
    case .value: fallback
    case let .environment(variable, _): "the variable \(variable)"
    }
  }
}
