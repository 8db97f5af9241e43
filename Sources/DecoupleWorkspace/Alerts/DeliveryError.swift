import Foundation

/// Why an alert could not be delivered through a channel (a ``Webhook`` or the ``AlertLog``).
///
/// Each case prints one sentence naming the webhook (by the name its config gives it) or the
/// log file, and what happened: the environment variable that is missing, the status the
/// receiver answered, how many attempts were made. A webhook's address is shown as its origin
/// only (`https://hooks.slack.com/…`), since the rest of a webhook URL is often its secret; what
/// to do about it is the caller's to say.
public enum DeliveryError: Error, Sendable, Equatable {
  /// The environment variable `variable`, which the webhook's `setting` (`"URL"`, or
  /// `"header Authorization"`) is read from, is not set or is empty.
  case missingVariable(webhook: String, variable: String, setting: String)
  /// The webhook's URL is not an absolute http or https address; `origin` says where it came
  /// from (`"its URL"`, or `"the variable SLACK_WEBHOOK_URL"`). The value itself is not shown.
  case invalidURL(webhook: String, origin: String)
  /// A header's value holds a line break or another control character (it would end the
  /// header); `origin` says where it came from, as for ``invalidURL(webhook:origin:)``.
  case invalidHeader(webhook: String, header: String, origin: String)
  /// The receiver answered a status that is not retried (a 4xx other than 429, or an unfollowed
  /// 3xx); `detail` is the start of its answer, possibly empty.
  case rejected(webhook: String, destination: String, status: Int, detail: String, attempts: Int)
  /// HTTP 5xx on every attempt.
  case serverError(webhook: String, destination: String, status: Int, attempts: Int)
  /// HTTP 429 on every attempt, or a wait asked for that is longer than the policy allows;
  /// `retryAfter` is the last wait the receiver asked for.
  case rateLimited(webhook: String, destination: String, retryAfter: Double?, attempts: Int)
  /// No answer within `seconds` on every attempt.
  case timeout(webhook: String, destination: String, seconds: Double, attempts: Int)
  /// The connection could not be made (refused, host not found, TLS…); not retried.
  case unreachable(webhook: String, destination: String, reason: String, attempts: Int)
  /// The alert log could not be created, read or appended to.
  case logUnwritable(path: String, reason: String)
  /// The line given for `id` is not a JSON object whose `key` member is the string `id`, so the
  /// log could not recognise it again; nothing was written.
  case logLineWithoutID(path: String, id: String, key: String)
}

extension DeliveryError: CustomStringConvertible {
  /// One sentence: the webhook or the file, and what happened.
  public var description: String {
    switch self {
    case let .missingVariable(w, variable, setting):
      "Webhook '\(w)': the environment variable \(variable), which its \(setting) is read from, "
        + "is not set."
    case let .invalidURL(w, origin):
      "Webhook '\(w)': \(origin) is not an absolute http or https URL."
    case let .invalidHeader(w, header, origin):
      "Webhook '\(w)': the value of header '\(header)' (\(origin)) holds a line break or "
        + "another control character."
    case let .rejected(w, destination, status, detail, n):
      "Webhook '\(w)': \(destination) refused the alert with HTTP \(status) "
        + Self.after(n) + Self.tail(detail)
    case let .serverError(w, destination, status, n):
      "Webhook '\(w)': server error HTTP \(status) from \(destination) on all \(n) attempts."
    case let .rateLimited(w, destination, after, n):
      "Webhook '\(w)': rate limited (HTTP 429) by \(destination) " + Self.after(n)
        + (after.map { "; it asked to wait \(Self.seconds($0))" } ?? "") + "."
    case let .timeout(w, destination, seconds, n):
      "Webhook '\(w)': no answer within \(Self.seconds(seconds)) from \(destination) "
        + Self.after(n) + "."
    case let .unreachable(w, destination, reason, n):
      "Webhook '\(w)': cannot reach \(destination): \(reason) " + Self.after(n) + "."
    case let .logUnwritable(path, reason):
      "Cannot append to the alert log '\(path)': \(reason)."
    case let .logLineWithoutID(path, id, key):
      "The alert '\(id)' was not written to the log '\(path)': its line is not a JSON object "
        + "whose \"\(key)\" is '\(id)'."
    }
  }

  /// "(after 1 attempt)", "(after 3 attempts)".
  static func after(_ n: Int) -> String {
    "(after \(n) attempt\(n == 1 ? "" : "s"))"
  }

  /// `.` for no detail, else `: detail` ending in a full stop.
  static func tail(_ detail: String) -> String {
    let d = detail.trimmingCharacters(in: .whitespacesAndNewlines)
    if d.isEmpty { return "." }
    return ": " + d + (d.hasSuffix(".") ? "" : ".")
  }

  static func seconds(_ x: Double) -> String {
    x == x.rounded() ? "\(Int(x)) s" : "\(Double(Int(x * 10)) / 10) s"
  }
}
