import DecoupleAnalysis
import DecoupleData
import DecoupleSeries

/// What `decouple watch` watches: pairs, each with its window and rules, and where alerts go.
public struct Watchlist: Sendable, Equatable {
  /// One watched pair.
  public struct Pair: Sendable, Equatable {
    public var a: String
    public var b: String
    /// Rolling window, in observations.
    public var window: Int
    public var frequency: Frequency
    public var rules: [AlertRule]

    public init(
      a: String, b: String, window: Int = 90, frequency: Frequency = .daily,
      rules: [AlertRule] = AlertRule.defaults
    ) {
      self.a = a.uppercased()
      self.b = b.uppercased()
      self.window = window
      self.frequency = frequency
      self.rules = rules
    }

    /// `A/B` with the defaults; `nil` unless the text is two non-empty symbols around one `/`.
    public init?(parsing text: String) {
      let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        .map { $0.trimmingCharacters(in: .whitespaces) }
      guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
      self.init(a: parts[0], b: parts[1])
    }

    /// The pair as alerts name it: `ETH/RUT w90 daily`. Part of every alert's id.
    public var key: String { "\(a)/\(b) w\(window) \(frequency.rawValue)" }
  }

  /// A webhook as the watchlist describes it (``Webhook`` resolves it against the environment).
  public struct WebhookSpec: Sendable, Equatable {
    /// The channel's name in alerts' delivery records (`webhook:<name>`).
    public var name: String
    /// The URL, or the environment variable holding it (for secrets).
    public var url: String?
    public var urlEnv: String?
    /// `json` (the documented body) or `slack` (`{"text": …}`).
    public var format: String
    /// Extra headers; a value `${VAR}` is read from the environment variable VAR.
    public var headers: [String: String]
    /// Tries per delivery (default 4), with exponential backoff between them.
    public var attempts: Int

    public init(
      name: String, url: String? = nil, urlEnv: String? = nil, format: String = "json",
      headers: [String: String] = [:], attempts: Int = 4
    ) {
      self.name = name
      self.url = url
      self.urlEnv = urlEnv
      self.format = format
      self.headers = headers
      self.attempts = attempts
    }
  }

  public var pairs: [Pair]
  /// The JSON-lines log file, if any (a leading `~` is expanded).
  public var log: String?
  public var webhooks: [WebhookSpec]
  /// The file it was read from, for messages.
  public var path: String

  public init(pairs: [Pair], log: String? = nil, webhooks: [WebhookSpec] = [], path: String = "") {
    self.pairs = pairs
    self.log = log
    self.webhooks = webhooks
    self.path = path
  }

  /// The channel names a new alert is delivered on, besides the terminal: `log`, then
  /// `webhook:<name>` for each webhook.
  public var channels: [String] {
    (log == nil ? [] : ["log"]) + webhooks.map { "webhook:\($0.name)" }
  }

  /// Every symbol the pairs name, each once, in order.
  public var symbols: [String] {
    var seen = Set<String>()
    return pairs.flatMap { [$0.a, $0.b] }.filter { seen.insert($0).inserted }
  }
}

/// A watchlist that cannot be used, with where in the file.
public struct WatchlistError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  /// 1-based line and column; `nil` when the problem is the whole file.
  public var line: Int?
  public var column: Int?
  public var message: String

  public init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
    self.path = path
    self.line = line
    self.column = column
    self.message = message
  }

  /// `watch.yaml:7:13: unknown sense 'corelation' (known: …).`
  public var description: String {
    let place = [path, line.map(String.init), column.map(String.init)].compactMap { $0 }
      .joined(separator: ":")
    return "\(place): \(message)"
  }
}
