import Foundation
import Hummingbird

/// A local HTTP server on 127.0.0.1 (a free port) that answers like the real market-data
/// services, in each one's documented format, so the real connector code can be tested without
/// the network.
///
/// Every route starts with a fault segment: `http://127.0.0.1:PORT/ok/coinbase` is the base URL
/// of a well-behaved Coinbase; `/429once/coinbase` answers 429 (Retry-After: 1) the first time
/// each URL is asked; see `Fault` for the others. Values are a deterministic function of time
/// (`FakeMarketServer.value`), and `revise` shifts the latest ones to simulate revisions.
public final class FakeMarketServer: Sendable {
  public let port: Int
  public let state: State
  private let server: LocalServer

  /// The base URL for `source` (`coinbase`, `binance`, `kraken`, `yahoo`, `fred`, `fredapi`,
  /// `coinmetrics`, `coingecko`) with `fault` (`ok` for none).
  public func baseURL(_ source: String, fault: String = "ok") -> URL {
    URL(string: "http://127.0.0.1:\(port)/\(fault)/\(source)")!
  }

  /// The base URL under which the recording `name` (see `State.serve`) is served unchanged.
  public func recordedURL(_ name: String) -> URL {
    URL(string: "http://127.0.0.1:\(port)/recorded/\(name)")!
  }

  /// The environment that points every connector of the CLI at this server.
  public func environment(fault: String = "ok") -> [String: String] {
    [
      "DECOUPLE_COINBASE_URL": baseURL("coinbase", fault: fault).absoluteString,
      "DECOUPLE_BINANCE_URL": baseURL("binance", fault: fault).absoluteString,
      "DECOUPLE_KRAKEN_URL": baseURL("kraken", fault: fault).absoluteString,
      "DECOUPLE_YAHOO_URL": baseURL("yahoo", fault: fault).absoluteString,
      "DECOUPLE_FRED_URL": baseURL("fred", fault: fault).absoluteString,
      "DECOUPLE_FRED_API_URL": baseURL("fredapi", fault: fault).absoluteString,
      "DECOUPLE_COINMETRICS_URL": baseURL("coinmetrics", fault: fault).absoluteString,
      "DECOUPLE_COINGECKO_URL": baseURL("coingecko", fault: fault).absoluteString,
      "DECOUPLE_NOW": "\(state.now)", "DECOUPLE_RETRY_BASE_DELAY": "0.01",
    ]
  }

  /// Starts a server; `now` is the time its data runs up to (the in-progress interval included,
  /// as the real services do).
  public static func start(now: Int64 = FakeMarketServer.defaultNow) async throws
    -> FakeMarketServer
  {
    let state = State(now: now)
    let server = try await LocalServer.start(
      router: Routes.build(state), label: "fake-market-server")
    return FakeMarketServer(server: server, state: state)
  }

  private init(server: LocalServer, state: State) {
    self.server = server
    self.port = server.port
    self.state = state
  }

  /// Stops the server (gracefully: requests in progress are still answered).
  public func stop() { server.stop() }

  /// 2026-11-20 12:00 UTC.
  public static let defaultNow: Int64 = 1_795_176_000

  /// The value every fake source serves at `time` (a gentle wave, always positive).
  public static func value(_ time: Int64, step: Int64) -> Double {
    let i = Double(time / step)
    return 1_000 + 100 * sin(i / 7) + Double(time / step % 13)
  }

  /// What the server has seen and how it should behave; thread-safe.
  public final class State: @unchecked Sendable {
    private let lock = NSLock()
    private var _requests: [String] = []
    private var _seen: Set<String> = []
    private var _revise: Double = 0
    private var _now: Int64
    /// The time the data run up to; a test moves it on (``advance(days:)``) to play the market
    /// day by day.
    public var now: Int64 {
      get { lock.withLock { _now } }
      set { lock.withLock { _now = newValue } }
    }
    /// Moves ``now`` on by `days` days.
    public func advance(days: Int) { lock.withLock { _now += Int64(days) * 86_400 } }

    init(now: Int64) { self._now = now }

    /// Every request path with its query, in arrival order.
    public var requests: [String] { lock.withLock { _requests } }
    /// Added to the values of the last five intervals before `now` (simulates revisions).
    public var revise: Double {
      get { lock.withLock { _revise } }
      set { lock.withLock { _revise = newValue } }
    }
    public func reset() { lock.withLock { _requests = [] } }
    private var _adjustment: Double = 1
    /// Yahoo's adjusted close ÷ close on every day (1: no dividend or split since); setting it
    /// simulates a new dividend that changes the whole adjusted history.
    public var adjustment: Double {
      get { lock.withLock { _adjustment } }
      set { lock.withLock { _adjustment = newValue } }
    }

    private var _recordings: [String: Reply] = [:]
    /// Serves `body` unchanged, with `contentType` and the recorded `status`, for every request
    /// under `recordedURL(name)` (a recorded response that others published).
    public func serve(
      _ name: String, body: String, contentType: String = "application/json", status: Int = 200
    ) {
      lock.withLock {
        _recordings[name] = Reply(status: status, contentType: contentType, body: body)
      }
    }
    func recording(_ name: String) -> Reply? { lock.withLock { _recordings[name] } }

    /// Records a request; returns whether this exact URI was seen before.
    func record(_ uri: String) -> Bool {
      lock.withLock {
        _requests.append(uri)
        return !_seen.insert(uri).inserted
      }
    }

    func value(_ time: Int64, step: Int64) -> Double {
      FakeMarketServer.value(time, step: step) + (time >= now - now % step - 5 * step ? revise : 0)
    }
  }
}
