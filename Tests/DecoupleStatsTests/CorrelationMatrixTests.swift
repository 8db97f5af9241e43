import DecoupleStats
import TestSupport
import Testing

/// Reference: pandas `DataFrame.corr()` / `dropna().corr()` and scipy `linkage(method="average")`
/// + `leaves_list` on 30 Nasdaq-100 members' log returns (tools/oracle/universe.py).
@Suite struct CorrelationMatrixTests {
  static let table = try! NumericTable(fixture: "oracle/universe_ndx_returns.csv")
  static var tickers: [String] { table.header.filter { $0 != "date" } }
  static var columns: [[Double]] { tickers.map { table[$0] } }

  @Test(arguments: [true, false])
  func matrixMatchesPandas(pairwise: Bool) throws {
    let want = try NumericTable(
      fixture: "oracle/universe_ndx_corr_\(pairwise ? "pairwise" : "common").csv")
    let m = CorrelationMatrix.pearson(Self.columns, pairwiseComplete: pairwise)
    var worst = 0.0
    for (i, a) in Self.tickers.enumerated() {
      for (j, b) in Self.tickers.enumerated() {
        let w = want[b][i]
        #expect(agree(m[i, j], w, tolerance: 1e-12), "\(a)/\(b)")
        worst = max(worst, abs(m[i, j] - w))
      }
    }
    // Both sides are two-pass sums over ≤ 500 returns: measured ≤ 1e-15; 1e-12 absolute
    // (|r| ≤ 1) allows for summation order.
    #expect(worst < 1e-12)
    let nbis = Self.tickers.firstIndex(of: "NBIS")!
    // NBIS has 41 empty closes (the first row among them), so 500 − 41 returns pair with AAPL;
    // 351 rows have a return for every ticker.
    #expect(m.count(nbis, 0) == (pairwise ? 459 : 351))
  }

  @Test func averageLinkageMatchesScipy() throws {
    let m = CorrelationMatrix.pearson(Self.columns)
    var distances = m.values
    distances.values = distances.values.map { 1 - $0 }
    let l = HierarchicalClustering.averageLinkage(distances)
    let z = try NumericTable(fixture: "oracle/universe_ndx_linkage.csv")
    let leaves = try NumericTable(fixture: "oracle/universe_ndx_leaves.csv")
    for (i, merge) in l.merges.enumerated() {
      #expect(merge.first == Int(z["a"][i]) && merge.second == Int(z["b"][i]), "merge \(i)")
      // Distances are means of 1 − r (≤ 2) built by the same Lance–Williams updates in a
      // different order: 1e-12 absolute.
      #expect(abs(merge.distance - z["distance"][i]) < 1e-12)
      #expect(merge.size == Int(z["size"][i]))
    }
    #expect(l.leafOrder == leaves["leaf"].map { Int($0) })
  }

  @Test func rollingMatrixEndsAtTheWindowMatrix() throws {
    // The last window of the rolling matrix (pairwise-complete within the window) equals the
    // static pairwise matrix of the last 60 rows; both two-pass or guarded Welford: 1e-12.
    let cols = Array(Self.columns.prefix(6))
    let rolling = CorrelationMatrix.rolling(cols, window: 60, minPeriods: 30)
    let tail = cols.map { Array($0.suffix(60)) }
    let last = CorrelationMatrix.pearson(tail, pairwiseComplete: true, minPeriods: 30)
    for i in 0..<6 {
      for j in (i + 1)..<6 {
        let r = rolling[CorrelationMatrix.pairIndex(i, j, count: 6)]
        #expect(agree(r.last!, last[i, j], tolerance: 1e-12))
      }
    }
    #expect(rolling.count == 15 && CorrelationMatrix.pairIndex(4, 5, count: 6) == 14)
  }

  @Test func edges() {
    let constant = CorrelationMatrix.pearson([[1, 2, 3], [5, 5, 5]])
    #expect(constant[0, 1].isNaN && constant[1, 1].isNaN && constant[0, 0] == 1)
    let few = CorrelationMatrix.pearson([[1, .nan, 3], [2, 1, .nan]], pairwiseComplete: true)
    #expect(few[0, 1].isNaN && few.count(0, 1) == 1)
    #expect(HierarchicalClustering.averageLinkage(Matrix(rows: 1, columns: 1)).leafOrder == [0])
  }
}
