import DecoupleData
import Foundation

/// A live market-data source. Each connector is a small type: it builds the source's documented
/// requests against a configurable `baseURL` (the real service by default; a local test server
/// in the tests), pages through them and parses the documented response format.
public protocol Connector: Sendable {
  /// What the source is, serves and limits, for `decouple sources`.
  var info: ConnectorInfo { get }
  /// Fetches `request.symbol` over `[request.from, request.to)`, complete intervals only.
  /// - Throws: `FetchError`.
  func fetch(_ request: FetchRequest, http: HTTPClient) async throws -> FetchResult
}

/// The description of a connector, as `decouple sources` shows it.
public struct ConnectorInfo: Sendable, Equatable {
  /// The id used with `--source` (`coinbase`).
  public var id: String
  public var name: String
  /// What it serves, in a few words.
  public var serves: String
  /// Symbols it is known to serve (others may work).
  public var symbols: [String]
  public var intervals: [Interval]
  /// Its limits, in plain words.
  public var limits: String
  /// The environment variable holding its key, when it takes one.
  public var keyVariable: String?
  /// The licence of its data, when it attaches one.
  public var licence: String?
  /// The environment variable that overrides its base URL.
  public var baseURLVariable: String
}

/// What to fetch.
public struct FetchRequest: Sendable, Equatable {
  /// The symbol as the user typed it (`ETH`, `RUT`, `DGS2`, `ETH.SplyCur`).
  public var symbol: String
  public var interval: Interval
  /// Seconds since 1970: the first interval wanted, and the end (exclusive; usually now).
  public var from: Int64
  public var to: Int64
  /// The current time, seconds since 1970: intervals still in progress at `now` are left out
  /// and a later timestamp is clock skew. Defaults to `to`.
  public var now: Int64

  public init(symbol: String, interval: Interval, from: Int64, to: Int64, now: Int64? = nil) {
    self.symbol = symbol
    self.interval = interval
    self.from = from
    self.to = to
    self.now = now ?? to
  }
}

/// What a connector returns: the observations, in increasing time, and what describes them.
public struct FetchResult: Sendable, Equatable {
  /// The symbol it is stored under (upper case).
  public var symbol: String
  public var source: String
  /// What the source calls it (`ETH-USD`, `^RUT`).
  public var instrument: String
  public var kind: DatasetKind
  public var unit: String
  public var timeZone: String
  public var calendar: MarketCalendar
  public var licence: String
  public var observations: [Observation]
  /// Every request made (keys redacted).
  public var requests: [String]
  /// Quirks handled, in plain words.
  public var notes: [String]

  public init(
    symbol: String, source: String, instrument: String, kind: DatasetKind, unit: String,
    timeZone: String, calendar: MarketCalendar, licence: String = "",
    observations: [Observation] = [], requests: [String] = [], notes: [String] = []
  ) {
    self.symbol = symbol.uppercased()
    self.source = source
    self.instrument = instrument
    self.kind = kind
    self.unit = unit
    self.timeZone = timeZone
    self.calendar = calendar
    self.licence = licence
    self.observations = observations
    self.requests = requests
    self.notes = notes
  }
}

extension URL {
  /// `self` + `path` with `query` items, for building a connector's requests.
  func appending(path: String, query: [(String, String)]) -> URL {
    var c = URLComponents(
      url: appendingPathComponent(path), resolvingAgainstBaseURL: false)!
    if !query.isEmpty { c.queryItems = query.map { URLQueryItem(name: $0.0, value: $0.1) } }
    // `+` is literal in a query per RFC 3986 but read as a space by many servers.
    c.percentEncodedQuery = c.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
    return c.url!
  }
}
