import DecoupleRender
import Testing

@Suite struct SparklineTests {
  @Test func rampUsesEveryLevelInOrder() {
    #expect(Sparkline.render((0..<8).map(Double.init), width: 8) == "▁▂▃▄▅▆▇█")
  }

  @Test func longSeriesIsBucketedToTheWidth() {
    let s = Sparkline.render((0..<1000).map(Double.init), width: 50)
    #expect(s.count == 50)
    #expect(s.first == "▁" && s.last == "█")
  }

  @Test func undefinedBucketsAreBlankAndFlatSeriesIsMidLevel() {
    #expect(Sparkline.render([.nan, .nan, 1, 2], width: 4) == "  ▁█")
    #expect(Sparkline.render([3, 3, 3], width: 10) == "▄▄▄")
    #expect(Sparkline.render([], width: 10) == "")
  }
}
