import DecoupleData

/// The senses in which A can decouple from B, each measured over a rolling window.
public enum DecouplingMeasure: String, Sendable, CaseIterable, Codable {
  /// Rolling correlation of returns: do the two still move together day to day?
  case correlation
  /// Performance gap: the sum of A's returns minus the sum of B's over the window.
  case gap
  /// A's window return minus beta × B's window return: what A did beyond its beta to B.
  case residualDrift
  /// Rolling OLS beta of A's returns on B's.
  case beta

  /// Whether decoupling shows as a low value only (correlation, beta) or as an extreme in
  /// either direction (gap, residual drift).
  public var isTwoSided: Bool { self == .gap || self == .residualDrift }

  /// The name people read.
  public var label: String {
    switch self {
    case .correlation: "correlation"
    case .gap: "performance gap"
    case .residualDrift: "residual drift"
    case .beta: "beta"
    }
  }
}

/// A value and the day it was observed.
public struct DatedValue: Sendable, Equatable {
  public var value: Double
  public var date: Day
  public init(value: Double, date: Day) {
    self.value = value
    self.date = date
  }
}

/// One measure now, ranked against its own history up to the as-of day.
public struct MeasureSummary: Sendable, Equatable {
  /// The value on the as-of day; `nil` when undefined there (e.g. a constant window).
  public var current: Double?
  /// Fraction of the measure's defined values up to the as-of day that are ≤ `current`
  /// (in (0, 1]; `nil` when `current` is undefined).
  public var percentile: Double?
  /// The lowest value in that history, with its first day.
  public var recordLow: DatedValue?
  /// The highest value in that history, with its first day.
  public var recordHigh: DatedValue?
  /// Number of defined values in that history.
  public var historyCount: Int

  public init(values: [Double], days: [Day]) {
    precondition(values.count == days.count)
    var low: DatedValue?
    var high: DatedValue?
    var defined = 0
    for (v, d) in zip(values, days) where !v.isNaN {
      defined += 1
      if low == nil || v < low!.value { low = DatedValue(value: v, date: d) }
      if high == nil || v > high!.value { high = DatedValue(value: v, date: d) }
    }
    historyCount = defined
    recordLow = low
    recordHigh = high
    if let last = values.last, !last.isNaN {
      current = last
      percentile = Double(values.lazy.filter { $0 <= last }.count) / Double(defined)
    }
  }

  /// Whether the current value is the lowest of its history (ties count).
  public var isRecordLow: Bool {
    guard let c = current, let low = recordLow else { return false }
    return c <= low.value
  }

  /// Whether the current value is the highest of its history (ties count).
  public var isRecordHigh: Bool {
    guard let c = current, let high = recordHigh else { return false }
    return c >= high.value
  }
}
