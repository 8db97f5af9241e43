import DecoupleAnalysis
import DecoupleData

/// How a result is printed: text for people, JSON or CSV for programs.
public enum OutputFormat: String, CaseIterable, Sendable {
  case text, json, csv
}

/// A result that prints in every ``OutputFormat``: each command's result conforms, so every
/// command prints the same way (``rendered(_:)``).
public protocol Presentable {
  /// The text for people: the verdict first, then the evidence; ends with a newline.
  var text: String { get }
  /// The JSON document (docs/json.md).
  var json: JSONValue { get }
  /// The CSV table: a header row, then rows with as many fields; ends with a newline.
  var csv: String { get }
}

extension Presentable {
  /// The result in `format`, ending with a newline.
  public func rendered(_ format: OutputFormat) -> String {
    switch format {
    case .text: text
    case .json: json.serialized(pretty: true) + "\n"
    case .csv: csv
    }
  }
}

// Every command's result prints the one way: the result types conform here.
extension DecouplingReport: Presentable {
  /// One row per date of the summary (docs/json.md, CSV).
  public var csv: String { summary.csv }
}

/// `analyze`'s answer: the report, whose JSON may leave out the daily rows (`series`) for a
/// caller that has them already or only wants the verdict. Text and CSV are the report's.
public struct AnalyzeAnswer: Presentable {
  public var report: DecouplingReport
  /// Whether the JSON carries `series`.
  public var includesSeries: Bool

  public init(_ report: DecouplingReport, includesSeries: Bool = true) {
    self.report = report
    self.includesSeries = includesSeries
  }

  public var text: String { report.text }
  public var json: JSONValue { report.json(series: includesSeries) }
  public var csv: String { report.csv }
}
extension EpisodeListing: Presentable {}
extension CorrelationSeries: Presentable {}
extension BetaReport: Presentable {}
extension LeadLagReport: Presentable {}
extension PeriodComparison: Presentable {}
extension UniverseScan: Presentable {}
extension CorrelationMatrixReport: Presentable {}
extension StationarityAnalysis.Report: Presentable {}
extension CointegrationAnalysis.Report: Presentable {}
extension DccReport: Presentable {}
extension BreaksReport: Presentable {}
extension DriverAttribution: Presentable {}
extension Scenario: Presentable {}
extension FlowsAnalysis: Presentable {}
extension RateSensitivity: Presentable {}

/// A claim's answer with the report it was checked against (`decouple check`).
public struct ClaimAnswer: Presentable, Sendable {
  public var check: ClaimCheck
  public var report: DecouplingReport

  public init(_ check: ClaimCheck, in report: DecouplingReport) {
    self.check = check
    self.report = report
  }

  public var text: String { check.text(report) }
  public var json: JSONValue { check.json(report) }
  public var csv: String { check.csv }
}

/// ETH's supply model shown over a range of days (`decouple supply`).
public struct SupplyView: Presentable, Sendable {
  public var model: SupplyModel
  public var from: Day?
  public var to: Day?

  public init(_ model: SupplyModel, from: Day?, to: Day?) {
    self.model = model
    self.from = from
    self.to = to
  }

  public var text: String { model.text(from: from, to: to) }
  public var json: JSONValue { model.json(from: from, to: to) }
  public var csv: String { model.csv(from: from, to: to) }
}

/// A GARCH fit with the periods per year that annualise its volatility (`decouple garch`).
public struct GarchView: Presentable, Sendable {
  public var report: GarchReport
  public var periodsPerYear: Double

  public init(_ report: GarchReport, periodsPerYear: Double) {
    self.report = report
    self.periodsPerYear = periodsPerYear
  }

  public var text: String { report.text(periodsPerYear: periodsPerYear) }
  public var json: JSONValue { report.json }
  public var csv: String { report.csv }
}
