import Foundation

/// Exponentially weighted moments of a pair: RiskMetrics-style covariance, correlation and
/// volatility that react faster than a fixed window.
///
/// The recurrences are pandas' (`pandas/_libs/window/aggregations.pyx`, `ewmcov`), a weighted
/// form of Welford's update (West 1979): the means and the co-moment are updated as weighted
/// averages of centred terms, never from raw power sums, so there is no cancellation. A value
/// equal to the running mean leaves the mean untouched (pandas' guard for constant series),
/// so a constant series has a variance of exactly zero.
///
/// Weights: with `adjust: true` the observation `k` steps back has weight `(1 − α)^k` and the
/// weights are normalised by their sum (pandas' default); with `adjust: false` the mean follows
/// the recursion `m_t = (1 − α) m_{t−1} + α x_t`.
public enum EWMA {}

extension EWMA {
  /// The smoothing factor α of a RiskMetrics decay `lambda` (0.94 for daily data): α = 1 − λ.
  public static func alpha(lambda: Double) -> Double {
    precondition(lambda >= 0 && lambda < 1, "lambda must be in [0, 1)")
    return 1 - lambda
  }

  /// The smoothing factor α whose weights halve every `halfLife` observations:
  /// α = 1 − exp(−ln 2 / halfLife), as pandas `ewm(halflife=)`.
  public static func alpha(halfLife: Double) -> Double {
    precondition(halfLife > 0, "halfLife must be positive")
    return 1 - Foundation.exp(-Foundation.log(2) / halfLife)
  }
}

/// The running state of an exponentially weighted pair: weighted means, co-moments (weighted
/// averages, i.e. the biased estimates) and the weight sums needed for the unbiased correction.
public struct EWMACoMoments<T: BinaryFloatingPoint> {
  /// Valid pairs seen so far.
  public var count: Int = 0
  /// Weighted mean of x (NaN before the first valid pair).
  public var meanX: T = .nan
  /// Weighted mean of y.
  public var meanY: T = .nan
  /// Biased weighted covariance: Σ wᵢ (xᵢ − x̄)(yᵢ − ȳ) / Σ wᵢ.
  public var biasedCovariance: T = 0
  /// Biased weighted variance of x.
  public var biasedVarianceX: T = 0
  /// Biased weighted variance of y.
  public var biasedVarianceY: T = 0
  @usableFromInline var sumWeights: T = 1
  @usableFromInline var sumSquaredWeights: T = 1
  @usableFromInline var oldWeight: T = 1
  @usableFromInline let decay: T
  @usableFromInline let newWeight: T
  @usableFromInline let adjust: Bool
  @usableFromInline let ignoreMissing: Bool

  /// An empty state for smoothing factor `alpha` in (0, 1].
  /// - Parameters:
  ///   - adjust: pandas' `adjust` (see ``EWMA``).
  ///   - ignoreMissing: pandas' `ignore_na`. When `false` (the default, as pandas), a missing
  ///     pair still ages the weights of earlier pairs; when `true` it is skipped entirely.
  @inlinable
  public init(alpha: T, adjust: Bool = true, ignoreMissing: Bool = false) {
    precondition(alpha > 0 && alpha <= 1, "alpha must be in (0, 1]")
    decay = 1 - alpha
    newWeight = adjust ? 1 : alpha
    self.adjust = adjust
    self.ignoreMissing = ignoreMissing
  }

  /// Adds the next pair; a pair where either value is NaN is a missing observation.
  @inlinable
  public mutating func add(_ x: T, _ y: T) {
    let valid = !x.isNaN && !y.isNaN
    guard count > 0 else {
      if valid {
        count = 1
        meanX = x
        meanY = y
      }
      return
    }
    guard valid || !ignoreMissing else { return }
    sumWeights *= decay
    sumSquaredWeights *= decay * decay
    oldWeight *= decay
    guard valid else { return }
    count += 1
    let oldX = meanX
    let oldY = meanY
    let total = oldWeight + newWeight
    if meanX != x { meanX = (oldWeight * oldX + newWeight * x) / total }
    if meanY != y { meanY = (oldWeight * oldY + newWeight * y) / total }
    let dxOld = oldX - meanX
    let dyOld = oldY - meanY
    let dx = x - meanX
    let dy = y - meanY
    biasedCovariance =
      (oldWeight * (biasedCovariance + dxOld * dyOld) + newWeight * dx * dy) / total
    biasedVarianceX = (oldWeight * (biasedVarianceX + dxOld * dxOld) + newWeight * dx * dx) / total
    biasedVarianceY = (oldWeight * (biasedVarianceY + dyOld * dyOld) + newWeight * dy * dy) / total
    sumWeights += newWeight
    sumSquaredWeights += newWeight * newWeight
    oldWeight += newWeight
    if !adjust {
      sumWeights /= oldWeight
      sumSquaredWeights /= oldWeight * oldWeight
      oldWeight = 1
    }
  }

  /// The factor (Σw)² / ((Σw)² − Σw²) that turns a biased weighted moment into the unbiased
  /// one; NaN when it is undefined (a single pair).
  @inlinable
  public var unbiasFactor: T {
    let numerator = sumWeights * sumWeights
    let denominator = numerator - sumSquaredWeights
    return denominator > 0 ? numerator / denominator : .nan
  }

  /// Unbiased weighted covariance (pandas `ewm().cov(bias=False)`); NaN before two pairs.
  @inlinable public var covariance: T { count >= 1 ? unbiasFactor * biasedCovariance : .nan }

  /// Unbiased weighted standard deviation of x (pandas `ewm().std()`); NaN before two pairs.
  @inlinable public var volatilityX: T {
    count >= 1 ? (unbiasFactor * biasedVarianceX).squareRoot() : .nan
  }

  /// Unbiased weighted standard deviation of y.
  @inlinable public var volatilityY: T {
    count >= 1 ? (unbiasFactor * biasedVarianceY).squareRoot() : .nan
  }

  /// Weighted correlation (the unbias factors cancel), clamped to [−1, 1]; NaN when either
  /// weighted variance is zero or before two pairs.
  @inlinable
  public var correlation: T {
    guard count >= 2, biasedVarianceX > 0, biasedVarianceY > 0 else { return .nan }
    let r = biasedCovariance / (biasedVarianceX * biasedVarianceY).squareRoot()
    return min(1, max(-1, r))
  }
}

extension EWMACoMoments: Sendable where T: Sendable {}
