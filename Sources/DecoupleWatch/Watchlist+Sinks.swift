import DecoupleData
import DecoupleWorkspace
import Foundation

extension Watchlist {
  /// The watchlist's webhooks as the workspace sends them: a URL from `url-env` is read from the
  /// environment; a header value `Bearer ${VAR}` takes VAR's value after its prefix.
  public var webhookTargets: [Webhook] {
    webhooks.map { spec in
      var policy = Webhook.defaultPolicy
      policy.attempts = spec.attempts
      return Webhook(
        name: spec.name,
        url: spec.urlEnv.map { .environment($0) } ?? .value(spec.url ?? ""),
        format: spec.format == "slack" ? .slack : .json,
        headers: spec.headers.mapValues(Self.setting), policy: policy)
    }
  }

  /// `Bearer ${TOKEN}` → the variable TOKEN after the prefix `Bearer `; any other text as
  /// written.
  static func setting(_ text: String) -> Webhook.Setting {
    guard text.hasSuffix("}"), let open = text.range(of: "${") else { return .value(text) }
    let name = text[open.upperBound..<text.index(before: text.endIndex)]
    guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
      return .value(text)
    }
    return .environment(String(name), prefix: String(text[..<open.lowerBound]))
  }

  /// The channels, by the names ``channels`` gives, ready to deliver through `workspace`.
  /// Every webhook's settings are read now, so a missing variable is reported before any alert
  /// is due.
  /// - Throws: `DeliveryError` for a webhook whose URL or header cannot be read.
  public func sinks(workspace: Workspace) throws -> [String: any AlertSink] {
    var out: [String: any AlertSink] = [:]
    if let log {
      out["log"] = LogSink(log: AlertLog(path: NSString(string: log).expandingTildeInPath))
    }
    for hook in webhookTargets {
      _ = try hook.target(environment: workspace.environment)
      out["webhook:\(hook.name)"] = WebhookSink(webhook: hook, workspace: workspace)
    }
    return out
  }
}

/// The JSON-lines log: one alert body per line, each id once.
struct LogSink: AlertSink {
  var log: AlertLog
  func deliver(_ alert: AlertRecord) async throws {
    _ = try log.append(id: alert.id, line: alert.body)
  }
}

/// A webhook: the body (or Slack's text), with the alert's id as its idempotency key.
struct WebhookSink: AlertSink {
  var webhook: Webhook
  var workspace: Workspace
  func deliver(_ alert: AlertRecord) async throws {
    try await workspace.deliver(
      alert.id, body: Data(alert.body.utf8), text: alert.sentence, to: webhook)
  }
}
