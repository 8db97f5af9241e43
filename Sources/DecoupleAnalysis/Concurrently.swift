import Dispatch

/// Independent computations run at the same time, on as many threads as the machine offers.
enum Concurrently {
  /// Runs `first` and `second` at the same time and returns both results once both are done.
  /// The two must share no mutable state; each result is exactly what running it alone gives.
  static func both<A, B>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    let results = Results<A, B>()
    DispatchQueue.concurrentPerform(iterations: 2) { i in
      if i == 0 { results.first = first() } else { results.second = second() }
    }
    return (results.first!, results.second!)
  }

  /// Each slot is written by one thread; both are read after `concurrentPerform` returns.
  private final class Results<A, B>: @unchecked Sendable {
    var first: A?
    var second: B?
  }
}
