import DecoupleAnalysis
import DecoupleData
import TestSupport

/// Shared inputs and checks of the library-level tests.
enum Embedded {
  /// ETH, RUT and BTC from the embedded dataset (parsed once per process).
  static func series(_ names: String...) throws -> [DailySeries] {
    try names.map { try Dataset.load($0) }
  }

  /// pandas' rolling statistics of ETH/RUT daily log returns, window 90 (tools/oracle/pairs.py).
  static func ethRutPandas() throws -> NumericTable {
    try NumericTable(fixture: "oracle/pair_ETH_RUT_daily_log_w90.csv")
  }
}

/// The largest |a − b| over positions where both are defined; infinity when only one is
/// defined somewhere or the lengths differ.
func worstDifference(_ a: [Double], _ b: [Double]) -> Double {
  guard a.count == b.count else { return .infinity }
  var worst = 0.0
  for (x, y) in zip(a, b) {
    if x.isNaN != y.isNaN { return .infinity }
    if !x.isNaN { worst = max(worst, abs(x - y)) }
  }
  return worst
}

/// What an ``AnalysisError/historyTooShort`` thrown by `body` says was needed and available;
/// `nil` when `body` threw something else or nothing.
func historyTooShort(_ body: () throws -> Void) -> (needed: Int, available: Int)? {
  do {
    try body()
    return nil
  } catch let AnalysisError.historyTooShort(_, _, needed, available, _, _) {
    return (needed, available)
  } catch {
    return nil
  }
}
