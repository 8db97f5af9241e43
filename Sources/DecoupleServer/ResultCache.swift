import CompressNIO
import NIOCore

/// Finished results by key (endpoint, canonical query, data version), and the computations
/// under way, so equal requests arriving together compute once.
///
/// Least recently used entries leave first when there are more than `maxEntries` or their bytes
/// pass `maxBytes`. An error is never cached: the next request tries again. A computation
/// whose caller stopped waiting still lands here when it ends.
actor ResultCache {
  typealias Computation = Task<CachedBody, any Error>

  /// What a lookup found.
  enum Found: Sendable {
    case done(CachedBody)
    case running(Computation)
  }

  private var done: [String: (bytes: CachedBody, used: UInt64)] = [:]
  private var running: [String: Computation] = [:]
  private var clock: UInt64 = 0
  private var totalBytes = 0
  private var generation = 0
  private let maxEntries: Int
  private let maxBytes: Int
  private(set) var hits = 0
  private(set) var misses = 0

  init(maxEntries: Int, maxBytes: Int) {
    self.maxEntries = maxEntries
    self.maxBytes = maxBytes
  }

  /// The result for `key`, or the computation that will give it: the one under way, or a new
  /// one from `start` once `admit` allows it (it throws to refuse).
  func find(
    _ key: String, admit: () throws -> Void,
    start: @escaping @Sendable () async throws -> CachedBody
  ) throws -> Found {
    clock += 1
    if let hit = done[key] {
      done[key]!.used = clock
      hits += 1
      return .done(hit.bytes)
    }
    misses += 1
    if let task = running[key] { return .running(task) }
    try admit()
    let generation = self.generation
    let task = Task {
      do {
        let bytes = try await start()
        await self.finish(key, bytes, generation: generation)
        return bytes
      } catch {
        await self.fail(key)
        throw error
      }
    }
    running[key] = task
    return .running(task)
  }

  /// Forgets every result (after the data changed); computations under way are not kept.
  func clear() {
    done = [:]
    running = [:]
    totalBytes = 0
    generation += 1
  }

  private func fail(_ key: String) { running[key] = nil }

  private func finish(_ key: String, _ bytes: CachedBody, generation: Int) {
    guard generation == self.generation else { return }
    running[key] = nil
    guard done[key] == nil, bytes.count <= maxBytes else { return }
    done[key] = (bytes, clock)
    totalBytes += bytes.count
    while done.count > maxEntries || totalBytes > maxBytes {
      guard let oldest = done.min(by: { $0.value.used < $1.value.used }) else { break }
      totalBytes -= oldest.value.bytes.count
      done[oldest.key] = nil
    }
  }
}

/// A result as sent: its media type, its bytes, and the same gzip-compressed (made once, when
/// the result is computed, for the clients that accept it).
struct CachedBody: Sendable {
  var contentType: String
  var plain: ByteBuffer
  var gzip: ByteBuffer?

  /// The bytes held.
  var count: Int { plain.readableBytes + (gzip?.readableBytes ?? 0) }

  /// `bytes` of type `contentType`, compressed too when over a kilobyte.
  init(contentType: String, bytes: [UInt8]) {
    self.contentType = contentType
    plain = ByteBuffer(bytes: bytes)
    var source = plain
    gzip = bytes.count > 1024 ? try? source.compress(with: .gzip()) : nil
  }
}
