import Foundation

extension Pelt {
  /// O(1) segment costs from prefix sums of the globally centered data (centering keeps the
  /// sums of squares free of cancellation for returns-like data).
  struct SegmentCost {
    let cost: Cost
    let n: Int
    // Prefix sums, index i = sum over 0..<i.
    var sy: [Double], syy: [Double], sx: [Double], sxx: [Double], sxy: [Double]
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
      sy = [0]
      syy = [0]
      sx = [0]
      sxx = [0]
      sxy = [0]
      for i in 0..<n {
        let a = y[i] - my
        sy.append(sy[i] + a)
        syy.append(syy[i] + a * a)
        if let x {
          let b = x[i] - mx
          sx.append(sx[i] + b)
          sxx.append(sxx[i] + b * b)
          sxy.append(sxy[i] + a * b)
        }
      }
    }

    /// Sum of squared deviations from the segment mean of y on [s, e).
    @inline(__always) func sse(_ s: Int, _ e: Int) -> Double {
      let k = Double(e - s)
      let m = sy[e] - sy[s]
      return max(0, (syy[e] - syy[s]) - m * m / k)
    }

    /// ruptures' `error(start, end)`.
    func error(_ s: Int, _ e: Int) -> Double {
      let k = Double(e - s)
      switch cost {
      case .l2:
        return sse(s, e)
      case .normal:
        return log(sse(s, e) / k + 1e-6) * k
      case .linear:
        if e - s <= 2 { return 0 }  // numpy lstsq reports no residual when rows ≤ columns
        let syyC = sse(s, e)
        let mx = sx[e] - sx[s]
        let my = sy[e] - sy[s]
        let sxxC = (sxx[e] - sxx[s]) - mx * mx / k
        let sxyC = (sxy[e] - sxy[s]) - mx * my / k
        guard sxxC > 1e-12 * max(1, sxx[e] - sxx[s]) else { return syyC }
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
