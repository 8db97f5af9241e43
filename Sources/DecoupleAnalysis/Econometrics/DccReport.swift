import DecoupleSeries
import DecoupleStats
import Foundation

/// A DCC-GARCH(1,1) fit of several series on their common days.
public struct DccReport: Sendable {
  public var panel: ReturnPanel
  public var fit: Dcc.Fit

  /// - Throws: ``EconometricsError/sameSeries(a:b:)`` when two series hold the same returns;
  ///   ``EstimationError``.
  public init(_ panel: ReturnPanel) throws {
    for i in panel.names.indices {
      for j in panel.names.indices where j > i {
        try EconometricsError.requireDistinct(
          panel.names[i], panel.returns[i], panel.names[j], panel.returns[j])
      }
    }
    self.panel = panel
    fit = try Dcc.fit(panel.returns)
  }

  /// Index pairs (i < j) in order: (0,1), (0,2), …, (1,2), …
  public var pairs: [(Int, Int)] {
    let k = panel.names.count
    return (0..<k).flatMap { i in (i + 1..<k).map { (i, $0) } }
  }

  /// Days for a correlation shock to halve, log ½ / log(a + b); `nil` when a + b is 0 or ≥ 1.
  public var halfLife: Double? {
    let p = fit.a + fit.b
    return p > 0 && p < 1 ? log(0.5) / log(p) : nil
  }
}
