/// Adjusting p-values when many hypotheses are tested at once.
public enum MultipleTesting {
  /// Holm's step-down adjustment (statsmodels `multipletests(p, method="holm")[1]`): sorted
  /// ascending, the i-th smallest (1-based) becomes max over j ≤ i of min(1, (m − j + 1) p₍ⱼ₎);
  /// returned in the input's order. NaN p-values stay NaN and do not count in m.
  public static func holm(_ p: [Double]) -> [Double] {
    let order = p.indices.filter { !p[$0].isNaN }.sorted { p[$0] < p[$1] }
    let m = order.count
    var out = p
    var running = 0.0
    for (j, i) in order.enumerated() {
      running = max(running, min(1, Double(m - j) * p[i]))
      out[i] = running
    }
    return out
  }
}
