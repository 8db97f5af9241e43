import DecoupleAnalysis
import DecoupleData
import DecoupleStats
import Foundation

/// Text, JSON and CSV of `decouple coint` (schema in docs/json.md).
extension CointegrationAnalysis.Report {
  var scaleLabel: String {
    switch options.sample.effectiveScale {
    case .prices: "prices"
    case .logPrices: "log prices"
    case .returns: "returns"
    }
  }

  public var text: String {
    var lines: [String] = []
    lines += TextLayout.wrap(
      "\(a.name) vs \(b.name) (\(scaleLabel), \(options.sample.frequency.rawValue)): "
        + "cointegration from \(a.days.first?.iso ?? "–") to \(a.days.last?.iso ?? "–"), "
        + "\(Wording.count(a.values.count)) observations", width: TextStyle.columns, indent: 2)
    lines.append("")
    lines += TextLayout.wrap(sentence, width: TextStyle.columns)
    if let mr = meanReversion {
      lines += TextLayout.wrap(halfLifeSentence(mr), width: TextStyle.columns)
    }
    lines.append("")
    let eg = engleGranger
    let crit = eg.criticalValues ?? [.nan, .nan, .nan]
    lines += TextTable.render(
      header: ["Engle–Granger", "statistic", "p-value", "lags", "1%", "5%", "10%"],
      rows: [
        [
          "\(a.name) on \(b.name) (\(eg.trend.rawValue))", fixed(eg.statistic, 3),
          pValueText(eg.pValue), "\(eg.lags)", fixed(crit[0], 2), fixed(crit[1], 2),
          fixed(crit[2], 2),
        ]
      ], rightAligned: [1, 2, 3, 4, 5, 6])
    // The spread is in the units tested: "log ETH" on log prices.
    let log = options.sample.effectiveScale == .logPrices ? "log " : ""
    lines += TextLayout.wrap(
      "Spread = \(log)\(a.name) − \(fixed(hedgeRatio, 4)) × \(log)\(b.name) "
        + "\(signed(-eg.coefficients[1], 4))"
        + (eg.trend == .ct ? " \(signed(-eg.coefficients[2], 6)) × t" : ""),
      width: TextStyle.columns)
    if let j = johansen {
      lines.append("")
      var rows: [[String]] = []
      for r in j.trace.indices {
        rows.append([
          "r ≤ \(r)", fixed(j.eigenvalues[r], 4), fixed(j.trace[r], 2),
          fixed(j.traceCritical[r][1], 2), fixed(j.maxEigenvalue[r], 2),
          fixed(j.maxEigenvalueCritical[r][1], 2),
        ])
      }
      lines += TextTable.render(
        header: ["Johansen", "eigenvalue", "trace", "95%", "max-eigen", "95%"], rows: rows,
        rightAligned: [1, 2, 3, 4, 5])
      lines.append(
        "Johansen: det_order \(j.order.rawValue), \(j.lagDifferences) lagged differences, "
          + "\(Wording.count(j.observations)) observations.")
    }
    if !notes.isEmpty {
      lines.append("")
      lines.append("Notes:")
      for n in notes { lines += TextLayout.wrap("- " + n, width: TextStyle.columns, indent: 2) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  func halfLifeSentence(_ mr: MeanReversion.Estimate) -> String {
    let unit = options.sample.frequency == .weekly ? "weeks" : "observations"
    guard let h = mr.halfLife else {
      return "The spread does not revert (AR(1) coefficient \(fixed(mr.phi, 4))): no half-life."
    }
    let hi = mr.halfLifeUpper.map { fixed($0, 1) } ?? "∞"
    return "The spread's half-life is \(fixed(h, 1)) \(unit) "
      + "(\(Int((mr.confidenceLevel * 100).rounded()))% interval \(fixed(mr.halfLifeLower, 1)) to "
      + "\(hi)); AR(1) coefficient \(fixed(mr.phi, 4)) ± \(fixed(mr.phiStandardError, 4))."
  }

  public var json: JSONValue {
    let eg = engleGranger
    var fields: [(String, JSONValue)] = [
      ("pair", .object([("a", .string(a.name)), ("b", .string(b.name))])),
      ("on", .string(options.sample.effectiveScale.rawValue)),
      ("input", .string(options.sample.input.rawValue)),
      ("frequency", .string(options.sample.frequency.rawValue)),
      ("start", a.days.first.map { .string($0.iso) } ?? .null),
      ("asOf", a.days.last.map { .string($0.iso) } ?? .null),
      ("observations", .integer(a.values.count)),
      ("cointegrated", .bool(cointegrated)),
      ("verdict", .string(sentence)),
      (
        "engleGranger",
        .object([
          ("trend", .string(eg.trend.rawValue)),
          (
            "autolag",
            options.lags == nil ? options.autolag.map { .string($0.rawValue) } ?? .null : .null
          ),
          ("lags", .integer(eg.lags)), ("statistic", .finite(eg.statistic)),
          ("pValue", .finite(eg.pValue)),
          (
            "criticalValues",
            eg.criticalValues.map { criticalJSON([0.01, 0.05, 0.10], $0) } ?? .null
          ),
          ("hedgeRatio", .finite(hedgeRatio)), ("intercept", .finite(eg.coefficients[1])),
          ("trendCoefficient", eg.trend == .ct ? .finite(eg.coefficients[2]) : .null),
          ("rejectsNoCointegration", .bool(cointegrated)),
        ])
      ),
    ]
    if let j = johansen {
      fields.append(
        (
          "johansen",
          .object([
            ("detOrder", .integer(j.order.rawValue)),
            ("lagDifferences", .integer(j.lagDifferences)),
            ("observations", .integer(j.observations)),
            ("eigenvalues", .array(j.eigenvalues.map(JSONValue.finite))),
            ("rank", .integer(j.rank(level: 1))),
            (
              "trace",
              .array(
                j.trace.indices.map { r in
                  rankJSON(r, j.trace[r], j.traceCritical[r])
                })
            ),
            (
              "maxEigenvalue",
              .array(
                j.trace.indices.map { r in
                  rankJSON(r, j.maxEigenvalue[r], j.maxEigenvalueCritical[r])
                })
            ),
          ])
        ))
    } else {
      fields.append(("johansen", .null))
    }
    fields.append(("spread", meanReversion.map(spreadJSON) ?? .null))
    fields.append(("notes", .array(notes.map(JSONValue.string))))
    return .object(fields)
  }

  func rankJSON(_ r: Int, _ stat: Double, _ crit: [Double]) -> JSONValue {
    .object([
      ("rank", .integer(r)), ("statistic", .finite(stat)),
      ("criticalValues", criticalJSON([0.10, 0.05, 0.01], crit)),
      ("rejects", .bool(stat > crit[1])),
    ])
  }

  func spreadJSON(_ mr: MeanReversion.Estimate) -> JSONValue {
    .object([
      ("phi", .finite(mr.phi)), ("phiStandardError", .finite(mr.phiStandardError)),
      ("mean", .finite(mr.mean)), ("speed", .finite(mr.speed)),
      ("halfLife", .finite(mr.halfLife)), ("halfLifeLower", .finite(mr.halfLifeLower)),
      ("halfLifeUpper", .finite(mr.halfLifeUpper)),
      ("confidenceLevel", .number(mr.confidenceLevel)),
      ("current", .finite(engleGranger.spread.last)),
      ("observations", .integer(mr.observations)),
    ])
  }

  /// One row per common date: the two inputs and the spread (the cointegrating residual).
  public var csv: String {
    CSVWriter.table(
      header: ["date", "a", "b", "spread"],
      rows: a.days.indices.map { i in
        [
          a.days[i].iso, CSVWriter.number(a.values[i]), CSVWriter.number(b.values[i]),
          CSVWriter.number(engleGranger.spread[i]),
        ]
      })
  }
}

/// "+ 1.23" or "− 1.23".
func signed(_ v: Double, _ digits: Int) -> String {
  (v < 0 ? "− " : "+ ") + fixed(abs(v), digits)
}

/// A p-value as every command writes it (``Num/p(_:)``): 3 decimals, "< 0.001" below that.
func pValueText(_ p: Double) -> String { Num.p(p) }
