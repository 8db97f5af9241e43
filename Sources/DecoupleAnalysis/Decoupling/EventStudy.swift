import DecoupleData
import DecoupleSeries
import DecoupleStats
import Foundation

/// How the pair moved together before and after dated events: correlation, beta, volatility and
/// gap in equal windows on either side, with a test of each change.
///
/// The event day is the first return day on or after the event's date; "before" is the
/// `window` returns ending the day before it, "after" the `window` returns from it. The
/// correlation change is Fisher's z (``FisherZ/compare(r1:count1:r2:count2:)``). The beta change
/// is the interaction term of one regression over both windows, a on [1, b, D, D·b] with D = 1
/// after, with Newey–West errors (statsmodels `OLS(...).fit(cov_type="HAC")`): the test holds
/// the windows' heteroskedasticity and autocorrelation. Every p-value is also given
/// Holm-adjusted over all the tests made, since testing many events finds "changes" by chance.
public struct EventStudy: Sendable {
  /// One side of an event.
  public struct Window: Sendable, Equatable {
    public var first: Day
    public var last: Day
    public var count: Int
    public var correlation: Double
    /// OLS slope of a on b.
    public var beta: Double
    /// Standard deviation of each side's returns (per observation, not annualised).
    public var volatilityA: Double
    public var volatilityB: Double
    /// Σa − Σb over the window.
    public var gap: Double
  }

  /// One event's before and after, and the tests.
  public struct Change: Sendable, Equatable {
    public var event: MarketEvent
    /// The first return day on or after the event's date.
    public var day: Day
    public var before: Window
    public var after: Window
    public var correlation: CorrelationDifference
    /// After minus before: the interaction coefficient, its Newey–West standard error and
    /// two-sided normal p-value.
    public var betaChange: Double
    public var betaChangeStandardError: Double
    public var betaChangePValue: Double
    /// The two p-values Holm-adjusted over every test of the study.
    public var correlationPHolm: Double
    public var betaChangePHolm: Double
  }

  public var nameA: String
  public var nameB: String
  /// Returns on each side of an event.
  public var window: Int
  /// Newey–West lags of the beta test.
  public var lags: Int
  public var changes: [Change]
  /// Events left out, with why (too little history on one side).
  public var skipped: [(event: MarketEvent, reason: String)]

  /// Studies `events` (sorted by date) on the returns of `a` and `b` (inner join on date,
  /// `options`' range, return kind and frequency).
  /// - Parameter lags: Newey–West lags (default ⌊4 (2w/100)^(2/9)⌋, the usual rule of thumb).
  /// - Throws: ``SeriesError`` when the range holds fewer than two common closes.
  public init(
    _ a: DailySeries, _ b: DailySeries, events: [MarketEvent], window: Int, lags: Int? = nil,
    options: AnalysisOptions = .init()
  ) throws {
    nameA = a.name
    nameB = b.name
    self.window = window
    let n = Double(2 * window)
    self.lags = lags ?? Int((4 * pow(n / 100, 2.0 / 9)).rounded(.down))
    let returns = try PairReturns(
      AlignedPair(
        a.clipped(from: options.from, to: options.to), b.clipped(from: options.from, to: options.to)
      ),
      kind: options.returns, frequency: options.frequency)
    var found: [Change] = []
    var skipped: [(MarketEvent, String)] = []
    for e in events.sorted(by: { $0.date < $1.date }) {
      guard let i = returns.days.firstIndex(where: { $0 >= e.date }) else {
        skipped.append((e, "after the last common day (\(returns.days.last?.iso ?? "none"))"))
        continue
      }
      guard i >= window, i + window <= returns.count else {
        let have = min(i, returns.count - i)
        skipped.append(
          (e, "\(have) returns on one side, fewer than the window of \(window)"))
        continue
      }
      found.append(Self.change(e, at: i, returns, window: window, lags: self.lags))
    }
    let adjusted = MultipleTesting.holm(
      found.flatMap { [$0.correlation.pValue, $0.betaChangePValue] })
    for k in found.indices {
      found[k].correlationPHolm = adjusted[2 * k]
      found[k].betaChangePHolm = adjusted[2 * k + 1]
    }
    changes = found
    self.skipped = skipped
  }

  static func change(
    _ e: MarketEvent, at i: Int, _ r: PairReturns, window w: Int, lags: Int
  ) -> Change {
    let before = side(r, (i - w)..<i)
    let after = side(r, i..<(i + w))
    let y = Array(r.returnsA[(i - w)..<(i + w)])
    let x = Array(r.returnsB[(i - w)..<(i + w)])
    let d = (0..<(2 * w)).map { $0 < w ? 0.0 : 1.0 }
    let fit = OLS.fit(y, on: [x, d, zip(d, x).map { $0 * $1 }], covariance: .neweyWest(lags: lags))
    let t = fit.betas[2] / fit.betaStandardErrors[2]
    return Change(
      event: e, day: r.days[i], before: before, after: after,
      correlation: FisherZ.compare(
        r1: before.correlation, count1: w, r2: after.correlation, count2: w),
      betaChange: fit.betas[2], betaChangeStandardError: fit.betaStandardErrors[2],
      betaChangePValue: t.isNaN ? .nan : 2 * Distributions.normalCDF(-abs(t)),
      correlationPHolm: .nan, betaChangePHolm: .nan)
  }

  static func side(_ r: PairReturns, _ range: Range<Int>) -> Window {
    let a = Array(r.returnsA[range])
    let b = Array(r.returnsB[range])
    let m = PairMoments(a, b)
    let n = Double(a.count)
    return Window(
      first: r.days[range.lowerBound], last: r.days[range.upperBound - 1], count: a.count,
      correlation: m.correlation, beta: m.beta,
      volatilityA: (m.ssA / (n - 1)).squareRoot(), volatilityB: (m.ssB / (n - 1)).squareRoot(),
      gap: a.reduce(0, +) - b.reduce(0, +))
  }
}

extension EventStudy.Change {
  /// Whether either change is told from chance at `level` on its own p-value (for one event
  /// named in advance), or on the Holm-adjusted one when `adjusted`.
  public func changed(at level: Double = 0.05, adjusted: Bool = false) -> Bool {
    let p =
      adjusted ? [correlationPHolm, betaChangePHolm] : [correlation.pValue, betaChangePValue]
    return p.contains { $0 < level }
  }
}
