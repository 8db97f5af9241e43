import Foundation

extension Pelt {
  /// O(1) segment costs from prefix sums of the globally centered data (centering keeps the
  /// sums of squares free of cancellation for returns-like data).
  struct SegmentCost {
    let cost: Cost
    let n: Int
    /// Prefix sums, 5 per index i (sums over 0..<i): y, y², x, x², xy of the centered data.
    var prefix: [Double]
    let y: [Double]
    let x: [Double]?

    init(cost: Cost, y: [Double], x: [Double]?) {
      self.cost = cost
      self.y = y
      self.x = x
      let count = y.count
      n = count
      let my = y.reduce(0, +) / Double(count)
      let mx = x.map { $0.reduce(0, +) / Double(count) } ?? 0
      var p = [Double](repeating: 0, count: 5 * (count + 1))
      for i in 0..<count {
        let a = y[i] - my
        let b = x.map { $0[i] - mx } ?? 0
        p[5 * (i + 1)] = p[5 * i] + a
        p[5 * (i + 1) + 1] = p[5 * i + 1] + a * a
        p[5 * (i + 1) + 2] = p[5 * i + 2] + b
        p[5 * (i + 1) + 3] = p[5 * i + 3] + b * b
        p[5 * (i + 1) + 4] = p[5 * i + 4] + a * b
      }
      prefix = p
    }

    /// ruptures' `error(start, end)`.
    func error(_ s: Int, _ e: Int) -> Double {
      prefix.withUnsafeBufferPointer { Self.error(cost, $0, s, e) }
    }

    /// Calls `body` with a fast `error(start, end)` (valid only inside `body`).
    func withError<R>(_ body: ((Int, Int) -> Double) -> R) -> R {
      prefix.withUnsafeBufferPointer { p in body { s, e in Self.error(cost, p, s, e) } }
    }

    @inline(__always)
    static func error(_ cost: Cost, _ p: UnsafeBufferPointer<Double>, _ s: Int, _ e: Int)
      -> Double
    {
      let k = Double(e - s)
      let (i, j) = (5 * s, 5 * e)
      let my = p[j] - p[i]
      let syyC = max(0, (p[j + 1] - p[i + 1]) - my * my / k)
      switch cost {
      case .l2:
        return syyC
      case .normal:
        return log(syyC / k + 1e-6) * k
      case .linear:
        if e - s <= 2 { return 0 }  // numpy lstsq reports no residual when rows ≤ columns
        let mx = p[j + 2] - p[i + 2]
        let sxx = p[j + 3] - p[i + 3]
        let sxxC = sxx - mx * mx / k
        let sxyC = (p[j + 4] - p[i + 4]) - mx * my / k
        guard sxxC > 1e-12 * max(1, sxx) else { return syyC }
        return max(0, syyC - sxyC * sxyC / sxxC)
      }
    }

    /// The penalty value (``Penalty`` states the formulas).
    func penaltyValue(_ p: Penalty) -> Double {
      let k: Int
      switch p {
      case .value(let v): return v
      case .bic: k = cost.parametersPerSegment + 1
      case .mbic: k = cost.parametersPerSegment + 2
      }
      return Double(k) * log(Double(n)) * noiseScale()
    }

    func noiseScale() -> Double {
      switch cost {
      case .normal:
        return 1
      case .l2:
        let d = (1..<n).map { y[$0] - y[$0 - 1] }
        let med = median(d)
        let mad = median(d.map { abs($0 - med) })
        return (1.4826 * mad) * (1.4826 * mad) / 2
      case .linear:
        return error(0, n) / Double(n)
      }
    }

    func median(_ v: [Double]) -> Double {
      let s = v.sorted()
      let m = s.count / 2
      return s.count % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2
    }
  }
}
