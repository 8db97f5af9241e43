import DecoupleData
import DecoupleSeries
import DecoupleStats
import Foundation

/// Breaks in how A's returns relate to B's, by PELT or Bai–Perron, with per-segment statistics.
public struct BreaksReport: Sendable {
  /// The detection method.
  public enum Method: String, Sendable, CaseIterable {
    case pelt
    case baiPerron = "bai-perron"
  }

  /// One stretch between breaks.
  public struct Segment: Sendable {
    /// First and last day of the stretch (days its returns end on).
    public var from: Day
    public var to: Day
    public var count: Int
    /// Regression of A's returns on B's over the stretch (percent returns).
    public var alpha: Double
    public var beta: Double
    /// Correlation of the returns (NaN when a side is constant).
    public var correlation: Double
    public var meanGap: Double
    public var volatilityA: Double
    public var volatilityB: Double
  }

  public var nameA: String
  public var nameB: String
  public var panel: ReturnPanel
  public var method: Method
  /// PELT's cost (nil for Bai–Perron, which is always the regression of A on B).
  public var cost: Pelt.Cost?
  /// The PELT result, when `method == .pelt`.
  public var pelt: Pelt.Result?
  /// The Bai–Perron result, when `method == .baiPerron`.
  public var baiPerron: BaiPerron.Result?
  /// Index of the first return of each new segment.
  public var changes: [Int]
  public var segments: [Segment]

  /// Runs `method` on the returns of `panel`'s two series.
  ///
  /// PELT's `.linear` cost looks for changes in A's regression on B; `.l2` and `.normal` look
  /// for changes in the mean, or mean and variance, of the daily gap A − B.
  /// - Throws: ``EstimationError``.
  public init(
    _ panel: ReturnPanel, method: Method, cost: Pelt.Cost = .linear, minSize: Int = 30,
    penalty: Pelt.Penalty = .bic, trimming: Double = 0.15
  ) throws {
    precondition(panel.names.count == 2)
    self.panel = panel
    nameA = panel.names[0]
    nameB = panel.names[1]
    self.method = method
    let a = panel.returns[0]
    let b = panel.returns[1]
    switch method {
    case .pelt:
      self.cost = cost
      let r =
        cost == .linear
        ? try Pelt.detect(y: a, x: b, minSize: minSize, penalty: penalty)
        : try Pelt.detect(zip(a, b).map { $0 - $1 }, cost: cost, minSize: minSize, penalty: penalty)
      pelt = r
      changes = r.changes
    case .baiPerron:
      self.cost = nil
      let r = try BaiPerron.fit(y: a, x: b, trimming: trimming)
      baiPerron = r
      changes = r.breakpoints
    }
    let bounds = [0] + changes + [a.count]
    segments = (1..<bounds.count).map { s in
      Self.segment(panel, bounds[s - 1], bounds[s])
    }
  }

  static func segment(_ p: ReturnPanel, _ lo: Int, _ hi: Int) -> Segment {
    let m = PairMoments(p.returns[0][lo..<hi], p.returns[1][lo..<hi])
    let (ma, mb, saa, sbb) = (m.meanA, m.meanB, m.ssA, m.ssB)
    let n = Double(hi - lo)
    let beta = m.beta
    let corr = m.correlation
    let d = max(n - 1, 1)
    return Segment(
      from: p.days[lo], to: p.days[hi - 1], count: hi - lo, alpha: ma - beta * mb, beta: beta,
      correlation: corr, meanGap: ma - mb, volatilityA: (saa / d).squareRoot(),
      volatilityB: (sbb / d).squareRoot())
  }
}
