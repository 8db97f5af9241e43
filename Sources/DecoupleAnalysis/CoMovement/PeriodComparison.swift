import DecoupleData
import DecoupleSeries
import DecoupleStats

/// Correlation and beta of A on B in two periods, and whether the correlation differs.
public struct PeriodComparison: Sendable {
  /// One period's figures.
  public struct Period: Sendable {
    public var from: Day
    public var to: Day
    public var count: Int
    public var correlation: Double
    public var lower: Double
    public var upper: Double
    public var beta: Double
    /// Stationary-bootstrap intervals (seeded).
    public var correlationBootstrap: BootstrapInterval
    public var betaBootstrap: BootstrapInterval
  }

  public var nameA: String
  public var nameB: String
  public var returns: ReturnKind
  public var frequency: Frequency
  public var confidence: Double
  public var seed: UInt64
  public var first: Period
  public var second: Period
  /// Fisher z test for independent samples.
  public var difference: CorrelationDifference
}

extension CoMovement {
  /// Compares the periods `first` and `second` (inclusive day ranges; each needs at least 4
  /// returns). Returns are taken within each period, so none spans the two.
  public static func compare(
    _ a: DailySeries, _ b: DailySeries, first: ClosedRange<Day>, second: ClosedRange<Day>,
    returns kind: ReturnKind = .log, frequency: Frequency = .daily, confidence: Double = 0.95,
    replicates: Int = 2_000, seed: UInt64 = 1
  ) throws -> PeriodComparison {
    func period(_ range: ClosedRange<Day>, seed: UInt64) throws -> PeriodComparison.Period {
      let options = AnalysisOptions(
        from: range.lowerBound, to: range.upperBound, returns: kind, frequency: frequency)
      let r = try returns([a, b], options: options, needed: 4)
      let x = r.returns[0]
      let y = r.returns[1]
      var s = RollingCoMoments<Double>()
      for i in x.indices { s.add(x[i], y[i]) }
      let ci = FisherZ.interval(r: s.correlation, count: r.count, confidence: confidence)
      return .init(
        from: r.baseDay, to: r.days.last!, count: r.count, correlation: s.correlation,
        lower: ci.lower, upper: ci.upper, beta: s.m2Y > 0 ? s.cXY / s.m2Y : .nan,
        correlationBootstrap: StationaryBootstrap.interval(
          x, y, statistic: .correlation, replicates: replicates, confidence: confidence,
          seed: seed),
        betaBootstrap: StationaryBootstrap.interval(
          x, y, statistic: .beta, replicates: replicates, confidence: confidence, seed: seed &+ 1))
    }
    let p1 = try period(first, seed: seed)
    let p2 = try period(second, seed: seed &+ 2)
    return PeriodComparison(
      nameA: a.name, nameB: b.name, returns: kind, frequency: frequency, confidence: confidence,
      seed: seed, first: p1, second: p2,
      difference: FisherZ.compare(
        r1: p1.correlation, count1: p1.count, r2: p2.correlation, count2: p2.count))
  }
}
