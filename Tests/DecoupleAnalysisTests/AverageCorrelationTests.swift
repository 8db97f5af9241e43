import DecoupleData
import DecoupleStats
import Testing

@testable import DecoupleAnalysis

/// The average pairwise correlation over time against an independent path: on days every
/// pair covers, it must equal the mean of the off-diagonal entries of the pairwise matrix as
/// of that day (two-pass Pearson on each pair's last window, not the rolling kernel).
@Suite struct AverageCorrelationTests {
  @Test func equalsTheMeanOfThePairwiseMatrixOnEachDay() throws {
    let series = try ["ETH-CG", "BTC-CG", "ADA-CG", "LTC-CG"].map { try Dataset.load($0) }
    let options = AnalysisOptions(window: 60)
    let history = try CoMovement.averageCorrelation(series, options: options)
    #expect(history.pairCount == 6)
    let full = history.points.filter { $0.pairs == 6 }
    #expect(full.count > 500)
    for point in stride(from: 0, to: full.count, by: full.count / 7).map({ full[$0] }) {
      var asOf = options
      asOf.to = point.date
      let m = try CoMovement.matrix(series, pairwiseComplete: true, options: asOf)
      var sum = 0.0
      for i in 0..<4 { for j in (i + 1)..<4 { sum += m.matrix[i, j] } }
      #expect(abs(point.average - sum / 6) < 1e-10, "\(point.date)")
    }
  }

  @Test func pairsWithoutCommonHistoryAreLeftOut() throws {
    let eth = try Dataset.load("ETH")
    let early = eth.clipped(from: nil, to: Day(iso: "2019-01-01")!)
    let late = eth.clipped(from: Day(iso: "2020-01-01")!, to: nil)
    let history = try CoMovement.averageCorrelation(
      [early, late, eth], options: AnalysisOptions(window: 30))
    #expect(history.pairCount == 3)
    #expect(history.points.allSatisfy { $0.pairs <= 2 })
    // A series with itself: correlation 1 wherever that pair is the only one.
    #expect(history.points.contains { $0.pairs == 1 && abs($0.average - 1) < 1e-12 })
  }
}
