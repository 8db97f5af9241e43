import DecoupleAnalysis
import DecoupleData
import TestSupport
import Testing

/// `WindowEstimate`: one window's measures recomputed two-pass, the evidence of record checks.
@Suite struct WindowEstimateTests {
  /// Reference: pandas' rolling 90-day correlation, beta, sums and residual drift of ETH/RUT
  /// (tools/oracle/pairs.py) at the first full window and the last. 1e-10 absolute: two-pass
  /// against pandas' rolling sums on values of order one.
  @Test(arguments: [89, 2150])
  func matchesPandasWindow(_ end: Int) throws {
    let s = try Embedded.series("ETH", "RUT")
    let summary = try DecouplingAnalysis.analyze(s[0], s[1])
    let t = try Embedded.ethRutPandas()
    #expect(summary.rows.count == t.dates.count && summary.rows[end].date.iso == t.dates[end])
    let w = WindowEstimate(summary, endingAt: end)
    #expect(w.count == 90)
    #expect(abs(w.correlation - t["correlation"][end]) < 1e-10)
    #expect(abs(w.beta - t["beta"][end]) < 1e-10)
    #expect(abs(w.gap - t["gap"][end]) < 1e-10)
    #expect(abs(w.residualDrift - t["residualDrift"][end]) < 1e-10)
    #expect(w.estimate(.correlation).standardError == nil)
    let gap = w.estimate(.gap)
    #expect(gap.value == w.gap && gap.standardError == w.gapStandardError)
    #expect(w.estimate(.beta).value == w.beta && w.betaStandardError > 0)
  }

  /// At the start a window has only the rows so far; a window of A against itself has
  /// correlation and beta 1, no gap and no standard errors to speak of.
  @Test func earlyWindowsAndASeriesAgainstItself() throws {
    let eth = try Dataset.load("ETH")
    let summary = try DecouplingAnalysis.analyze(eth, eth, options: .init(window: 30))
    let w = WindowEstimate(summary, endingAt: 9)
    #expect(w.count == 10)
    #expect(abs(w.correlation - 1) < 1e-12 && abs(w.beta - 1) < 1e-12)
    #expect(w.gap == 0 && w.gapStandardError == 0 && w.residualDrift == 0)
  }
}
