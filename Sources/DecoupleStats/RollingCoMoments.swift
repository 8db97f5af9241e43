/// The running first and second co-moments of a window of `(x, y)` pairs, updated in O(1) as
/// pairs enter and leave.
///
/// Updates use Welford's centred recurrences (Welford 1962; the add/remove and fixed-size
/// replace forms of Pébay 2008), never raw power sums, so there is no catastrophic cancellation
/// between large sums. Two further safeguards remove the failure modes of pandas and polars:
/// - **Cancellation guard.** Rounding error in a centred sum is proportional to the largest value
///   it has held. The type tracks that high-water mark for each variance; when a variance falls
///   below `1e-4` of it (a large value has left the window), the caller recomputes the window
///   exactly with ``recompute(_:_:from:to:)``. An outlier leaving the window therefore cannot
///   poison later values.
/// - **Constant windows.** Adding or replacing identical values leaves a variance at exactly zero,
///   and a window that becomes constant after holding other values trips the cancellation guard;
///   the recomputation sets the variance of a constant window to exactly zero. Such a window
///   yields NaN, never noise or ±inf.
public struct RollingCoMoments<T: BinaryFloatingPoint> {
  /// Number of pairs in the window.
  public var count: Int = 0
  public var meanX: T = 0
  public var meanY: T = 0
  /// Σ (x − x̄)².
  public var m2X: T = 0
  /// Σ (y − ȳ)².
  public var m2Y: T = 0
  /// Σ (x − x̄)(y − ȳ).
  public var cXY: T = 0
  @usableFromInline var highX: T = 0
  @usableFromInline var highY: T = 0

  @inlinable
  public init() {}

  /// Adds a pair.
  @inlinable
  public mutating func add(_ x: T, _ y: T) {
    count += 1
    let n = T(count)
    let dx = x - meanX
    let dy = y - meanY
    meanX += dx / n
    meanY += dy / n
    m2X += dx * (x - meanX)
    m2Y += dy * (y - meanY)
    cXY += dx * (y - meanY)
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
    let dx = x - meanX
    let dy = y - meanY
    meanX -= dx / n
    meanY -= dy / n
    m2X = max(0, m2X - dx * (x - meanX))
    m2Y = max(0, m2Y - dy * (y - meanY))
    cXY -= dx * (y - meanY)
  }

  /// Replaces the pair `(xOld, yOld)`, which is in the window, by `(xNew, yNew)`; the count is
  /// unchanged. `inverseCount` is `1 / count`, hoisted out of the caller's loop.
  @inlinable
  public mutating func replace(_ xOld: T, _ yOld: T, with xNew: T, _ yNew: T, inverseCount: T) {
    let dx = xNew - xOld
    let dy = yNew - yOld
    let newMeanX = meanX + dx * inverseCount
    let newMeanY = meanY + dy * inverseCount
    let sx = xNew - newMeanX + xOld - meanX
    let sy = yNew - newMeanY + yOld - meanY
    m2X = max(0, m2X + dx * sx)
    m2Y = max(0, m2Y + dy * sy)
    cXY += (dx * sy + dy * sx) * 0.5
    meanX = newMeanX
    meanY = newMeanY
    noteHighWater()
  }

  @inlinable
  mutating func noteHighWater() {
    highX = max(highX, m2X)
    highY = max(highY, m2Y)
  }

  /// Whether a variance has fallen so far below its high-water mark that its rounding error may
  /// matter (relative error above about 1e-11); the caller should then ``recompute(_:_:from:to:)``.
  @inlinable
  public var needsRecompute: Bool {
    m2X < highX * 1e-4 || m2Y < highY * 1e-4
  }

  /// Recomputes the state exactly (two-pass) from the valid pairs in `x[from..<to]`,
  /// `y[from..<to]`, skipping pairs where either is NaN.
  @inlinable
  public mutating func recompute(
    _ x: UnsafeBufferPointer<T>, _ y: UnsafeBufferPointer<T>, from: Int, to: Int
  ) {
    self = Self.exact(x, y, from: from, to: to)
  }

  /// The state of the valid pairs in `x[from..<to]`, `y[from..<to]`, computed exactly (two-pass);
  /// what ``recompute(_:_:from:to:)`` assigns.
  ///
  /// Returned by value and never inlined, so a stepping loop that calls it on its rare slow path
  /// can keep its own state in registers (an `inout` call would pin the state to memory and put a
  /// store-to-load round trip on every step's dependency chain).
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
    var n = 0
    var sx: T = 0
    var sy: T = 0
    var firstX: T = .nan
    var firstY: T = .nan
    var constantX = true
    var constantY = true
    for j in from..<to where !x[j].isNaN && !y[j].isNaN {
      if n == 0 {
        firstX = x[j]
        firstY = y[j]
      }
      constantX = constantX && x[j] == firstX
      constantY = constantY && y[j] == firstY
      n += 1
      sx += x[j]
      sy += y[j]
    }
    self = RollingCoMoments()
    guard n > 0 else { return }
    let mx = sx / T(n)
    let my = sy / T(n)
    var a: T = 0
    var b: T = 0
    var c: T = 0
    var ex: T = 0
    var ey: T = 0
    for j in from..<to where !x[j].isNaN && !y[j].isNaN {
      let dx = x[j] - mx
      let dy = y[j] - my
      ex += dx
      ey += dy
      a += dx * dx
      b += dy * dy
      c += dx * dy
    }
    // Second-pass correction of the mean (Chan, Golub & LeVeque 1983).
    count = n
    meanX = mx + ex / T(n)
    meanY = my + ey / T(n)
    m2X = max(0, a - ex * ex / T(n))
    m2Y = max(0, b - ey * ey / T(n))
    cXY = c - ex * ey / T(n)
    if constantX {
      meanX = firstX
      m2X = 0
      cXY = 0
    }
    if constantY {
      meanY = firstY
      m2Y = 0
      cXY = 0
    }
    highX = m2X
    highY = m2Y
  }

  // MARK: - Derived statistics (NaN when undefined)

  /// Pearson correlation, clamped to [-1, 1]; NaN when either variance is zero.
  @inlinable
  public var correlation: T {
    guard m2X > 0, m2Y > 0 else { return .nan }
    let r = cXY / (m2X * m2Y).squareRoot()
    return min(1, max(-1, r))
  }
}
extension RollingCoMoments: Sendable where T: Sendable {}
