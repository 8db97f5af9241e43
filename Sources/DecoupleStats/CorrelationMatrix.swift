/// Correlation matrices of many series (columns of equal length, NaN where missing).
///
/// Two conventions, as pandas: **common rows** (`DataFrame.dropna().corr()`: only rows where
/// every column has a value) and **pairwise-complete** (`DataFrame.corr()`: each pair uses the
/// rows where both have a value). Each entry is a two-pass Pearson correlation
/// (``RollingCoMoments/exact(_:_:from:to:)``), clamped to [−1, 1]; NaN when fewer than
/// `minPeriods` (at least 2) rows are usable or a column is constant on them. The diagonal is 1
/// for a column with a defined variance, else NaN.
public enum CorrelationMatrix {}

extension CorrelationMatrix {
  /// A k × k correlation matrix with the number of rows behind each entry.
  public struct Result: Sendable, Equatable {
    /// The correlations (symmetric).
    public var values: Matrix
    /// `counts[i * size + j]`: the rows behind entry (i, j).
    public var counts: [Int]

    /// A result from its correlations and the row-major counts behind them.
    public init(values: Matrix, counts: [Int]) {
      precondition(values.rows == values.columns && counts.count == values.values.count)
      self.values = values
      self.counts = counts
    }

    /// An undefined (all-NaN, zero-count) matrix of `size` × `size`.
    public init(undefinedSize size: Int) {
      values = Matrix(rows: size, columns: size, repeating: .nan)
      counts = [Int](repeating: 0, count: size * size)
    }

    /// The number of series k.
    public var size: Int { values.rows }

    public subscript(i: Int, j: Int) -> Double { values[i, j] }

    /// The rows behind entry (i, j).
    public func count(_ i: Int, _ j: Int) -> Int { counts[i * size + j] }

    /// Sets entries (i, j) and (j, i).
    public mutating func set(_ i: Int, _ j: Int, value: Double, count: Int) {
      values[i, j] = value
      values[j, i] = value
      counts[i * size + j] = count
      counts[j * size + i] = count
    }
  }
}

extension CorrelationMatrix {
  /// The correlation matrix of `columns`.
  /// - Complexity: O(k² · n) time; for common rows one filtered copy of the data.
  public static func pearson(
    _ columns: [[Double]], pairwiseComplete: Bool = false, minPeriods: Int = 2
  ) -> Result {
    let k = columns.count
    let n = columns.first?.count ?? 0
    precondition(columns.allSatisfy { $0.count == n }, "columns must have the same length")
    var data = columns
    if !pairwiseComplete {
      let keep = (0..<n).filter { t in columns.allSatisfy { !$0[t].isNaN } }
      data = columns.map { c in keep.map { c[$0] } }
    }
    var out = Result(undefinedSize: k)
    let m = max(2, minPeriods)
    for i in 0..<k {
      for j in i..<k {
        let s = data[i].withUnsafeBufferPointer { a in
          data[j].withUnsafeBufferPointer { b in
            RollingCoMoments<Double>.exact(a, b, from: 0, to: a.count)
          }
        }
        let r: Double = s.count >= m ? (i == j ? (s.m2X > 0 ? 1 : .nan) : s.correlation) : .nan
        out.set(i, j, value: r, count: s.count)
      }
    }
    return out
  }
}

extension CorrelationMatrix {
  /// The rolling correlation matrix of `columns`, as pandas `DataFrame.rolling(window).corr()`
  /// (pairwise-complete within each window): one rolling series per pair i < j, in the order
  /// (0, 1), (0, 2), …, (1, 2), …; the diagonal is 1 and the lower triangle is the upper's
  /// mirror, so they are not stored. Each series is ``Rolling/correlation(_:_:window:minPeriods:)``.
  /// - Complexity: O(k² · n) time; k(k − 1)/2 output arrays of n values.
  public static func rolling(
    _ columns: [[Double]], window: Int, minPeriods: Int? = nil
  ) -> [[Double]] {
    let k = columns.count
    var out: [[Double]] = []
    out.reserveCapacity(k * (k - 1) / 2)
    for i in 0..<k {
      for j in (i + 1)..<max(i + 1, k) {
        out.append(
          Rolling.correlation(columns[i], columns[j], window: window, minPeriods: minPeriods))
      }
    }
    return out
  }

  /// The index of pair (i, j), i < j, of `count` columns in ``rolling(_:window:minPeriods:)``.
  public static func pairIndex(_ i: Int, _ j: Int, count k: Int) -> Int {
    precondition(0 <= i && i < j && j < k, "need 0 ≤ i < j < count")
    return i * (2 * k - i - 1) / 2 + (j - i - 1)
  }
}
