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

  /// `CoMovement.scan` agrees with the pair calls it summarises: each member's correlation is
  /// `CoMovement.correlation`'s last value and its beta `CoMovement.beta`'s (two kernels,
  /// 1e-12 / 1e-9), the past correlation is the value on the last common day on or before
  /// `since`, and ETH/BTC is pandas' rolling(90).corr last value (pair_ETH_BTC fixture, 1e-10).
  @Test func scanAgreesWithThePairCalls() throws {
    let eth = try Dataset.load("ETH")
    let members = try (Self.names + ["QQQ"]).map { try Dataset.load($0) }
    let since = Day(iso: "2024-06-03")!
    let scan = CoMovement.scan(
      eth, members: members, universe: "test", since: since, options: .init())
    #expect(scan.entries.map(\.name).sorted() == ["BTC", "QQQ", "RUT", "SPY"])  // A left out
    for e in scan.entries {
      let m = members.first { $0.name == e.name }!
      let c = try CoMovement.correlation(eth, m, method: .pearson, options: .init())
      #expect(abs(e.correlation - c.values.last!) < 1e-12, "\(e.name)")
      #expect(e.asOf == c.days.last)
      let past = c.values[c.days.lastIndex { $0 <= since }!]
      #expect(
        abs(e.pastCorrelation - past) < 1e-12 && e.change == e.correlation - e.pastCorrelation)
      let b = try CoMovement.beta(eth, on: [m], options: .init())
      #expect(abs(e.beta - b.rolling.betas[0].last!) < 1e-9)
    }
    #expect(scan.entries.map(\.correlation) == scan.entries.map(\.correlation).sorted(by: >))
    let btc = try #require(scan.entries.first { $0.name == "BTC" })
    let t = try NumericTable(fixture: "oracle/pair_ETH_BTC_daily_log_w90.csv")
    #expect(abs(btc.correlation - t["correlation"].last!) < 1e-10)
    // Ranked by change: the largest fall first.
    let byChange = CoMovement.scan(
      eth, members: members, universe: "test", since: since, order: .change, options: .init())
    #expect(byChange.entries.map(\.change) == byChange.entries.map(\.change).sorted())
  }

  /// A member without enough common history, or with a constant price, gets NaN figures and is
  /// ranked last, not an error (UniverseCommandTests' FLAT column).
  @Test func anUndefinedMemberIsListedLast() throws {
    let eth = try Dataset.load("ETH")
    let flat = Synthetic.prices(
      name: "FLAT", logReturns: [Double](repeating: 0, count: 300),
      start: Day(iso: "2024-01-01")!)
    let far = Synthetic.series("FAR", [("2010-01-04", 1), ("2010-01-05", 2)])
    let scan = CoMovement.scan(
      eth, members: [flat, try Dataset.load("BTC"), far], universe: "test", options: .init())
    #expect(scan.entries.map(\.name).first == "BTC")
    #expect(scan.entries.dropFirst().allSatisfy { $0.correlation.isNaN })
    #expect(scan.entries.first { $0.name == "FAR" }?.asOf == nil)
  }
}

/// `CoMovement.matrix` in common-rows mode and clustered, against pandas `dropna().corr()` and
/// scipy's average linkage on the same 30 Nasdaq-100 members (tools/oracle/universe.py).
@Suite struct UniverseCommonRowsTests {
  @Test func commonRowsAndClusteringMatchPandasAndScipy() throws {
    let returns = try NumericTable(fixture: "oracle/universe_ndx_returns.csv")
    let tickers = returns.header.filter { $0 != "date" }
    let series = try tickers.map { try Dataset.load($0) }
    // A window longer than the history: every common return is used, as pandas does.
    let report = try CoMovement.matrix(
      series, cluster: true, options: AnalysisOptions(window: 10_000, minPeriods: 2))
    let want = try NumericTable(fixture: "oracle/universe_ndx_corr_common.csv")
    var worst = 0.0
    for i in tickers.indices {
      for (j, b) in tickers.enumerated() {
        worst = max(worst, abs(report.matrix[i, j] - want[b][i]))
      }
    }
    // Two-pass sums over 351 returns on both sides: 1e-12 absolute allows for summation order.
    #expect(worst < 1e-12)
    // pandas: 351 of 500 rows have a return for every ticker (tools/oracle/universe.py prints it).
    #expect(report.matrix.count(0, 1) == 351)
    let leaves = try NumericTable(fixture: "oracle/universe_ndx_leaves.csv")
    #expect(report.linkage?.leafOrder == leaves["leaf"].map { Int($0) })
    #expect(report.clusterNote == nil)
  }
}
