/// The running first and second co-moments of a window of `(x, y)` pairs, updated in O(1) as
/// pairs enter and leave.
///
/// Updates use Welford's centred recurrences (Welford 1962; the add/remove and fixed-size
/// replace forms of Pébay 2008), never raw power sums, so there is no catastrophic cancellation
/// between large sums. Three further safeguards remove the failure modes of pandas, polars and
/// numbagg:
/// - **Anchored means.** Each mean is held as an anchor (a value near the data) plus a small
///   offset, and values are shifted by the anchor before use. Data far from zero (prices near
///   1e8 moving by 1e4) keep the full precision of their deviations; ``reanchor()`` moves the
///   anchor to the current mean without changing any moment.
/// - **Cancellation guard.** Rounding error in a centred sum is proportional to the largest value
///   it has held. The type tracks that high-water mark for each variance; when a variance falls
///   below `1e-3` of it (a large value has left the window), ``needsRecompute`` asks the caller
///   to recompute the window exactly with ``recompute(_:_:from:to:)``. An outlier leaving the
///   window therefore cannot poison later values.
/// - **Constant windows.** Adding or replacing identical values leaves a variance at exactly zero,
///   and a window that becomes constant after holding other values trips the cancellation guard;
///   the recomputation sets the variance of a constant window to exactly zero. Such a window
///   yields NaN, never noise or ±inf.
public struct RollingCoMoments<T: BinaryFloatingPoint> {
  /// Number of pairs in the window.
  public var count: Int = 0
  /// Σ (x − x̄)².
  public var m2X: T = 0
  /// Σ (y − ȳ)².
  public var m2Y: T = 0
  /// Σ (x − x̄)(y − ȳ).
  public var cXY: T = 0
  @usableFromInline var anchorX: T = 0
  @usableFromInline var anchorY: T = 0
  /// Mean of x minus `anchorX`.
  @usableFromInline var muX: T = 0
  /// Mean of y minus `anchorY`.
  @usableFromInline var muY: T = 0
  @usableFromInline var highX: T = 0
  @usableFromInline var highY: T = 0

  @inlinable
  public init() {}

  /// Mean of x over the window.
  @inlinable public var meanX: T { anchorX + muX }
  /// Mean of y over the window.
  @inlinable public var meanY: T { anchorY + muY }

  /// Adds a pair.
  @inlinable
  public mutating func add(_ x: T, _ y: T) {
    if count == 0 {
      anchorX = x
      anchorY = y
    }
    count += 1
    let n = T(count)
    let dx = (x - anchorX) - muX
    let dy = (y - anchorY) - muY
    muX += dx / n
    muY += dy / n
    let ey = (y - anchorY) - muY
    m2X += dx * ((x - anchorX) - muX)
    m2Y += dy * ey
    cXY += dx * ey
    noteHighWater()
  }

  /// Removes a pair that is in the window.
  @inlinable
  public mutating func remove(_ x: T, _ y: T) {
    count -= 1
    if count == 0 {
      self = RollingCoMoments()
      return
    }
    let n = T(count)
    let dx = (x - anchorX) - muX
    let dy = (y - anchorY) - muY
    muX -= dx / n
    muY -= dy / n
    let ey = (y - anchorY) - muY
    m2X = max(0, m2X - dx * ((x - anchorX) - muX))
    m2Y = max(0, m2Y - dy * ey)
    cXY -= dx * ey
  }

  /// Replaces the pair `(xOld, yOld)`, which is in the window, by `(xNew, yNew)`; the count is
  /// unchanged. `inverseCount` is `1 / count`, hoisted out of the caller's loop.
  @inlinable
  public mutating func replace(_ xOld: T, _ yOld: T, with xNew: T, _ yNew: T, inverseCount: T) {
    let uOld = xOld - anchorX
    let uNew = xNew - anchorX
    let vOld = yOld - anchorY
    let vNew = yNew - anchorY
    let dx = uNew - uOld
    let dy = vNew - vOld
    let newMuX = muX + dx * inverseCount
    let newMuY = muY + dy * inverseCount
    let sx = (uNew - newMuX) + (uOld - muX)
    let sy = (vNew - newMuY) + (vOld - muY)
    let newM2X = m2X + dx * sx
    let newM2Y = m2Y + dy * sy
    m2X = newM2X > 0 ? newM2X : 0
    m2Y = newM2Y > 0 ? newM2Y : 0
    cXY += (dx * sy + dy * sx) * 0.5
    muX = newMuX
    muY = newMuY
    noteHighWater()
  }

  /// Moves the anchors to the current means; no moment changes. Call it now and then (the
  /// scan does, once per window length) so that data drifting far from where it started keeps
  /// its precision.
  @inlinable
  public mutating func reanchor() {
    let ax = anchorX + muX
    muX -= ax - anchorX
    anchorX = ax
    let ay = anchorY + muY
    muY -= ay - anchorY
    anchorY = ay
  }

  @inlinable
  mutating func noteHighWater() {
    highX = m2X > highX ? m2X : highX
    highY = m2Y > highY ? m2Y : highY
  }

  /// Whether a variance has fallen so far below its high-water mark that its rounding error may
  /// matter (relative error above about 1e-13); the caller should then
  /// ``recompute(_:_:from:to:)``.
  @inlinable
  public var needsRecompute: Bool {
    m2X < highX * 1e-3 || m2Y < highY * 1e-3
  }

  /// Recomputes the state exactly (two-pass, shifted by the first valid pair) from the valid
  /// pairs in `x[from..<to]`, `y[from..<to]`, skipping pairs where either is NaN.
  @inlinable
  public mutating func recompute(
    _ x: UnsafeBufferPointer<T>, _ y: UnsafeBufferPointer<T>, from: Int, to: Int
  ) {
    self = Self.exact(x, y, from: from, to: to)
  }

  /// The exact state of the valid pairs in `x[from..<to]`, `y[from..<to]`: what
  /// ``recompute(_:_:from:to:)`` assigns.
  ///
  /// Returned by value and never inlined, so that a stepping loop calling it on its rare slow
  /// path keeps its own state in registers (an `inout` call would pin the state to memory and
  /// put a store-to-load round trip on every step's dependency chain).
  @inlinable @inline(never)
  public static func exact(
    _ x: UnsafeBufferPointer<T>, _ y: UnsafeBufferPointer<T>, from: Int, to: Int
  ) -> Self {
    var s = Self()
    s.assignExact(x, y, from: from, to: to)
    return s
  }

  @inlinable
  mutating func assignExact(
    _ x: UnsafeBufferPointer<T>, _ y: UnsafeBufferPointer<T>, from: Int, to: Int
  ) {
    guard let first = (from..<to).first(where: { !x[$0].isNaN && !y[$0].isNaN }) else { return }
    let fx = x[first]
    let fy = y[first]
    var n = 0
    var su: T = 0
    var sv: T = 0
    var constantX = true
    var constantY = true
    for j in first..<to where !x[j].isNaN && !y[j].isNaN {
      constantX = constantX && x[j] == fx
      constantY = constantY && y[j] == fy
      n += 1
      su += x[j] - fx
      sv += y[j] - fy
    }
    let mu = su / T(n)
    let mv = sv / T(n)
    var a: T = 0
    var b: T = 0
    var c: T = 0
    var eu: T = 0
    var ev: T = 0
    for j in first..<to where !x[j].isNaN && !y[j].isNaN {
      let du = (x[j] - fx) - mu
      let dv = (y[j] - fy) - mv
      eu += du
      ev += dv
      a += du * du
      b += dv * dv
      c += du * dv
    }
    // Second-pass correction of the mean (Chan, Golub & LeVeque 1983).
    count = n
    anchorX = fx
    anchorY = fy
    muX = constantX ? 0 : mu + eu / T(n)
    muY = constantY ? 0 : mv + ev / T(n)
    m2X = constantX ? 0 : max(0, a - eu * eu / T(n))
    m2Y = constantY ? 0 : max(0, b - ev * ev / T(n))
    cXY = constantX || constantY ? 0 : c - eu * ev / T(n)
    highX = m2X
    highY = m2Y
    reanchor()
  }

  // MARK: - Derived statistics (NaN when undefined)

  /// Pearson correlation, clamped to [-1, 1]; NaN for fewer than two pairs or when either
  /// variance is zero.
  @inlinable
  public var correlation: T {
    guard count >= 2, m2X > 0, m2Y > 0 else { return .nan }
    let r = cXY / (m2X * m2Y).squareRoot()
    return min(1, max(-1, r))
  }
}

extension RollingCoMoments: Sendable where T: Sendable {}
