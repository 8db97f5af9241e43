import DecoupleAnalysis
import Testing

@Suite struct HistoryDepthTests {
  @Test(arguments: [
    (899, 90, 9, false), (900, 90, 10, true), (2_079, 90, 23, true), (364, 90, 4, false),
  ])
  func countsWholeNonOverlappingWindows(_ n: Int, _ w: Int, _ k: Int, _ enough: Bool) {
    let d = HistoryDepth(observations: n, window: w)
    #expect(d.independentWindows == k)
    #expect(d.isEnough == enough)
  }

  @Test func aWindowOfZeroHoldsNoWindow() {
    #expect(HistoryDepth(observations: 100, window: 0).independentWindows == 0)
  }
}
