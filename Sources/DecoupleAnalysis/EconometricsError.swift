import DecoupleData
import DecoupleStats

/// Why a stationarity or cointegration analysis cannot be made on the data given.
public enum EconometricsError: Error, Sendable, Equatable {
  /// Log prices and returns need positive prices.
  case nonPositivePrice(name: String, day: Day, value: Double)
  /// Return input cannot be turned back into prices.
  case scaleNeedsPrices(name: String, scale: String)
  /// A test refused the series (too short, constant, NaN, singular), with the day range seen.
  case test(name: String, first: Day?, last: Day?, reason: TimeSeriesError)
}

extension EconometricsError: CustomStringConvertible {
  public var description: String {
    switch self {
    case let .nonPositivePrice(name, day, value):
      return "\(name) has a non-positive price \(value) on \(day.iso); log prices and returns "
        + "need positive prices (use --on prices)."
    case let .scaleNeedsPrices(name, scale):
      return "\(name) holds returns (--input returns), so it cannot be analysed as \(scale); "
        + "use --on returns."
    case let .test(name, first, last, reason):
      let span = first.flatMap { f in last.map { " (\(f.iso) to \($0.iso))" } } ?? ""
      return "\(name)\(span): \(reason)"
    }
  }
}

extension EconometricsError {
  /// Runs `body`, turning a ``TimeSeriesError`` into `.test` naming the series and its days
  /// (a NaN position becomes its date).
  static func naming<T>(_ s: PreparedSeries, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let e as TimeSeriesError {
      if case let .nonFinite(what, position, value) = e, s.days.indices.contains(position) {
        throw EconometricsError.test(
          name: s.name, first: s.days.first, last: s.days.last,
          reason: .invalidArgument("\(what): the value on \(s.days[position].iso) is \(value)."))
      }
      throw EconometricsError.test(
        name: s.name, first: s.days.first, last: s.days.last, reason: e)
    }
  }
}
