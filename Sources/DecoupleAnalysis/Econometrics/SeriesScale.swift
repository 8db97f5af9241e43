import DecoupleData
import DecoupleSeries
import Foundation

/// What a time-series test is run on: the closes, their logarithms, or returns.
public enum SeriesScale: String, Sendable, CaseIterable {
  case prices
  case logPrices = "log-prices"
  case returns
}

/// The sample a time-series test sees: range, sampling, scale. Defaults follow CONVENTIONS.md.
public struct SampleOptions: Sendable, Equatable {
  public var from: Day?
  /// The as-of day: nothing after it is used.
  public var to: Day?
  public var frequency: Frequency = .daily
  /// The return type when `scale` is `.returns` and the input holds prices.
  public var returns: ReturnKind = .log
  public var input: ValueKind = .prices
  /// `nil`: log prices for price input, the values as given for return input.
  public var scale: SeriesScale?

  public init(
    from: Day? = nil, to: Day? = nil, frequency: Frequency = .daily, returns: ReturnKind = .log,
    input: ValueKind = .prices, scale: SeriesScale? = nil
  ) {
    self.from = from
    self.to = to
    self.frequency = frequency
    self.returns = returns
    self.input = input
    self.scale = scale
  }

  /// The scale actually used.
  public var effectiveScale: SeriesScale { scale ?? (input == .returns ? .returns : .logPrices) }
}

/// A series on the scale a test needs, with the days its values belong to.
public struct PreparedSeries: Sendable, Equatable {
  public var name: String
  public var days: [Day]
  public var values: [Double]
}

extension SampleOptions {
  /// The values of `closes` (observed on `days`) on this sample's scale.
  /// - Throws: ``EconometricsError`` when a price is not positive (log or returns need it) or
  ///   the input is returns and another scale is asked for.
  func transform(_ name: String, days: [Day], closes: [Double]) throws -> PreparedSeries {
    if input == .returns {
      guard effectiveScale == .returns else {
        throw EconometricsError.scaleNeedsPrices(name: name, scale: effectiveScale.rawValue)
      }
      return PreparedSeries(name: name, days: days, values: closes)
    }
    if effectiveScale != .prices {
      for (d, v) in zip(days, closes) where !(v > 0) {
        throw EconometricsError.nonPositivePrice(name: name, day: d, value: v)
      }
    }
    switch effectiveScale {
    case .prices: return PreparedSeries(name: name, days: days, values: closes)
    case .logPrices: return PreparedSeries(name: name, days: days, values: closes.map { log($0) })
    case .returns:
      return PreparedSeries(
        name: name, days: Array(days.dropFirst()),
        values: Returns.compute(closes, kind: returns))
    }
  }

  /// `series` clipped to the range and sampled at the frequency, on this sample's scale.
  public func prepare(_ series: DailySeries) throws -> PreparedSeries {
    let pair = AlignedPair(series.clipped(from: from, to: to), series.clipped(from: from, to: to))
      .sampled(frequency)
    return try transform(series.name, days: pair.days, closes: pair.closesA)
  }

  /// `a` and `b` on their common days within the range, sampled, on this sample's scale.
  public func prepare(_ a: DailySeries, _ b: DailySeries) throws -> (
    PreparedSeries, PreparedSeries
  ) {
    let pair = AlignedPair(a.clipped(from: from, to: to), b.clipped(from: from, to: to))
      .sampled(frequency)
    return (
      try transform(a.name, days: pair.days, closes: pair.closesA),
      try transform(b.name, days: pair.days, closes: pair.closesB)
    )
  }
}
