import Foundation

/// Maps data values to pixels along one axis.
public struct Scale: Sendable, Equatable {
  /// How values are spaced.
  public enum Kind: String, Sendable, CaseIterable {
    case linear, log
  }

  public var kind: Kind
  /// The data interval shown; for a log scale both ends are positive.
  public var domain: ClosedRange<Double>
  /// The pixel interval it maps to (`lower` may exceed `upper`: the y axis grows upwards).
  public var range: (Double, Double)

  public init(kind: Kind = .linear, domain: ClosedRange<Double>, range: (Double, Double)) {
    precondition(kind == .linear || domain.lowerBound > 0, "a log scale needs a positive domain")
    self.kind = kind
    self.domain = domain
    self.range = range
  }

  public static func == (l: Scale, r: Scale) -> Bool {
    l.kind == r.kind && l.domain == r.domain && l.range == r.range
  }

  /// The pixel position of `v` (values outside the domain extrapolate).
  public func callAsFunction(_ v: Double) -> Double {
    let t: Double
    switch kind {
    case .linear:
      let span = domain.upperBound - domain.lowerBound
      t = span == 0 ? 0.5 : (v - domain.lowerBound) / span
    case .log:
      guard v > 0 else { return .nan }
      let lo = log10(domain.lowerBound)
      let span = log10(domain.upperBound) - lo
      t = span == 0 ? 0.5 : (log10(v) - lo) / span
    }
    return range.0 + t * (range.1 - range.0)
  }

  /// Nice tick values inside the domain: 1-2-5 steps (linear) or 1-2-5 per decade (log),
  /// about `target` of them.
  public func ticks(target: Int) -> [Double] {
    switch kind {
    case .linear: NiceTicks.linear(domain, target: target)
    case .log: NiceTicks.log(domain, target: target)
    }
  }

  /// A domain covering `values` (NaN ignored) with a little padding, widened to nice tick
  /// bounds for a linear scale; `including` values are always inside (e.g. 0, or 100).
  public static func domain(
    covering values: [Double], kind: Kind, including: [Double] = [], padding: Double = 0.04
  ) -> ClosedRange<Double> {
    var vs = values.filter { $0.isFinite && (kind == .linear || $0 > 0) }
    vs += including
    guard var lo = vs.min(), var hi = vs.max() else { return kind == .log ? 1...10 : 0...1 }
    switch kind {
    case .linear:
      if lo == hi {
        lo -= lo == 0 ? 1 : abs(lo) * 0.1
        hi += hi == 0 ? 1 : abs(hi) * 0.1
      }
      let pad = (hi - lo) * padding
      return (lo - pad)...(hi + pad)
    case .log:
      if lo == hi {
        lo /= 1.5
        hi *= 1.5
      }
      let f = pow(hi / lo, padding)
      return (lo / f)...(hi * f)
    }
  }
}
