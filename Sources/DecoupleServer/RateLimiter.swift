import Foundation

/// Token buckets per client address: `rate` tokens a second, at most `2 × rate` saved up.
/// A rate of 0 admits everything. Buckets of addresses idle for a minute are dropped, so the
/// table stays small whoever connects.
final class RateLimiter: @unchecked Sendable {
  private let rate: Double
  private let lock = NSLock()
  private var buckets: [String: (tokens: Double, at: Double)] = [:]
  private var lastSweep = 0.0

  init(perSecond rate: Int) { self.rate = Double(rate) }

  /// Takes one token for `client`; false when its bucket is empty.
  func admit(_ client: String, now: Double = ProcessInfo.processInfo.systemUptime) -> Bool {
    guard rate > 0 else { return true }
    lock.lock()
    defer { lock.unlock() }
    if now - lastSweep > 60 {
      buckets = buckets.filter { now - $0.value.at < 60 }
      lastSweep = now
    }
    let capacity = 2 * rate
    var bucket = buckets[client] ?? (capacity, now)
    bucket.tokens = min(capacity, bucket.tokens + (now - bucket.at) * rate)
    bucket.at = now
    guard bucket.tokens >= 1 else {
      buckets[client] = bucket
      return false
    }
    bucket.tokens -= 1
    buckets[client] = bucket
    return true
  }
}
