import DecoupleData

/// The rank of each value within its own history: no look-ahead.
public enum ExpandingRank {
  /// For each position, the fraction of the defined values up to and including it that are ≤
  /// its value — the same `percentile` as ``MeasureSummary`` uses, computed as of every day.
  ///
  /// - Returns: NaN where the value is NaN, or where fewer than `minimumHistory` defined values
  ///   exist up to that position (a rank over a handful of values says little).
  /// - Complexity: O(n log n) comparisons plus O(n²) element moves in the worst case (sorted
  ///   insertion); a few milliseconds for the 10,000-day histories this is used on.
  public static func percentiles(_ values: [Double], minimumHistory: Int = 1) -> [Double] {
    var sorted: [Double] = []
    sorted.reserveCapacity(values.count)
    return values.map { v in
      guard !v.isNaN else { return .nan }
      let at = sorted.partitioningIndex { $0 > v }  // first element greater than v
      sorted.insert(v, at: at)
      guard sorted.count >= minimumHistory else { return .nan }
      return Double(at + 1) / Double(sorted.count)
    }
  }
}
