/// Why an estimator gave no numbers: too little data, or an optimizer that did not converge.
///
/// Estimators never return parameters from a failed optimization; they throw one of these.
/// `description` states the facts (the estimator, the counts, the reason); what to do about it is
/// the caller's to say (the CLI adds advice naming its options).
public enum EstimationError: Error, Sendable, Equatable {
  /// The series has `count` observations; the estimator needs at least `needed`.
  case tooShort(estimator: String, needed: Int, count: Int)
  /// The optimizer stopped without meeting its convergence test.
  case notConverged(estimator: String, reason: String, iterations: Int)
  /// The input has a NaN or infinite value at `index`.
  case nonFinite(estimator: String, index: Int)
  /// The input is degenerate (for example constant), so the model is not identified.
  case degenerate(estimator: String, reason: String)
  /// A data-driven penalty (`penalty`: "BIC" or "MBIC") came out zero or not finite because the
  /// series has no noise (it is constant, or an exact linear function of the other); a penalty
  /// given as a value does not have this problem.
  case zeroPenalty(estimator: String, penalty: String)
}

extension EstimationError: CustomStringConvertible {
  /// One sentence: the estimator, what went wrong, and the numbers involved.
  public var description: String {
    switch self {
    case let .tooShort(e, needed, count):
      "\(e) needs at least \(needed) observations but the series has \(count)."
    case let .notConverged(e, reason, iterations):
      "\(e) did not converge after \(iterations) iterations (\(reason)); no estimates are reported."
    case let .nonFinite(e, index):
      "\(e): the input has a NaN or infinite value at position \(index)."
    case let .degenerate(e, reason):
      "\(e) cannot be estimated: \(reason)."
    case let .zeroPenalty(e, penalty):
      "\(e) cannot be estimated: the \(penalty) penalty is zero because the series has no noise "
        + "(it is constant, or an exact linear function of the other)."
    }
  }
}
