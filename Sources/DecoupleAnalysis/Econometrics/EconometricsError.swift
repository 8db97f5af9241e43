import DecoupleData
import DecoupleStats

/// Why a stationarity or cointegration analysis cannot be made on the data given.
///
/// `description` states the facts (the series, the day, the value, the reason); what to do about
/// it is the caller's to say (the CLI adds advice naming its options).
public enum EconometricsError: Error, Sendable, Equatable {
  /// Log prices and returns need positive prices.
  case nonPositivePrice(name: String, day: Day, value: Double)
  /// Return input cannot be turned back into prices: `scale` asks for prices or log prices of
  /// a series that holds returns (a wrong request, not wrong data).
  case scaleNeedsPrices(name: String, scale: String)
  /// A NaN or infinite `value` on `day` of the series `name` (seen from `first` to `last`);
  /// `what` names the test that met it, when one did.
  case nonFinite(name: String, first: Day?, last: Day?, what: String?, day: Day, value: Double)
  /// A test refused the series (too short, constant, singular, an invalid argument), with the
  /// day range seen.
  case test(name: String, first: Day?, last: Day?, reason: TimeSeriesError)
  /// `a` and `b` hold the same values on every common day: a relation between a series and
  /// itself has nothing to estimate (said plainly, not as a singular regression).
  case sameSeries(a: String, b: String)
}

extension EconometricsError: CustomStringConvertible {
  /// One sentence: the series, its day range where known, and what is wrong.
  public var description: String {
    switch self {
    case let .nonPositivePrice(name, day, value):
      return "\(name) has a non-positive price \(value) on \(day.iso); log prices and returns "
        + "need positive prices."
    case let .scaleNeedsPrices(name, scale):
      return "\(name) holds returns, so it cannot be analysed as \(scale)."
    case let .nonFinite(name, first, last, what, day, value):
      return "\(name)\(Self.span(first, last)): \(what.map { "\($0): " } ?? "")the value on "
        + "\(day.iso) is \(value)."
    case let .test(name, first, last, reason):
      return "\(name)\(Self.span(first, last)): \(reason)"
    case let .sameSeries(a, b):
      return "\(a) and \(b) are the same series (the same value on every common day): there is "
        + "no relation between two series to estimate."
    }
  }

  /// ` (first to last)`, or nothing when either is unknown.
  static func span(_ first: Day?, _ last: Day?) -> String {
    first.flatMap { f in last.map { " (\(f.iso) to \($0.iso))" } } ?? ""
  }
}

extension EconometricsError {
  /// Runs `body`, turning a ``TimeSeriesError`` into `.test` naming the series and its days
  /// (a NaN position becomes `.nonFinite` on its date).
  static func naming<T>(_ s: PreparedSeries, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let e as TimeSeriesError {
      if case let .nonFinite(what, position, value) = e, s.days.indices.contains(position) {
        throw EconometricsError.nonFinite(
          name: s.name, first: s.days.first, last: s.days.last, what: what,
          day: s.days[position], value: value)
      }
      throw EconometricsError.test(
        name: s.name, first: s.days.first, last: s.days.last, reason: e)
    }
  }
}

extension EconometricsError {
  /// Throws ``sameSeries(a:b:)`` when `a` and `b` hold the same values.
  static func requireDistinct(_ a: String, _ x: [Double], _ b: String, _ y: [Double]) throws {
    if !x.isEmpty && x == y { throw EconometricsError.sameSeries(a: a, b: b) }
  }
}
