import Foundation

/// Where analyses run: off the server's event loops and Swift's cooperative threads, at most
/// `slots` at once and at most `queueLimit` waiting (beyond, a 503 at once).
final class ComputePool: Sendable {
  private let queue: OperationQueue
  private let queueLimit: Int
  private let waiting = Counter()

  init(slots: Int, queueLimit: Int) {
    let queue = OperationQueue()
    queue.name = "decouple.compute"
    queue.maxConcurrentOperationCount = max(1, slots)
    self.queue = queue
    self.queueLimit = queueLimit
  }

  /// Runs `work` on the pool.
  func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    guard waiting.add(1) <= queueLimit else {
      waiting.add(-1)
      throw APIError(
        status: 503, message: "The server is busy with other analyses; try again shortly.")
    }
    return try await withCheckedThrowingContinuation { continuation in
      queue.addOperation {
        let result = Result { try work() }
        self.waiting.add(-1)
        continuation.resume(with: result)
      }
    }
  }
}

/// Waits for `task` at most `timeout`, then throws a 503 ``APIError`` (the task goes on).
func value<T: Sendable>(of task: Task<T, any Error>, within timeout: Duration) async throws -> T {
  try await withThrowingTaskGroup(of: T.self) { group in
    group.addTask { try await task.value }
    group.addTask {
      try await Task.sleep(for: timeout)
      throw APIError(
        status: 503,
        message:
          "The analysis took longer than \(timeout.formatted(.units(allowed: [.seconds, .milliseconds]))); "
          + "it goes on, and asking again later returns its result.")
    }
    defer { group.cancelAll() }
    return try await group.next()!
  }
}

/// An integer shared between threads.
final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var value = 0
  /// Adds `delta` and returns the new value.
  @discardableResult func add(_ delta: Int) -> Int {
    lock.lock()
    defer { lock.unlock() }
    value += delta
    return value
  }
}
