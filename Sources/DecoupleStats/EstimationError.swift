/// Why an estimator gave no numbers: too little data, or an optimizer that did not converge.
///
/// Estimators never return parameters from a failed optimization; they throw one of these, and
/// the message says what to do.
public enum EstimationError: Error, Sendable, Equatable {
  /// The series has `count` observations; the estimator needs at least `needed`.
  case tooShort(estimator: String, needed: Int, count: Int)
  /// The optimizer stopped without meeting its convergence test.
  case notConverged(estimator: String, reason: String, iterations: Int)
  /// The input has a NaN or infinite value at `index`.
  case nonFinite(estimator: String, index: Int)
  /// The input is degenerate (for example constant), so the model is not identified.
  case degenerate(estimator: String, reason: String)
}

extension EstimationError: CustomStringConvertible {
  public var description: String {
    switch self {
    case let .tooShort(e, needed, count):
      "\(e) needs at least \(needed) observations but the series has \(count); use a longer range."
    case let .notConverged(e, reason, iterations):
      "\(e) did not converge after \(iterations) iterations (\(reason)); no estimates are reported."
    case let .nonFinite(e, index):
      "\(e): the input has a NaN or infinite value at position \(index)."
    case let .degenerate(e, reason):
      "\(e) cannot be estimated: \(reason)."
    }
  }
}
