/// Why a time-series estimator (``UnitRoot``, ``Cointegration``, ``Johansen``,
/// ``MeanReversion``) returned no number. Each case prints one sentence saying what and where;
/// what to do about it is the caller's to say (the CLI adds advice naming its options).
public enum TimeSeriesError: Error, Sendable, Equatable {
  /// Fewer observations than the request needs (`what` names the request).
  case tooShort(what: String, needed: Int, got: Int)
  /// Every value is the same: no test statistic is defined.
  case constant(what: String)
  /// A NaN or infinite value at a zero-based position.
  case nonFinite(what: String, position: Int, value: Double)
  /// The regressors are (numerically) linearly dependent.
  case singular(what: String)
  /// An argument outside its domain (a negative lag order, an unknown option…): the request was
  /// wrong, not the data. The message is one sentence.
  case invalidArgument(String)
}

extension TimeSeriesError: CustomStringConvertible {
  /// One sentence: the request, what went wrong, and the numbers involved.
  public var description: String {
    switch self {
    case let .tooShort(what, needed, got):
      "\(what) needs at least \(needed) observations, but the series has \(got)."
    case let .constant(what):
      "\(what): the series is constant, so the test is undefined."
    case let .nonFinite(what, position, value):
      "\(what): the value at position \(position) is \(value)."
    case let .singular(what):
      "\(what): the regressors are linearly dependent (singular design)."
    case let .invalidArgument(message): message
    }
  }
}

extension TimeSeriesError {
  /// Throws `.nonFinite` naming the first NaN/±inf of `x`, `.constant` when all values agree.
  static func check(_ x: [Double], _ what: String) throws {
    for (i, v) in x.enumerated() where !v.isFinite {
      throw TimeSeriesError.nonFinite(what: what, position: i, value: v)
    }
    if let first = x.first, x.allSatisfy({ $0 == first }) {
      throw TimeSeriesError.constant(what: what)
    }
  }
}
