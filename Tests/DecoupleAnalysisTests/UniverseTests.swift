import DecoupleAnalysis
import DecoupleData
import DecoupleSeries
import DecoupleStats
import TestSupport
import Testing

/// `CoMovement.matrix(pairwiseComplete: true)` is the one last-window matrix: `decouple matrix
/// --pairwise`, `decouple chart matrix` and the report's heatmap all draw from it.
@Suite struct UniverseTests {
  static let names = ["ETH", "RUT", "BTC", "SPY"]

  /// Each pair rebuilt the pair way (its own common days, its last `window` returns, two-pass
  /// Pearson): the matrix must hold exactly these numbers and end on the latest pair's day.
  @Test(arguments: [nil, "2024-03-15"])
  func pairwiseMatrixIsEachPairsLastWindow(to: String?) throws {
    let series = try Self.names.map { try Dataset.load($0) }
    var options = AnalysisOptions()
    options.to = to.flatMap { Day(iso: $0) }
    let report = try CoMovement.matrix(series, pairwiseComplete: true, options: options)
    let clipped = series.map { $0.clipped(to: options.to) }
    var latest: Day?
    for i in series.indices {
      for j in series.indices where j > i {
        let r = try PairReturns(
          AlignedPair(clipped[i], clipped[j]), kind: options.returns, frequency: options.frequency)
        let x = Array(r.returnsA.suffix(options.window))
        let y = Array(r.returnsB.suffix(options.window))
        let expected = CorrelationMatrix.pearson([x, y], minPeriods: options.window)
        #expect(report.matrix[i, j] == expected[0, 1], "\(Self.names[i])/\(Self.names[j])")
        #expect(report.matrix[j, i] == expected[0, 1])
        #expect(report.matrix.count(i, j) == min(options.window, r.count))
        latest = max(latest ?? r.days.last!, r.days.last!)
      }
      #expect(report.matrix[i, i] == 1)
    }
    #expect(report.asOf == latest)
    if let to = options.to { #expect(report.asOf! <= to) }
  }

  /// Reference: pandas `rolling(90).corr()` of each pair on its own days
  /// (tools/oracle, pair_ETH_BTC / pair_ETH_RUT fixtures), last value. Two-pass vs pandas'
  /// rolling sums: 1e-12 absolute (|r| ≤ 1).
  @Test func pairwiseEntriesMatchPandas() throws {
    let series = try Self.names.map { try Dataset.load($0) }
    let report = try CoMovement.matrix(series, pairwiseComplete: true, options: .init())
    for (j, fixture) in [(2, "ETH_BTC"), (1, "ETH_RUT")] {
      let t = try NumericTable(fixture: "oracle/pair_\(fixture)_daily_log_w90.csv")
      #expect(agree(report.matrix[0, j], t["correlation"].last!, tolerance: 1e-12), "\(fixture)")
    }
  }

  @Test func aNonPositiveCloseIsAnErrorNotANaN() {
    let good = Synthetic.series("G", [("2024-01-02", 1), ("2024-01-03", 2), ("2024-01-04", 3)])
    let bad = Synthetic.series("Z", [("2024-01-02", 1), ("2024-01-03", 0), ("2024-01-04", 3)])
    #expect(throws: SeriesError.self) {
      try CoMovement.matrix([good, bad], pairwiseComplete: true, options: .init())
    }
    let far = Synthetic.series("F", [("2020-01-02", 1), ("2020-01-03", 2)])
    let r = try? CoMovement.matrix([good, far], pairwiseComplete: true, options: .init())
    #expect(r?.matrix[0, 1].isNaN == true && r?.matrix.count(0, 1) == 0)
  }
}
