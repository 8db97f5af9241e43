import DecoupleData
import DecoupleSeries
import DecoupleStats

/// A against every member of a universe, ranked.
public struct UniverseScan: Sendable {
  /// One member's figures against A.
  public struct Entry: Sendable {
    public var name: String
    /// The last common day of A and the member (within the range).
    public var asOf: Day?
    /// Rolling correlation and beta of A on the member, on the window ending at `asOf`.
    public var correlation: Double
    public var beta: Double
    /// The correlation on the window ending at the last common day on or before `since`.
    public var pastCorrelation: Double
    /// `correlation − pastCorrelation`.
    public var change: Double { correlation - pastCorrelation }
    /// Whether the member stands for the same asset as A (ETH-CG for ETH, from another
    /// source): its correlation says nothing about co-movement.
    public var isSameAsset = false
  }

  public var nameA: String
  public var universe: String
  public var options: AnalysisOptions
  public var since: Day?
  /// How `entries` are ranked.
  public var order: Order
  /// Ranked by `order`; undefined values last.
  public var entries: [Entry]

  /// How a scan is ranked.
  public enum Order: String, Sendable, CaseIterable {
    /// Current correlation, highest first.
    case correlation
    /// Change since the past day, largest fall first (the members A decoupled from most).
    case change
  }
}

extension CoMovement {
  /// Correlation and beta of `a` against each of `members` (pair by pair, on each pair's common
  /// days), and the change of the correlation since `since`. A member with too little common
  /// history gets NaN figures rather than an error; A itself is left out.
  public static func scan(
    _ a: DailySeries, members: [DailySeries], universe: String, since: Day? = nil,
    order: UniverseScan.Order = .correlation, options: AnalysisOptions
  ) -> UniverseScan {
    let m = options.minPeriods ?? options.window
    var entries: [UniverseScan.Entry] = []
    for member in members where member.name != a.name {
      var e = UniverseScan.Entry(
        name: member.name, asOf: nil, correlation: .nan, beta: .nan, pastCorrelation: .nan)
      e.isSameAsset = a.asset != nil && member.asset == a.asset
      if let r = try? returns([a, member], options: options, needed: max(m, 2)) {
        let s = Rolling.correlationAndBeta(
          r.returns[0], r.returns[1], window: options.window, minPeriods: m)
        e.asOf = r.days.last
        e.correlation = s.correlation.last ?? .nan
        e.beta = s.beta.last ?? .nan
        if let since, let i = r.days.lastIndex(where: { $0 <= since }) {
          e.pastCorrelation = s.correlation[i]
        }
      }
      entries.append(e)
    }
    let key: (UniverseScan.Entry) -> Double =
      order == .correlation ? { $0.correlation } : { -$0.change }
    entries.sort { l, r in
      let (kl, kr) = (key(l), key(r))
      if kl.isNaN != kr.isNaN { return !kl.isNaN }
      return kl > kr
    }
    return UniverseScan(
      nameA: a.name, universe: universe, options: options, since: since, order: order,
      entries: entries)
  }
}

/// The correlation matrix of several series as of the last common day, optionally clustered:
/// the one last-window correlation matrix, behind `decouple matrix`, `decouple chart matrix`
/// and the report's heatmap (both pairwise-complete).
public struct CorrelationMatrixReport: Sendable {
  public var names: [String]
  public var options: AnalysisOptions
  public var pairwiseComplete: Bool
  /// Last return day used: the last common day when common rows; when pairwise-complete, the
  /// latest last common day among the pairs i < j (each pair's window ends on its own last
  /// common day).
  public var asOf: Day?
  public var matrix: CorrelationMatrix.Result
  /// Average-linkage clustering on 1 − r (when asked for and every entry is defined).
  public var linkage: Linkage?
  /// Why clustering was asked for but not done (undefined entries), else `nil`.
  public var clusterNote: String?
  /// The average pairwise correlation over time, when asked for (`matrix --history`).
  public var history: AverageCorrelation?

  /// The window: the number of returns behind each entry at most.
  public var window: Int { options.window }
}

extension CoMovement {
  /// The returns of `a` and `b` on their own common days, or `nil` when they share fewer than
  /// two returns (the pair convention of the pairwise-complete matrix and of the universe's
  /// average correlation).
  /// - Throws: ``SeriesError/nonPositivePrice`` for a close ≤ 0.
  static func pairReturns(_ a: DailySeries, _ b: DailySeries, options: AnalysisOptions) throws
    -> CommonReturns?
  {
    do {
      return try returns([a, b], options: options, needed: 2)
    } catch SeriesError.tooFewCommonDays {
      return nil
    } catch AnalysisError.historyTooShort {
      return nil
    }
  }

  /// Pearson correlations over the last `options.window` returns (two-pass,
  /// ``CorrelationMatrix/pearson(_:pairwiseComplete:minPeriods:)``). Common rows: one calendar,
  /// the days every series has a close. Pairwise-complete: each pair on its own common days
  /// (the pair convention, as ``DecouplingAnalysis``), its last `window` returns; a pair with
  /// fewer than two common returns is NaN with count 0, the diagonal is 1 (NaN for a constant
  /// series) over the series' own last `window` returns. An entry with fewer than
  /// `minPeriods` (default the window) returns is NaN.
  /// - Throws: ``SeriesError/nonPositivePrice`` for a close ≤ 0; in common-rows mode
  ///   ``SeriesError`` or ``AnalysisError`` when the common history is shorter than
  ///   `minPeriods`.
  public static func matrix(
    _ series: [DailySeries], pairwiseComplete: Bool = false, cluster: Bool = false,
    options: AnalysisOptions
  ) throws -> CorrelationMatrixReport {
    let k = series.count
    let w = options.window
    let m = options.minPeriods ?? w
    var result: CorrelationMatrix.Result
    var asOf: Day?
    if pairwiseComplete {
      result = CorrelationMatrix.Result(undefinedSize: k)
      for i in 0..<k {
        for j in i..<k {
          guard let r = try pairReturns(series[i], series[j], options: options) else { continue }
          let tail = max(0, r.count - w)..<r.count
          let pair = CorrelationMatrix.pearson(
            [Array(r.returns[0][tail]), Array(r.returns[1][tail])], minPeriods: m)
          result.set(i, j, value: pair[0, 1], count: pair.count(0, 1))
          if i != j || k == 1, let d = r.days.last, asOf.map({ d > $0 }) ?? true { asOf = d }
        }
      }
    } else {
      let r = try returns(series, options: options, needed: max(m, 2))
      let tail = max(0, r.count - w)..<r.count
      result = CorrelationMatrix.pearson(r.returns.map { Array($0[tail]) }, minPeriods: m)
      asOf = r.days.last
    }
    var linkage: Linkage?
    var note: String?
    let undefined = (0..<k).flatMap { i in (i..<k).filter { result[i, $0].isNaN } }.count
    if cluster, undefined == 0 {
      var distances = result.values
      distances.values = distances.values.map { 1 - $0 }
      linkage = HierarchicalClustering.averageLinkage(distances)
    } else if cluster {
      note =
        "Not clustered: \(undefined) entr\(undefined == 1 ? "y is" : "ies are") undefined (a pair "
        + "with fewer than \(m) common returns, or a constant series)."
    }
    return CorrelationMatrixReport(
      names: series.map(\.name), options: options, pairwiseComplete: pairwiseComplete,
      asOf: asOf, matrix: result, linkage: linkage, clusterNote: note)
  }
}
