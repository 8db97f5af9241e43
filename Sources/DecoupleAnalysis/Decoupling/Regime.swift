import Foundation

/// The recent path of one asset: trending up, trending down or moving sideways.
///
/// Over the window's log returns r₁…rₙ (from the closes, whatever return type the analysis
/// uses), the **trend score** is z = Σr / (s·√n), s the sample
/// standard deviation of the returns: the window's move in units of a random walk's typical
/// move. |z| ≥ 1 is a trend (up or down by its sign): a driftless random walk moves that far
/// only about one window in three. Below it, sideways consolidation. The
/// **efficiency ratio** |Σr| / Σ|r| (Kaufman), reported beside it, is the share of the path
/// that went somewhere.
public struct Regime: Sendable, Equatable {
  public enum Kind: String, Sendable, Codable {
    case trendingUp, trendingDown, sideways
  }

  public var kind: Kind
  /// Σr over the window (log returns: the window's log performance).
  public var move: Double
  public var trendScore: Double
  public var efficiencyRatio: Double
  /// The threshold on |trendScore| (1).
  public static let threshold = 1.0

  /// The regime of the path through `closes` (oldest first; at least two, all positive).
  public init(closes: [Double]) {
    self.init(logReturns: zip(closes.dropFirst(), closes).map { log($0 / $1) })
  }

  /// The regime of `logReturns` (oldest first).
  public init(logReturns returns: [Double]) {
    let n = Double(returns.count)
    let total = returns.reduce(0, +)
    let mean = total / n
    let sd = (returns.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / max(1, n - 1)).squareRoot()
    let path = returns.reduce(0) { $0 + abs($1) }
    move = total
    trendScore = sd > 0 ? total / (sd * n.squareRoot()) : 0
    efficiencyRatio = path > 0 ? abs(total) / path : 0
    kind =
      trendScore >= Self.threshold
      ? .trendingUp : (trendScore <= -Self.threshold ? .trendingDown : .sideways)
  }

  /// "trends down", "trends up" or "consolidates sideways".
  public var phrase: String {
    switch kind {
    case .trendingUp: "trends up"
    case .trendingDown: "trends down"
    case .sideways: "consolidates sideways"
    }
  }

  /// Both assets' regimes in one sentence, e.g. "RUT consolidates sideways while ETH trends
  /// down."
  public static func sentence(_ a: String, _ ra: Regime, _ b: String, _ rb: Regime) -> String {
    let detail = { (r: Regime) in
      String(
        format: "%+.1f%%, trend score %+.1f, efficiency %.2f", (exp(r.move) - 1) * 100,
        r.trendScore, r.efficiencyRatio)
    }
    let joint =
      ra.kind == rb.kind
      ? "\(a) and \(b) both \(ra.kind == .sideways ? "consolidate sideways" : ra.phrase.replacingOccurrences(of: "trends", with: "trend"))"
      : "\(b) \(rb.phrase) while \(a) \(ra.phrase)"
    return "Over the window, \(joint) (\(a) \(detail(ra)); \(b) \(detail(rb)))."
  }
}
