import Foundation

/// One request for ``HTTPClient/send(_:source:)``: a method, a URL, header fields and, for a
/// POST, a body.
public struct HTTPRequest: Sendable {
  public enum Method: String, Sendable {
    /// Any status that is not retried is returned for the caller to interpret.
    case get = "GET"
    /// Only 2xx is success: any other status that is not retried (a 4xx other than 429, a 3xx
    /// that was not followed) fails at once with ``FetchError/httpStatus(source:url:status:detail:)``.
    case post = "POST"
  }

  public var method: Method
  public var url: URL
  public var headers: [String: String]
  public var body: Data?
  /// How the URL appears in log lines and errors; `nil` shows ``HTTPClient/redacted(_:)``. A
  /// caller whose URL holds a secret in its path (a webhook's) passes a shorter form.
  public var shownURL: String?

  public init(
    method: Method = .get, url: URL, headers: [String: String] = [:], body: Data? = nil,
    shownURL: String? = nil
  ) {
    self.method = method
    self.url = url
    self.headers = headers
    self.body = body
    self.shownURL = shownURL
  }
}

/// What ``HTTPClient/send(_:source:)`` ended with, and after how many attempts.
public struct HTTPOutcome: Sendable {
  /// The response, or why there is none.
  public var result: Result<HTTPResponse, FetchError>
  /// Requests made (1 when the first answer settled it).
  public var attempts: Int

  public init(result: Result<HTTPResponse, FetchError>, attempts: Int) {
    self.result = result
    self.attempts = attempts
  }
}
