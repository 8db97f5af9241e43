import DecoupleAnalysis
import DecoupleData
import DecoupleStats
import Foundation

/// Text, JSON and CSV of `decouple stationarity` (schema in docs/json.md).
extension StationarityAnalysis.Report {
  /// "log prices", "prices", "returns".
  var scaleLabel: String {
    switch options.sample.effectiveScale {
    case .prices: "prices"
    case .logPrices: "log prices"
    case .returns:
      options.sample.input == .returns ? "returns" : "\(options.sample.returns.rawValue) returns"
    }
  }

  public var text: String {
    var lines: [String] = []
    let s = series
    lines += TextLayout.wrap(
      "\(s.name) (\(scaleLabel), \(options.sample.frequency.rawValue)): stationarity from "
        + "\(s.days.first?.iso ?? "–") to \(s.days.last?.iso ?? "–"), \(Wording.count(s.values.count)) observations",
      width: TextStyle.columns, indent: 2)
    lines.append("")
    lines += TextLayout.wrap(
      sentence.prefix(1).uppercased() + sentence.dropFirst(), width: TextStyle.columns)
    lines.append("")
    // The lag column holds numbers only (so the table fits 80 columns); how each was chosen
    // is said in the sentence under the table.
    let lagLabel = "\(adf.lags)"
    let lagChoice =
      adf.autolag.map { "chosen by \($0 == .tStat ? "t-stat" : $0.rawValue.uppercased())" }
      ?? "fixed"
    let rows = [
      [
        "ADF", "unit root", fixed(adf.statistic, 3), pValueText(adf.pValue), lagLabel,
        fixed(adf.criticalValues[0], 2), fixed(adf.criticalValues[1], 2),
        fixed(adf.criticalValues[2], 2), adfRejects ? "rejected" : "not rejected",
      ],
      [
        "KPSS", kpss.regression == .ct ? "trend stationary" : "level stationary",
        fixed(kpss.statistic, 3),
        kpss.pValueBound < 0
          ? "< 0.010" : (kpss.pValueBound > 0 ? "> 0.100" : fixed(kpss.pValue, 3)),
        "\(kpss.lags)", fixed(kpss.criticalValues[3], 3),
        fixed(kpss.criticalValues[1], 3), fixed(kpss.criticalValues[0], 3),
        kpssRejects ? "rejected" : "not rejected",
      ],
    ]
    lines += TextTable.render(
      header: [
        "test", "null hypothesis", "statistic", "p-value", "lags", "1%", "5%", "10%", "at 5%",
      ],
      rows: rows, rightAligned: [2, 3, 5, 6, 7])
    lines.append("")
    lines += TextLayout.wrap(
      "ADF: regression with \(Self.deterministicTerms(adf.regression)), "
        + "\(Wording.count(adf.observations)) observations, "
        + "\(adf.lags) lags \(lagChoice)"
        + (adf.autolag == nil ? "" : " (searched 0…\(adf.maxLag))")
        + "; MacKinnon p-values and critical values. KPSS: \(Wording.count(kpss.observations)) observations, "
        + "bandwidth \(kpss.lags) lags.",
      width: TextStyle.columns)
    if !notes.isEmpty {
      lines.append("")
      lines.append("Notes:")
      for n in notes { lines += TextLayout.wrap("- " + n, width: TextStyle.columns, indent: 2) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  public var json: JSONValue {
    .object([
      ("series", .string(series.name)),
      ("on", .string(options.sample.effectiveScale.rawValue)),
      ("input", .string(options.sample.input.rawValue)),
      ("returns", .string(options.sample.returns.rawValue)),
      ("frequency", .string(options.sample.frequency.rawValue)),
      ("start", series.days.first.map { .string($0.iso) } ?? .null),
      ("asOf", series.days.last.map { .string($0.iso) } ?? .null),
      ("observations", .integer(series.values.count)),
      ("reading", .string(reading.rawValue)),
      ("verdict", .string(sentence)),
      (
        "adf",
        .object([
          ("regression", .string(adf.regression.rawValue)),
          ("autolag", adf.autolag.map { .string($0.rawValue) } ?? .null),
          ("maxLag", .integer(adf.maxLag)), ("lags", .integer(adf.lags)),
          ("observations", .integer(adf.observations)),
          ("statistic", .finite(adf.statistic)), ("pValue", .finite(adf.pValue)),
          ("criticalValues", criticalJSON([0.01, 0.05, 0.10], adf.criticalValues)),
          ("informationCriterion", .finite(adf.informationCriterion)),
          ("rejectsUnitRoot", .bool(adfRejects)),
        ])
      ),
      (
        "kpss",
        .object([
          ("regression", .string(kpss.regression.rawValue)), ("lags", .integer(kpss.lags)),
          ("observations", .integer(kpss.observations)),
          ("statistic", .finite(kpss.statistic)), ("pValue", .finite(kpss.pValue)),
          (
            "pValueBound",
            kpss.pValueBound < 0
              ? .string("upper") : (kpss.pValueBound > 0 ? .string("lower") : .null)
          ),
          ("criticalValues", criticalJSON(UnitRoot.kpssLevels, kpss.criticalValues)),
          ("rejectsStationarity", .bool(kpssRejects)),
        ])
      ),
      ("notes", .array(notes.map(JSONValue.string))),
    ])
  }

  /// One row per test.
  public var csv: String {
    let header = [
      "test", "regression", "lags", "observations", "statistic", "pValue", "critical1",
      "critical5", "critical10", "rejects",
    ]
    return CSVWriter.table(
      header: header,
      rows: [
        [
          "adf", adf.regression.rawValue, "\(adf.lags)", "\(adf.observations)",
          CSVWriter.number(adf.statistic), CSVWriter.number(adf.pValue),
          CSVWriter.number(adf.criticalValues[0]), CSVWriter.number(adf.criticalValues[1]),
          CSVWriter.number(adf.criticalValues[2]), "\(adfRejects)",
        ],
        [
          "kpss", kpss.regression.rawValue, "\(kpss.lags)", "\(kpss.observations)",
          CSVWriter.number(kpss.statistic), CSVWriter.number(kpss.pValue),
          CSVWriter.number(kpss.criticalValues[3]), CSVWriter.number(kpss.criticalValues[1]),
          CSVWriter.number(kpss.criticalValues[0]), "\(kpssRejects)",
        ],
      ])
  }
}

/// `[{"level": 0.01, "value": -3.43}, …]`.
func criticalJSON(_ levels: [Double], _ values: [Double]) -> JSONValue {
  .array(zip(levels, values).map { .object([("level", .number($0)), ("value", .finite($1))]) })
}

/// A number with `digits` decimals, "–" when undefined.
func fixed(_ v: Double?, _ digits: Int) -> String {
  guard let v, v.isFinite else { return "–" }
  return Wording.fixed(v, digits)
}

extension StationarityAnalysis.Report {
  /// The test regression's deterministic terms in words (statsmodels' `n`, `c`, `ct`).
  static func deterministicTerms(_ r: MacKinnon.Regression) -> String {
    switch r {
    case .n: "no constant"
    case .c: "a constant"
    case .ct: "a constant and a linear trend"
    }
  }
}
