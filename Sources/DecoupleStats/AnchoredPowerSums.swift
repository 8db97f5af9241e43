/// Shifted power sums of a full window of `(x, y)` pairs: the state of the dense rolling
/// correlation loop.
///
/// Values enter as `u = x − anchorX`, `v = y − anchorY`; the sums are Σu, Σv (``sum``), Σu², Σv²
/// (``sumOfSquares``) and Σuv. Each step adds the new pair's terms and subtracts the old pair's,
/// one addition per sum, so the loop-carried chains are short and x and y share SIMD lanes.
/// Power sums are unstable on their own; three rules keep them exact to a few ulps:
/// - the anchors move to the window's means at every ``reanchor()`` (the loop calls it at least
///   once per window length), so the sums stay centred and Σu² − (Σu)²/n does not cancel;
/// - ``needsRecompute`` trips when a centred sum falls below `1e-3` of the largest raw sum of
///   squares seen since the last exact state (an outlier has left, or the data moved far from
///   the anchor); the loop then restarts from ``RollingCoMoments/exact(_:_:from:to:)``;
/// - the loop also restarts from an exact state periodically, bounding accumulated rounding.
@usableFromInline
struct AnchoredPowerSums {
  @usableFromInline var anchor: SIMD2<Double>
  @usableFromInline var sum: SIMD2<Double>
  @usableFromInline var sumOfSquares: SIMD2<Double>
  @usableFromInline var sumOfProducts: Double
  /// Largest `sumOfSquares` since the last exact state: the scale of the rounding error.
  @usableFromInline var high: SIMD2<Double>
  @usableFromInline let count: Double
  @usableFromInline let inverseCount: Double

  /// The sums of a window whose exact co-moments are `s` (with `s.count == count`).
  @inlinable @inline(__always)
  init(_ s: RollingCoMoments<Double>, count: Int) {
    self.count = Double(count)
    inverseCount = 1 / Double(count)
    anchor = SIMD2(s.anchorX, s.anchorY)
    sum = SIMD2(s.muX, s.muY) * Double(count)
    sumOfSquares = SIMD2(s.m2X, s.m2Y) + sum * sum * inverseCount
    sumOfProducts = s.cXY + sum.x * sum.y * inverseCount
    high = sumOfSquares
  }

  /// Replaces the oldest pair `old` by `new`.
  @inlinable @inline(__always)
  mutating func replace(old: SIMD2<Double>, new: SIMD2<Double>) {
    let u = new - anchor
    let uo = old - anchor
    sum += u - uo
    sumOfSquares += u * u - uo * uo
    sumOfProducts += u.x * u.y - uo.x * uo.y
    high = high.replacing(with: sumOfSquares, where: sumOfSquares .> high)
  }

  /// Σ(x − x̄)² and Σ(y − ȳ)².
  @inlinable @inline(__always)
  var centredSquares: SIMD2<Double> { sumOfSquares - sum * sum * inverseCount }

  /// Σ(x − x̄)(y − ȳ).
  @inlinable @inline(__always)
  var centredProducts: Double { sumOfProducts - sum.x * sum.y * inverseCount }

  /// Whether `centred` (from ``centredSquares``) has lost too many digits to cancellation.
  @inlinable @inline(__always)
  func needsRecompute(_ centred: SIMD2<Double>) -> Bool {
    let level = high * 1e-3
    return centred.x < level.x || centred.y < level.y
  }

  /// Moves the anchors to the current means, adjusting the sums exactly as the algebra says.
  @inlinable @inline(__always)
  mutating func reanchor() {
    let moved = anchor + sum * inverseCount
    let d = moved - anchor
    sumOfProducts += -d.x * sum.y - d.y * sum.x + count * d.x * d.y
    sumOfSquares -= d * (sum + sum - count * d)
    sum -= count * d
    anchor = moved
  }
}
