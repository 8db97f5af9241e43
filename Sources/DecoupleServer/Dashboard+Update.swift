import DecoupleRender
import DecoupleWorkspace
import Hummingbird
import NIOCore

extension Dashboard {
  /// `POST /api/v1/update`: refreshes every stored series from its source, streaming progress
  /// as server-sent events (`event: progress`, then one `event: done` with the update document,
  /// or `event: error`). One update runs at a time (a second gets 409). The cache is emptied
  /// when it ends, so every view shows the new data.
  func update(_ request: Request) throws -> Response {
    guard updating.add(1) == 1 else {
      updating.add(-1)
      throw APIError(status: 409, message: "An update is already running.")
    }
    let (stream, continuation) = AsyncStream<ByteBuffer>.makeStream()
    let ws = workspace
    let describe = describeError
    Task {
      defer { self.updating.add(-1) }
      do {
        let report = try await ws.update { event in
          continuation.yield(Self.event("progress", event.json))
        }
        await self.cache.clear()
        continuation.yield(Self.event("done", report.json))
      } catch {
        await self.cache.clear()
        continuation.yield(
          Self.event("error", .object([("message", .string(describe(error)))])))
      }
      continuation.finish()
    }
    return Response(
      status: .ok,
      headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
      body: .init(asyncSequence: stream))
  }

  /// One server-sent event.
  static func event(_ name: String, _ data: JSONValue) -> ByteBuffer {
    ByteBuffer(string: "event: \(name)\ndata: \(data.serialized())\n\n")
  }
}

extension ProgressEvent {
  /// `{"status": …}`, `{"done": …, "total": …, "label": …}` or `{"finished": true}`.
  var json: JSONValue {
    switch self {
    case .status(let s): .object([("status", .string(s))])
    case .fraction(let done, let total, let label):
      .object([("done", .integer(done)), ("total", .integer(total)), ("label", .string(label))])
    case .finished: .object([("finished", .bool(true))])
    }
  }
}
