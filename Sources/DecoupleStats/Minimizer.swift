import Foundation

/// Unconstrained minimization for the maximum-likelihood estimators.
///
/// BFGS (Nocedal & Wright 2006, algorithm 6.1) with central-difference gradients and a
/// backtracking Armijo line search. Constrained models (GARCH, DCC) minimize over unconstrained
/// transforms of their parameters (exp, logistic), so every trial point is admissible.
///
/// Convergence: the largest gradient component is below `gradientTolerance`. Edge behaviour:
/// a non-finite objective at the start, an exhausted iteration budget, or a line search that
/// finds no decrease while the gradient is still large, throw ``EstimationError/notConverged``
/// with the reason; no estimate is returned in those cases.
public enum Minimizer {}

extension Minimizer {
  /// Settings for ``bfgs(_:start:options:estimator:)``.
  public struct Options: Sendable {
    public var maxIterations = 500
    /// Stop when max |∂f/∂xᵢ| is below this.
    public var gradientTolerance = 1e-7
    /// A failed line search counts as converged when the gradient is already below this
    /// (the floor set by finite-difference noise).
    public var noiseTolerance = 1e-5
    /// Relative step of the central differences.
    public var differenceStep = 1e-6
    public init() {}
  }

  /// The minimum found: the point, the value there, and the iterations used.
  public struct Result: Sendable {
    public var x: [Double]
    public var value: Double
    public var iterations: Int
  }

  /// Central-difference gradient of `f` at `x`.
  public static func gradient(
    _ f: ([Double]) -> Double, at x: [Double], step: Double = 1e-6
  ) -> [Double] {
    var g = [Double](repeating: 0, count: x.count)
    var p = x
    for i in x.indices {
      let h = step * max(1, abs(x[i]))
      p[i] = x[i] + h
      let up = f(p)
      p[i] = x[i] - h
      let down = f(p)
      p[i] = x[i]
      g[i] = (up - down) / (2 * h)
    }
    return g
  }

  /// Minimizes `f` from `start` by BFGS.
  /// - Throws: ``EstimationError/notConverged`` naming `estimator` and the reason.
  public static func bfgs(
    _ f: ([Double]) -> Double, start: [Double], options: Options = .init(),
    estimator: String
  ) throws(EstimationError) -> Result {
    let n = start.count
    var x = start
    var fx = f(x)
    guard fx.isFinite else {
      throw .notConverged(
        estimator: estimator, reason: "the likelihood is not finite at the starting values",
        iterations: 0)
    }
    var g = gradient(f, at: x, step: options.differenceStep)
    var h = Matrix.identity(n)
    for iteration in 0..<options.maxIterations {
      let gmax = g.map(abs).max() ?? 0
      if gmax < options.gradientTolerance {
        return Result(x: x, value: fx, iterations: iteration)
      }
      var d = (h * g).map { -$0 }
      var slope = dot(g, d)
      if !(slope < 0) {
        h = Matrix.identity(n)
        d = g.map { -$0 }
        slope = dot(g, d)
      }
      guard let (step, fNew) = lineSearch(f, x: x, fx: fx, d: d, slope: slope) else {
        if gmax < options.noiseTolerance { return Result(x: x, value: fx, iterations: iteration) }
        throw .notConverged(
          estimator: estimator,
          reason: "the line search found no improvement while the gradient is \(gmax)",
          iterations: iteration)
      }
      let xNew = zip(x, d).map { $0 + step * $1 }
      let gNew = gradient(f, at: xNew, step: options.differenceStep)
      let s = zip(xNew, x).map { $0 - $1 }
      let y = zip(gNew, g).map { $0 - $1 }
      let sy = dot(s, y)
      if sy > 1e-12 * max(dot(s, s).squareRoot() * dot(y, y).squareRoot(), 1e-300) {
        update(&h, s: s, y: y, sy: sy)
      }
      x = xNew
      fx = fNew
      g = gNew
    }
    throw .notConverged(
      estimator: estimator,
      reason: "iteration limit \(options.maxIterations) reached", iterations: options.maxIterations)
  }

  // MARK: - Pieces

  /// Backtracking Armijo search along `d`; `nil` when no step decreases `f`.
  static func lineSearch(
    _ f: ([Double]) -> Double, x: [Double], fx: Double, d: [Double], slope: Double
  ) -> (Double, Double)? {
    var t = 1.0
    var trial = x
    for _ in 0..<60 {
      for i in x.indices { trial[i] = x[i] + t * d[i] }
      let v = f(trial)
      if v.isFinite && v <= fx + 1e-4 * t * slope { return (t, v) }
      t *= 0.5
    }
    return nil
  }

  /// The BFGS update of the inverse Hessian approximation.
  static func update(_ h: inout Matrix, s: [Double], y: [Double], sy: Double) {
    let n = s.count
    let hy = h * y
    let yhy = dot(y, hy)
    let rho = 1 / sy
    for i in 0..<n {
      for j in 0..<n {
        h[i, j] += (1 + yhy * rho) * rho * s[i] * s[j] - rho * (hy[i] * s[j] + s[i] * hy[j])
      }
    }
  }

  static func dot(_ a: [Double], _ b: [Double]) -> Double {
    var s = 0.0
    for i in a.indices { s += a[i] * b[i] }
    return s
  }
}
