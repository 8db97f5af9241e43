import DecoupleAnalysis
import DecoupleData
import DecoupleSeries
import DecoupleStats
import Foundation

/// `decouple dcc`: JSON (docs/json.md), CSV (date and one correlation column per pair), text.
extension DccReport {
  /// `A~B` for each pair, in ``DccReport/pairs`` order.
  public var pairNames: [String] { pairs.map { "\(panel.names[$0.0])~\(panel.names[$0.1])" } }

  public var json: JSONValue {
    let f = fit
    let estimate: (Double, Double) -> JSONValue = { v, se in
      .object([("estimate", .finite(v)), ("standardError", .finite(se))])
    }
    let univariate: [JSONValue] = zip(panel.names, f.univariate).map { name, u in
      .object(
        [("asset", .string(name))]
          + zip(u.parameterNames, zip(u.parameters, u.standardErrors)).map { n, v in
            (n, estimate(v.0, v.1))
          } + [("logLikelihood", .finite(u.logLikelihood))])
    }
    let pairSummaries: [JSONValue] = zip(pairs, pairNames).map { p, name in
      let r = f.correlation(p.0, p.1)
      return .object([
        ("pair", .string(name)), ("a", .string(panel.names[p.0])), ("b", .string(panel.names[p.1])),
        ("current", .finite(r.last)), ("mean", .finite(r.reduce(0, +) / Double(r.count))),
        ("min", .finite(r.min())), ("max", .finite(r.max())),
        (
          "unconditional",
          .finite(f.qBar[p.0, p.1] / (f.qBar[p.0, p.0] * f.qBar[p.1, p.1]).squareRoot())
        ),
      ])
    }
    let series: [JSONValue] = panel.days.indices.map { t in
      .object([
        ("date", .string(panel.days[t].iso)),
        (
          "correlations",
          .array(
            pairs.map { .finite(f.correlations[(t * f.dimension + $0.0) * f.dimension + $0.1]) })
        ),
      ])
    }
    var o: [(String, JSONValue)] = []
    o.append(("assets", .array(panel.names.map(JSONValue.string))))
    o.append(
      ("model", .string("DCC(1,1) with GARCH(1,1) margins, two-stage, correlation targeting")))
    o += panel.sampleFields
    o.append(("observations", .integer(f.count)))
    o.append(("dccA", estimate(f.a, f.standardErrors[0])))
    o.append(("dccB", estimate(f.b, f.standardErrors[1])))
    o.append(("halfLife", .finite(halfLife)))
    o.append(("standardErrors", .string("two-stage (Engle–Sheppard)")))
    o.append(
      (
        "secondStageStandardErrors",
        .object([
          ("a", .finite(f.secondStageStandardErrors[0])),
          ("b", .finite(f.secondStageStandardErrors[1])),
        ])
      ))
    o.append(("correlationLogLikelihood", .finite(f.correlationLogLikelihood)))
    o.append(("logLikelihood", .finite(f.logLikelihood)))
    o.append(("univariate", .array(univariate)))
    o.append(("pairs", .array(pairSummaries)))
    o.append(("series", .array(series)))
    return .object(o)
  }

  public var csv: String {
    let k = fit.dimension
    return CSVWriter.table(
      header: ["date"] + pairNames,
      rows: panel.days.indices.map { t in
        [panel.days[t].iso]
          + pairs.map { CSVWriter.number(fit.correlations[(t * k + $0.0) * k + $0.1]) }
      })
  }

  public var text: String {
    let f = fit
    var lines: [String] = []
    lines += TextLayout.wrap(
      "DCC-GARCH(1,1): \(panel.names.joined(separator: ", ")) · \(Wording.count(f.count)) "
        + "\(panel.returnsPhrase) \(panel.days[0].iso) to "
        + "\(panel.days[panel.count - 1].iso)", width: TextStyle.columns)
    lines.append("")
    let se = f.standardErrors
    if f.a < 2 * se[0] || !se[0].isFinite {
      lines += TextLayout.wrap(
        "Correlations barely move: the DCC news parameter a = \(fmt(f.a, 4)) is within two "
          + "standard errors of zero, so a constant correlation describes these series about as well.",
        width: TextStyle.columns)
    } else if let h = halfLife {
      lines += TextLayout.wrap(
        "Correlations move with the news (a = \(fmt(f.a, 4)), b = \(fmt(f.b, 4))); a shock to "
          + "correlation halves in about \(fmt(h, 1)) \(panel.stepName)s.", width: TextStyle.columns
      )
    }
    for p in pairs {
      // In words "ETH and RUT"; the JSON and CSV keep the compact "ETH~RUT".
      let name = "\(panel.names[p.0]) and \(panel.names[p.1])"
      let r = f.correlation(p.0, p.1)
      let mean = r.reduce(0, +) / Double(r.count)
      let now = r.last ?? .nan
      let below = r.filter { $0 <= now }.count
      lines += TextLayout.wrap(
        "\(name): correlation now \(fmt(now, 2)) (average \(fmt(mean, 2)), range "
          + "\(fmt(r.min() ?? .nan, 2)) to \(fmt(r.max() ?? .nan, 2)); "
          + "\(fmt(100 * Double(below) / Double(r.count), 0))% of \(panel.stepName)s were at or "
          + "below it).",
        width: TextStyle.columns, indent: 2)
    }
    lines.append("")
    lines += TextTable.render(
      header: ["parameter", "estimate", "std. error"],
      rows: [["a", fmt(f.a, 5), fmt(se[0], 5)], ["b", fmt(f.b, 5), fmt(se[1], 5)]],
      rightAligned: [1, 2])
    lines.append("")
    let urows = zip(panel.names, f.univariate).map { n, u in
      [
        n, fmt(u.mu, 4), fmt(u.omega, 4), fmt(u.alpha, 4), fmt(u.beta, 4),
        fmt(u.volatility.last ?? .nan, 3),
      ]
    }
    lines += TextTable.render(
      header: ["asset", "mu", "omega", "alpha", "beta", "vol now %"], rows: urows,
      rightAligned: [1, 2, 3, 4, 5])
    lines.append("")
    lines += TextLayout.wrap(
      "Log-likelihood \(fmt(f.logLikelihood, 3)) (correlation part "
        + "\(fmt(f.correlationLogLikelihood, 3))) · standard errors of a, b account for the "
        + "GARCH stage (two-step sandwich) · returns in percent", width: TextStyle.columns)
    return lines.joined(separator: "\n") + "\n"
  }
}

extension ReturnPanel {
  /// What one observation of the panel is, for sentences: "trading day" (a day every series
  /// has a close) or "week".
  var stepName: String { frequency == .weekly ? "week" : "trading day" }
}
