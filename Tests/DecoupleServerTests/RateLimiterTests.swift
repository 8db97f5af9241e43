import Testing

@testable import DecoupleServer

@Suite struct RateLimiterTests {
  @Test func admitsABurstOfTwiceTheRateThenRefillsWithTime() {
    let limiter = RateLimiter(perSecond: 5)
    let admitted = (0..<20).filter { _ in limiter.admit("c", now: 100) }.count
    #expect(admitted == 10)
    #expect(!limiter.admit("c", now: 100))
    // One second later, five more.
    #expect((0..<20).filter { _ in limiter.admit("c", now: 101) }.count == 5)
    // Another client has its own bucket.
    #expect(limiter.admit("d", now: 101))
  }

  @Test func zeroRateAdmitsEverything() {
    let limiter = RateLimiter(perSecond: 0)
    #expect((0..<10_000).allSatisfy { _ in limiter.admit("c", now: 1) })
  }
}
