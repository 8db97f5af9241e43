import DecoupleAnalysis
import DecoupleData
import DecoupleWorkspace
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a watch could not run.
public enum WatchError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Another `decouple watch` holds the store's watch lock (it is mid-cycle).
  case busy(lock: String)
  /// The lock file cannot be created.
  case lockUnavailable(path: String, reason: String)

  public var description: String {
    switch self {
    case .busy(let lock):
      "Another `decouple watch` is running a cycle on this store (it holds \(lock)); this "
        + "cycle was skipped so that two never overlap."
    case .lockUnavailable(let path, let reason):
      "Cannot create the watch lock \(path): \(reason)."
    }
  }
}

/// An exclusive lock on a file beside the store, held for one cycle: two watch processes on the
/// same store never run a cycle at the same time. The kernel releases it when the process dies.
final class CycleLock {
  let path: String
  private var fd: Int32 = -1

  init(storePath: String) { path = storePath + ".watch-lock" }

  func acquire() throws(WatchError) {
    let folder = (path as NSString).deletingLastPathComponent
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    fd = open(path, O_CREAT | O_RDWR, 0o644)
    guard fd >= 0 else {
      throw .lockUnavailable(path: path, reason: String(cString: strerror(errno)))
    }
    guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
      close(fd)
      fd = -1
      throw .busy(lock: path)
    }
  }

  func release() {
    guard fd >= 0 else { return }
    flock(fd, LOCK_UN)
    close(fd)
    fd = -1
  }
}

/// Set by a signal handler; checked between cycles and while waiting.
public final class StopFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var stopped = false
  public init() {}
  public func stop() { lock.withLock { stopped = true } }
  public var isStopped: Bool { lock.withLock { stopped } }
}

extension Watcher {
  /// One cycle under the store's watch lock.
  /// - Throws: ``WatchError/busy(lock:)`` when another watch is mid-cycle; what
  ///   ``cycle(update:progress:)`` throws.
  public func lockedCycle(update: Bool = true, progress: @escaping ProgressHandler = { _ in })
    async throws -> WatchCycle
  {
    let lock = CycleLock(storePath: workspace.storePath)
    try lock.acquire()
    defer { lock.release() }
    return try await cycle(update: update, progress: progress)
  }

  /// Runs a cycle, then waits until `interval` seconds after that cycle began, and again, until
  /// `stop` is set. A cycle always finishes (its record is one transaction) before the loop
  /// looks at `stop`; cycles never overlap, and one that ran over its interval is followed by
  /// the next at once, not by a burst of missed ones.
  /// - Parameter report: called after each cycle with its outcome (a failed cycle does not end
  ///   the loop).
  public func run(
    every interval: Double, update: Bool = true, stop: StopFlag,
    progress: @escaping ProgressHandler = { _ in },
    report: (Result<WatchCycle, any Error>) -> Void
  ) async {
    while !stop.isStopped {
      let began = Date()
      do {
        report(.success(try await lockedCycle(update: update, progress: progress)))
      } catch {
        report(.failure(error))
      }
      while !stop.isStopped && Date().timeIntervalSince(began) < interval {
        try? await Task.sleep(nanoseconds: 100_000_000)
      }
    }
  }

  /// The watchlist replayed from `from` to the last closed day, pair by pair, on the data held
  /// now (no refresh): every alert each rule would have raised, and what followed.
  /// - Parameter refitStep: rows between refits of the change-point and dynamic-correlation
  ///   models.
  /// - Returns: one replay per pair, or the error that pair met.
  public func replay(from: Day, refitStep: Int = 5) -> [(
    pair: Watchlist.Pair, result: Result<AlertReplay, any Error>
  )] {
    let asOf = Self.lastClosedDay(now: workspace.now)
    let cache = SeriesCache(workspace: workspace)
    let pairs = watchlist.pairs
    let out = Locked([Result<AlertReplay, any Error>?](repeating: nil, count: pairs.count))
    DispatchQueue.concurrentPerform(iterations: pairs.count) { i in
      let p = pairs[i]
      let r = Result { () throws -> AlertReplay in
        let summary = try DecouplingAnalysis.analyze(
          try cache.series(p.a), try cache.series(p.b),
          options: AnalysisOptions(window: p.window, to: asOf, frequency: p.frequency))
        return AlertReplay(summary, rules: p.rules, from: from, refitStep: refitStep)
      }
      out.withLock { $0[i] = r }
    }
    return out.withLock { results in zip(pairs, results).map { ($0, $1!) } }
  }
}
