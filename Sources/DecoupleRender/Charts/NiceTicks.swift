import Foundation

/// Tick values people read easily: multiples of 1, 2 or 5 times a power of ten.
public enum NiceTicks {
  /// The 1-2-5 step giving about `target` intervals over `span` (the step nearest, on a log
  /// scale, to `span / target`).
  public static func step(span: Double, target: Int) -> Double {
    guard span > 0, span.isFinite else { return 1 }
    let raw = span / Double(max(1, target))
    let magnitude = pow(10, floor(log10(raw)))
    let f = raw / magnitude
    // The thresholds are the geometric means of neighbouring steps (as d3's tickIncrement).
    let nice: Double =
      f >= 50.0.squareRoot() ? 10 : (f >= 10.0.squareRoot() ? 5 : (f >= 2.0.squareRoot() ? 2 : 1))
    return nice * magnitude
  }

  /// Multiples of a 1-2-5 step inside `domain` (about `target` of them).
  public static func linear(_ domain: ClosedRange<Double>, target: Int) -> [Double] {
    let s = step(span: domain.upperBound - domain.lowerBound, target: target)
    let first = (domain.lowerBound / s).rounded(.up)
    let last = (domain.upperBound / s).rounded(.down)
    guard first <= last, last - first < 1000 else { return [] }
    return stride(from: first, through: last, by: 1).map { k in
      // Divide by the inverse for fractional steps: 3 / 5 is 0.6, but 3 * 0.2 is not.
      let v = s < 1 ? k / (1 / s).rounded() : k * s
      return v == 0 ? 0 : v
    }
  }

  /// Powers of ten inside `domain`, with 2 and 5 (or 3) times them when that still gives at
  /// most `target + 2` ticks, and every n-th decade when even the powers are too many.
  public static func log(_ domain: ClosedRange<Double>, target: Int) -> [Double] {
    let lo = Int(floor(log10(domain.lowerBound)))
    let hi = Int(ceil(log10(domain.upperBound)))
    func ticks(_ multipliers: [Double], every: Int) -> [Double] {
      var out: [Double] = []
      for e in lo...hi where ((e % every) + every) % every == 0 {
        for m in multipliers {
          let v = m * pow(10, Double(e))
          if domain.contains(v) { out.append(v) }
        }
      }
      return out
    }
    // Less than a decade or so: plain linear ticks read better than a lone power of ten.
    if ticks([1, 2, 5], every: 1).count < 3 { return linear(domain, target: target) }
    for m: [Double] in [[1, 2, 5], [1, 3]] {
      let t = ticks(m, every: 1)
      if t.count <= target + 2 && t.count >= 2 { return t }
    }
    let every = max(1, Int((Double(hi - lo) / Double(max(1, target))).rounded(.up)))
    let t = ticks([1], every: every)
    return t.count >= 2 ? t : linear(domain, target: target)
  }

  /// The decimals needed to tell ticks `step` apart (0 for steps ≥ 1).
  public static func decimals(step: Double) -> Int {
    guard step > 0, step.isFinite else { return 0 }
    return max(0, Int(-floor(log10(step) + 1e-9)))
  }

  /// Labels for linear ticks, all with the same number of decimals; a minus sign for negatives.
  public static func labels(_ ticks: [Double], suffix: String = "", scale: Double = 1)
    -> [String]
  {
    let scaled = ticks.map { $0 * scale }
    let step = zip(scaled.dropFirst(), scaled).map { $0 - $1 }.min() ?? 1
    let d = decimals(step: step)
    return scaled.map { v in
      let s = String(format: "%.\(d)f", v == 0 ? 0 : v)
      return (s.hasPrefix("-") ? "−" + s.dropFirst() : s) + suffix
    }
  }

  /// Labels for log ticks: plain numbers, thousands as "k".
  public static func logLabels(_ ticks: [Double]) -> [String] {
    ticks.map { v in
      if v >= 10_000 { return String(format: "%gk", v / 1000) }
      return String(format: "%g", v)
    }
  }
}
