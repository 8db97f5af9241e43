import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// A Hummingbird application on 127.0.0.1 (a free port), run on the server executor and stopped
/// by a graceful shutdown: the fake market server and the webhook receiver run on it.
final class LocalServer: Sendable {
  let port: Int
  private let group: ServiceGroup

  /// Starts `router` and returns once the server listens.
  static func start(router: Router<BasicRequestContext>, label: String) async throws
    -> LocalServer
  {
    let (ports, continuation) = AsyncStream<Int>.makeStream()
    var logger = Logger(label: label)
    logger.logLevel = .critical
    let app = Application(
      router: router,
      configuration: .init(address: .hostname("127.0.0.1", port: 0)),
      onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) },
      logger: logger)
    let group = ServiceGroup(services: [app], logger: logger)
    // The server's tasks run on their own threads, not on Swift's cooperative pool (two threads
    // on a two-core machine), which tests that block on a child process can exhaust.
    let task = Task(executorPreference: ServerExecutor.shared) {
      defer { continuation.finish() }
      try await group.run()
    }
    var iterator = ports.makeAsyncIterator()
    guard let port = await iterator.next(), port > 0 else {
      task.cancel()
      throw CancellationError()
    }
    return LocalServer(port: port, group: group)
  }

  private init(port: Int, group: ServiceGroup) {
    self.port = port
    self.group = group
  }

  /// Stops accepting connections; the server ends once the requests in progress are answered.
  /// Graceful rather than a cancelled task: cancelling can leave a connection just accepted
  /// that nothing serves, and NIO then traps ("Deinited NIOAsyncWriter without calling
  /// finish()", swift-nio issue 3481).
  func stop() {
    let group = group
    Task(executorPreference: ServerExecutor.shared) { await group.triggerGracefulShutdown() }
  }
}

/// A task executor on a concurrent dispatch queue, so the local servers answer even while the
/// cooperative pool is busy with tests that block.
final class ServerExecutor: TaskExecutor {
  static let shared = ServerExecutor()
  private let queue = DispatchQueue(label: "fake-market-server", attributes: .concurrent)

  func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
  }
}
