import Foundation
import HTTPTypes
import Hummingbird

/// A local webhook receiver on 127.0.0.1 (a free port) for tests of alert delivery.
///
/// It records every POST to ``url`` (headers and body, with the status it answered), answers as
/// told (``respond(_:)``, ``delay(_:first:)``), and keeps the bodies it accepted (answered 2xx)
/// once per `Idempotency-Key`, as a receiver that drops repeats does: a repeat is answered 200
/// again but not accepted twice. A request without the header is accepted every time.
public final class WebhookReceiver: Sendable {
  /// How the receiver answers.
  public enum Mode: Sendable, Equatable {
    /// 200 to everything.
    case accept
    /// `status` (with `Retry-After: retryAfter` seconds when given) to the first `count`
    /// requests after the mode is set, then 200.
    case failFirst(Int, status: Int = 500, retryAfter: Int? = nil)
    /// `status` to everything, with a short explanation as the body.
    case reject(status: Int = 400)
  }

  /// One request as the receiver saw it.
  public struct Received: Sendable {
    /// Header fields, names lower-cased.
    public let headers: [String: String]
    public let body: Data
    /// The status it was answered.
    public let status: Int
    /// The body as text.
    public var text: String { String(decoding: body, as: UTF8.self) }
  }

  public let port: Int
  private let state: State
  private let server: LocalServer

  /// Where to POST.
  public var url: URL { URL(string: "http://127.0.0.1:\(port)/hook")! }

  /// Every POST received, in arrival order.
  public var requests: [Received] { state.locked { $0.requests } }
  /// The bodies answered 2xx, in arrival order, each `Idempotency-Key` once.
  public var accepted: [Data] { state.locked { $0.accepted } }

  /// Answers the coming requests as `mode` says (counting `failFirst` from now).
  public func respond(_ mode: Mode) {
    state.locked {
      $0.mode = mode
      $0.sinceMode = 0
    }
  }

  /// Holds the answer to the next `first` requests (all, by default) for `seconds`. The request
  /// is recorded, and accepted or not, before the wait, as a receiver that is slow to answer
  /// after taking the alert.
  public func delay(_ seconds: Double, first: Int = .max) {
    state.locked {
      $0.delay = seconds
      $0.delayed = first
    }
  }

  /// Starts a receiver that accepts everything at once.
  public static func start() async throws -> WebhookReceiver {
    let state = State()
    let router = Router()
    router.post("/hook") { request, _ -> Response in
      var request = request
      let buffer = try await request.collectBody(upTo: 1 << 20)
      var headers: [String: String] = [:]
      for field in request.headers { headers[field.name.canonicalName] = field.value }
      let (reply, wait) = state.answer(headers: headers, body: Data(buffer.readableBytesView))
      if wait > 0 { try await Task.sleep(nanoseconds: UInt64(wait * 1e9)) }
      return reply.response
    }
    let server = try await LocalServer.start(router: router, label: "webhook-receiver")
    return WebhookReceiver(server: server, state: state)
  }

  private init(server: LocalServer, state: State) {
    self.server = server
    self.port = server.port
    self.state = state
  }

  /// Stops the receiver (gracefully: a request in progress is still answered).
  public func stop() { server.stop() }

  /// What the receiver has seen and how it answers; guarded by a lock.
  final class State: @unchecked Sendable {
    struct Values {
      var mode = Mode.accept
      var sinceMode = 0
      var delay: Double = 0
      var delayed = 0
      var requests: [Received] = []
      var accepted: [Data] = []
      var keys: Set<String> = []
    }

    private let lock = NSLock()
    private var values = Values()

    func locked<T>(_ body: (inout Values) -> T) -> T { lock.withLock { body(&values) } }

    /// Records one request and decides its answer and how long to hold it.
    func answer(headers: [String: String], body: Data) -> (Reply, Double) {
      locked { v in
        v.sinceMode += 1
        var reply = Reply(status: 200, contentType: "text/plain", body: "ok")
        switch v.mode {
        case .accept: break
        case let .failFirst(count, status, retryAfter) where v.sinceMode <= count:
          reply = Reply(status: status, contentType: "text/plain", body: "failing on purpose")
          if let retryAfter { reply.headers["Retry-After"] = "\(retryAfter)" }
        case .failFirst: break
        case let .reject(status):
          reply = Reply(
            status: status, contentType: "text/plain", body: "this receiver refuses the alert")
        }
        if (200..<300).contains(reply.status) {
          if let key = headers["idempotency-key"] {
            if v.keys.insert(key).inserted { v.accepted.append(body) }
          } else {
            v.accepted.append(body)
          }
        }
        v.requests.append(Received(headers: headers, body: body, status: reply.status))
        var wait = 0.0
        if v.delayed > 0 {
          wait = v.delay
          v.delayed -= 1
        }
        return (reply, wait)
      }
    }
  }
}
