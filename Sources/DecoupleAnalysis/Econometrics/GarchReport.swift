import DecoupleData
import DecoupleSeries
import DecoupleStats
import Foundation

/// A GARCH(1,1) fit of one series, with the days its returns end on.
public struct GarchReport: Sendable {
  public var name: String
  public var panel: ReturnPanel
  public var fit: Garch.Fit

  /// Fits ``Garch`` to the percent returns of `panel`'s first series.
  /// - Throws: ``EstimationError`` (too short, non-convergence).
  public init(_ panel: ReturnPanel, distribution: Garch.Distribution = .normal) throws {
    self.panel = panel
    name = panel.names[0]
    fit = try Garch.fit(panel.returns[0], distribution: distribution)
  }

  /// Observations per year for annualising: 365 for a 24/7 market's daily data, 252 for
  /// other daily data, 52 weekly.
  public static func periodsPerYear(_ frequency: Frequency, calendar: MarketCalendar) -> Double {
    frequency == .weekly ? 52 : (calendar == .continuous ? 365 : 252)
  }
}
