/// Agglomerative clustering of a distance matrix, as scipy `cluster.hierarchy.linkage` and
/// `leaves_list`; for correlations the distance is 1 − r.
///
/// Average linkage (UPGMA): the distance between clusters is the mean of the distances between
/// their members, updated by the Lance–Williams formula. The merge table follows scipy's
/// convention: merge `i` creates cluster `k + i`; each row names the smaller id first; rows are
/// in increasing distance (average linkage is monotone, so the merge order already is).
/// Ties are broken by the lowest (row, column) pair, which can differ from scipy's nearest-
/// neighbour chain on exactly equal distances. NaN distances are not allowed (precondition).
public enum HierarchicalClustering {}

/// The result of ``HierarchicalClustering/averageLinkage(_:)``.
public struct Linkage: Sendable, Equatable {
  /// One merge per row: the two cluster ids, their distance, and the size of the new cluster.
  public struct Merge: Sendable, Equatable {
    public var first: Int
    public var second: Int
    public var distance: Double
    public var size: Int
  }

  public var merges: [Merge]
  /// The leaves in dendrogram order (scipy `leaves_list`: pre-order, first child first).
  public var leafOrder: [Int]
}

extension HierarchicalClustering {
  /// Average-linkage clustering of k items whose distances are the k × k matrix `distances`
  /// (symmetric; the diagonal is ignored).
  /// - Complexity: O(k³) time, O(k²) space; fine for universes of a few hundred assets.
  public static func averageLinkage(_ distances: Matrix) -> Linkage {
    let k = distances.rows
    precondition(distances.columns == k, "distances must be k × k")
    precondition(!distances.values.contains { $0.isNaN }, "distances must not be NaN")
    guard k >= 2 else { return Linkage(merges: [], leafOrder: Array(0..<k)) }
    var d = distances.values
    var active = [Bool](repeating: true, count: k)
    var id = Array(0..<k)  // current cluster id held in slot i
    var size = [Int](repeating: 1, count: k)
    var merges: [Linkage.Merge] = []
    merges.reserveCapacity(k - 1)
    for step in 0..<(k - 1) {
      var best = Double.infinity
      var bi = -1
      var bj = -1
      for i in 0..<k where active[i] {
        for j in (i + 1)..<k where active[j] && d[i * k + j] < best {
          best = d[i * k + j]
          bi = i
          bj = j
        }
      }
      let (a, b) = (id[bi], id[bj])
      merges.append(
        .init(first: min(a, b), second: max(a, b), distance: best, size: size[bi] + size[bj]))
      // Lance–Williams for average linkage: the merged cluster lives in slot bi.
      let wi = Double(size[bi])
      let wj = Double(size[bj])
      for m in 0..<k where active[m] && m != bi && m != bj {
        let v = (wi * d[bi * k + m] + wj * d[bj * k + m]) / (wi + wj)
        d[bi * k + m] = v
        d[m * k + bi] = v
      }
      active[bj] = false
      size[bi] += size[bj]
      id[bi] = k + step
    }
    // Pre-order traversal from the root, first child first.
    var order: [Int] = []
    order.reserveCapacity(k)
    var stack = [2 * k - 2]
    while let c = stack.popLast() {
      if c < k {
        order.append(c)
      } else {
        let m = merges[c - k]
        stack.append(m.second)
        stack.append(m.first)
      }
    }
    return Linkage(merges: merges, leafOrder: order)
  }
}
