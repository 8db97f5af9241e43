import DecoupleRender

/// One analysis the API offers, at `GET /api/v1/<name>`: its parameters and how it computes.
///
/// The server knows nothing of how an endpoint computes: the command line hands it its own
/// commands (one code path, so the API returns the same document as `--format json`).
public struct Endpoint: Sendable {
  /// The path segment: `analyze`, `corr`, …
  public var name: String
  /// One line on what it answers.
  public var summary: String
  /// Its parameters, in the order the command line takes them.
  public var parameters: [Parameter]
  /// Computes the answer from the query, or throws ``APIError``.
  public var run: @Sendable (Query) throws -> Body

  /// What an endpoint answers.
  public enum Body: Sendable {
    /// A JSON document (docs/json.md).
    case json(JSONValue)
    /// An SVG picture.
    case svg(String)

    /// The bytes sent and their media type.
    var encoded: (bytes: [UInt8], contentType: String) {
      switch self {
      case .json(let v): (Array(v.serialized().utf8), "application/json")
      case .svg(let s): (Array(s.utf8), "image/svg+xml")
      }
    }
  }

  public init(
    name: String, summary: String, parameters: [Parameter],
    run: @escaping @Sendable (Query) throws -> Body
  ) {
    self.name = name
    self.summary = summary
    self.parameters = parameters
    self.run = run
  }
}

/// A parameter of an ``Endpoint``.
public struct Parameter: Sendable, Equatable {
  public enum Kind: String, Sendable {
    /// A series or other operand (`a`, `b`, `symbols`).
    case operand
    /// A named value (`window=90`).
    case option
    /// On or off (`hac=true`).
    case flag
  }

  public var name: String
  public var kind: Kind
  public var help: String
  public var required: Bool
  /// Several values may be given (repeated, or separated by commas).
  public var repeating: Bool
  /// The value when absent, as text (`nil`: none).
  public var defaultValue: String?
  /// The only values accepted, when the set is closed.
  public var allowed: [String]?

  public init(
    name: String, kind: Kind, help: String, required: Bool = false, repeating: Bool = false,
    defaultValue: String? = nil, allowed: [String]? = nil
  ) {
    self.name = name
    self.kind = kind
    self.help = help
    self.required = required
    self.repeating = repeating
    self.defaultValue = defaultValue
    self.allowed = allowed
  }
}

/// The query of a request: each parameter's values in the order given. Names are unique keys;
/// a repeated name keeps every value.
public struct Query: Sendable, Equatable, Hashable {
  public var items: [(name: String, value: String)]

  public init(_ items: [(name: String, value: String)]) { self.items = items }

  /// Every value given for `name`.
  public func values(_ name: String) -> [String] {
    items.filter { $0.name == name }.map(\.value)
  }

  /// The first value given for `name`.
  public subscript(name: String) -> String? { items.first { $0.name == name }?.value }

  /// The same query sorted by name (values of one name keep their order): the cache key of
  /// equal requests written in another order.
  public var canonical: String {
    let names = Set(items.map(\.name)).sorted()
    return names.map { name in
      values(name).map { "\(name)=\($0)" }.joined(separator: "&")
    }.joined(separator: "&")
  }

  public static func == (l: Query, r: Query) -> Bool { l.canonical == r.canonical }
  public func hash(into hasher: inout Hasher) { hasher.combine(canonical) }
}

/// A request the API refuses or cannot answer; sent as `{"error": {…}}` with `status`.
public struct APIError: Error, Sendable, Equatable {
  /// 400 a parameter is wrong, 404 unknown endpoint or symbol, 422 the data cannot answer,
  /// 403 a missing token, 413 too large, 429 too many requests, 503 busy or too slow.
  public var status: Int
  /// The fact, in words for people.
  public var message: String
  /// The parameter at fault, when one is.
  public var parameter: String?

  public init(status: Int, message: String, parameter: String? = nil) {
    self.status = status
    self.message = message
    self.parameter = parameter
  }

  /// The JSON body.
  public var json: JSONValue {
    .object([
      (
        "error",
        .object([
          ("status", .integer(status)), ("message", .string(message)),
          ("parameter", parameter.map(JSONValue.string) ?? .null),
        ])
      )
    ])
  }
}
