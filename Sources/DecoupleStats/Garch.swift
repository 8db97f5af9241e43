import Foundation

/// GARCH(1,1) with a constant mean, by maximum likelihood (Bollerslev 1986):
///
///     rₜ = μ + εₜ,   εₜ = σₜ zₜ,   σ²ₜ = ω + α ε²ₜ₋₁ + β σ²ₜ₋₁,
///
/// with zₜ standard normal or standardized Student's t (ν > 2, unit variance).
///
/// Reference: Python `arch` (Sheppard), `arch_model(r, mean="Constant", vol="GARCH", p=1, q=1,
/// dist="normal" | "t").fit()`. The likelihood is arch's exactly: the variance recursion starts
/// from arch's backcast σ²₀ (so σ²₁ = ω + (α + β)·backcast), an exponentially weighted (0.94)
/// mean of the first 75 squared deviations from the sample mean, fixed during the optimization.
/// arch also clips σ²ₜ to loose bounds (10⁻⁶…10⁶ × an EWMA variance) that are never active at
/// sensible parameters; they are not applied here.
///
/// Estimation: BFGS (``Minimizer``) over unconstrained transforms: μ free; ω = v·eᶿ (v the mean
/// squared deviation); α + β = logistic(θ), α = (α + β)·logistic(θ′), so ω > 0, α, β ≥ 0 and
/// α + β < 1 hold at every trial point (arch: SLSQP with the same bounds and α + β ≤ 1); for
/// Student's t, ν = 2.05 + 497.95·logistic(θ″) ∈ (2.05, 500), arch's bounds. Optima on the
/// α + β = 1 boundary are approached to within the gradient tolerance.
///
/// Standard errors: arch's default robust (sandwich) covariance, ``MLCovariance``.
///
/// Edge behaviour: fewer than ``minimumCount`` observations, a non-finite value or a constant
/// series throw ``EstimationError``; so does an optimizer that does not converge.
public enum Garch {}

extension Garch {
  /// The fewest observations a fit accepts.
  public static let minimumCount = 100

  /// The distribution of the standardized errors zₜ.
  public enum Distribution: String, Sendable, CaseIterable {
    case normal
    /// Standardized Student's t (arch's `"t"`).
    case studentT = "t"
  }

  /// A fitted GARCH(1,1).
  public struct Fit: Sendable {
    public var distribution: Distribution
    /// `mu, omega, alpha, beta` and, for Student's t, `nu` (arch's names: mu, omega,
    /// alpha[1], beta[1], nu).
    public var parameterNames: [String]
    public var parameters: [Double]
    /// Robust (sandwich) standard errors, NaN when the Hessian is singular.
    public var standardErrors: [Double]
    public var logLikelihood: Double
    /// σ²₀ used to start the recursion.
    public var backcast: Double
    /// Conditional variances σ²ₜ, one per observation.
    public var variances: [Double]
    /// (rₜ − μ) / σₜ.
    public var standardizedResiduals: [Double]
    public var iterations: Int

    public var mu: Double { parameters[0] }
    public var omega: Double { parameters[1] }
    public var alpha: Double { parameters[2] }
    public var beta: Double { parameters[3] }
    /// Degrees of freedom (Student's t only).
    public var nu: Double? { parameters.count > 4 ? parameters[4] : nil }
    public var count: Int { variances.count }
    /// Conditional volatility σₜ.
    public var volatility: [Double] { variances.map { $0.squareRoot() } }
    /// α + β: how much of a variance shock survives a day.
    public var persistence: Double { alpha + beta }
    /// Whether α + β is within 1e-4 of 1 (the estimate sits on the stationarity boundary, an
    /// integrated GARCH): there is then no meaningful long-run variance or half-life.
    public var isIntegrated: Bool { persistence > 1 - 1e-4 }
    /// ω / (1 − α − β), or `nil` when the fit is integrated (``isIntegrated``).
    public var unconditionalVariance: Double? {
      isIntegrated ? nil : omega / (1 - persistence)
    }
    /// Days for a variance shock to halve, log ½ / log(α + β); `nil` when the fit is
    /// integrated or α + β ≤ 0.
    public var halfLife: Double? {
      !isIntegrated && persistence > 0 ? log(0.5) / log(persistence) : nil
    }
  }

  /// Fits a constant-mean GARCH(1,1) to `returns` (use percent returns: the optimizer's
  /// tolerances assume values of order 1).
  /// - Throws: ``EstimationError``.
  /// - Parameters:
  ///   - options: the optimizer's settings (defaults suit percent returns).
  ///   - standardErrors: false skips the sandwich covariance (most of a fit's cost after the
  ///     optimizer) for a caller that needs the estimates only; ``Fit/standardErrors`` are
  ///     then NaN. The estimates are the same either way.
  public static func fit(
    _ returns: [Double], distribution: Distribution = .normal,
    options: Minimizer.Options = .init(), standardErrors: Bool = true
  ) throws(EstimationError) -> Fit {
    let name = "GARCH(1,1)"
    guard returns.count >= minimumCount else {
      throw .tooShort(estimator: name, needed: minimumCount, count: returns.count)
    }
    if let bad = returns.firstIndex(where: { !$0.isFinite }) {
      throw .nonFinite(estimator: name, index: bad)
    }
    let n = Double(returns.count)
    let mean = returns.reduce(0, +) / n
    let v = returns.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n
    guard v > 0 else { throw .degenerate(estimator: name, reason: "the series is constant") }
    let bc = backcast(returns.map { $0 - mean })
    let sd = v.squareRoot()
    let studentT = distribution == .studentT

    func parameters(_ t: [Double]) -> [Double] {
      let p = logistic(t[2])
      let alpha = p * logistic(t[3])
      var out = [mean + sd * t[0], v * exp(t[1]), alpha, p - alpha]
      if studentT { out.append(2.05 + 497.95 * logistic(t[4])) }
      return out
    }
    func objective(_ t: [Double]) -> Double {
      -logLikelihood(returns, parameters(t), backcast: bc, distribution: distribution) / n
    }
    // Starting values: the best of a small grid of (α, α + β), as arch does.
    var best: [Double] = []
    var bestValue = Double.infinity
    for (a, p) in [(0.05, 0.95), (0.1, 0.9), (0.1, 0.98), (0.05, 0.99), (0.2, 0.9)] {
      var t = [0, log(1 - p), logit(p), logit(a / p)]
      if studentT { t.append(logit((8 - 2.05) / 497.95)) }
      let value = objective(t)
      if value < bestValue {
        best = t
        bestValue = value
      }
    }
    let result = try Minimizer.bfgs(objective, start: best, options: options, estimator: name)
    let theta = parameters(result.x)
    let errors =
      standardErrors
      ? MLCovariance.standardErrors(
        MLCovariance.sandwich(
          { contributions(returns, $0, backcast: bc, distribution: distribution) }, at: theta,
          logLikelihood: { logLikelihood(returns, $0, backcast: bc, distribution: distribution) }),
        count: theta.count)
      : [Double](repeating: .nan, count: theta.count)
    let sigma2 = variances(
      returns, mu: theta[0], omega: theta[1], alpha: theta[2],
      beta: theta[3], backcast: bc)
    return Fit(
      distribution: distribution,
      parameterNames: studentT
        ? ["mu", "omega", "alpha", "beta", "nu"]
        : ["mu", "omega", "alpha", "beta"],
      parameters: theta, standardErrors: errors,
      logLikelihood: -result.value * n, backcast: bc, variances: sigma2,
      standardizedResiduals: zip(returns, sigma2).map { ($0 - theta[0]) / $1.squareRoot() },
      iterations: result.iterations)
  }

  // MARK: - Likelihood

  /// arch's backcast: Σ wᵢ e²ᵢ over the first min(75, n) residuals, wᵢ ∝ 0.94ⁱ.
  public static func backcast(_ residuals: [Double]) -> Double {
    let tau = min(75, residuals.count)
    var w = 1.0
    var sw = 0.0
    var s = 0.0
    for i in 0..<tau {
      s += w * residuals[i] * residuals[i]
      sw += w
      w *= 0.94
    }
    return s / sw
  }

  /// Conditional variances σ²ₜ for the given parameters.
  public static func variances(
    _ r: [Double], mu: Double, omega: Double, alpha: Double, beta: Double, backcast: Double
  ) -> [Double] {
    var out = [Double](repeating: 0, count: r.count)
    var prevE2 = backcast
    var prevS2 = backcast
    for t in r.indices {
      let s2 = omega + alpha * prevE2 + beta * prevS2
      out[t] = s2
      let e = r[t] - mu
      prevE2 = e * e
      prevS2 = s2
    }
    return out
  }

  /// The log-likelihood at `theta` (`mu, omega, alpha, beta[, nu]`): the sum of
  /// ``contributions(_:_:backcast:distribution:)``, in one allocation-free pass.
  public static func logLikelihood(
    _ r: [Double], _ theta: [Double], backcast: Double, distribution: Distribution
  ) -> Double {
    let (mu, omega, alpha, beta) = (theta[0], theta[1], theta[2], theta[3])
    let nu = theta.count > 4 ? theta[4] : 0
    let studentT = distribution == .studentT
    let tConst =
      studentT ? lgamma((nu + 1) / 2) - lgamma(nu / 2) - log(Double.pi * (nu - 2)) / 2 : 0
    let halfLog2Pi = 0.5 * log(2 * Double.pi)
    return r.withUnsafeBufferPointer { x in
      var prevE2 = backcast
      var prevS2 = backcast
      var sumLog = 0.0
      var sumQ = 0.0
      for t in 0..<x.count {
        let s2 = omega + alpha * prevE2 + beta * prevS2
        let e = x[t] - mu
        let e2 = e * e
        sumLog += log(s2)
        sumQ += studentT ? log(1 + e2 / (s2 * (nu - 2))) : e2 / s2
        prevE2 = e2
        prevS2 = s2
      }
      let n = Double(x.count)
      return studentT
        ? n * tConst - 0.5 * sumLog - (nu + 1) / 2 * sumQ
        : -n * halfLog2Pi - 0.5 * sumLog - 0.5 * sumQ
    }
  }

  /// The per-observation log-likelihood terms at `theta` (arch's `individual=True`).
  public static func contributions(
    _ r: [Double], _ theta: [Double], backcast: Double, distribution: Distribution
  ) -> [Double] {
    let (mu, omega, alpha, beta) = (theta[0], theta[1], theta[2], theta[3])
    let nu = theta.count > 4 ? theta[4] : 0
    let studentT = distribution == .studentT
    let tConst =
      studentT ? lgamma((nu + 1) / 2) - lgamma(nu / 2) - log(Double.pi * (nu - 2)) / 2 : 0
    let halfLog2Pi = 0.5 * log(2 * Double.pi)
    return [Double](unsafeUninitializedCapacity: r.count) { out, count in
      r.withUnsafeBufferPointer { x in
        var prevE2 = backcast
        var prevS2 = backcast
        for t in 0..<x.count {
          let s2 = omega + alpha * prevE2 + beta * prevS2
          let e = x[t] - mu
          let e2 = e * e
          out[t] =
            studentT
            ? tConst - 0.5 * log(s2) - (nu + 1) / 2 * log(1 + e2 / (s2 * (nu - 2)))
            : -halfLog2Pi - 0.5 * log(s2) - 0.5 * e2 / s2
          prevE2 = e2
          prevS2 = s2
        }
      }
      count = r.count
    }
  }

  @inline(__always) static func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
  @inline(__always) static func logit(_ p: Double) -> Double { log(p / (1 - p)) }
}
