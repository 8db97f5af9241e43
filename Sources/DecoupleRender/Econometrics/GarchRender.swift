import DecoupleAnalysis
import DecoupleData
import DecoupleSeries
import DecoupleStats
import Foundation

/// `decouple garch`: JSON (docs/json.md), CSV (date, return, volatility) and text.
extension GarchReport {
  public var json: JSONValue {
    let f = fit
    let params = zip(f.parameterNames, zip(f.parameters, f.standardErrors)).map { name, v in
      (name, JSONValue.object([("estimate", .finite(v.0)), ("standardError", .finite(v.1))]))
    }
    let rows: [JSONValue] = panel.days.indices.map { i in
      .object([
        ("date", .string(panel.days[i].iso)), ("return", .finite(panel.returns[0][i])),
        ("volatility", .finite(f.variances[i].squareRoot())),
      ])
    }
    var o: [(String, JSONValue)] = []
    o.append(("asset", .string(name)))
    o.append(("model", .string("GARCH(1,1), constant mean")))
    o.append(("distribution", .string(f.distribution.rawValue)))
    o += panel.sampleFields
    o.append(("observations", .integer(f.count)))
    o.append(("parameters", .object(params)))
    o.append(("standardErrors", .string("robust")))
    o.append(("logLikelihood", .finite(f.logLikelihood)))
    o.append(("persistence", .finite(f.persistence)))
    o.append(("integrated", .bool(f.isIntegrated)))
    o.append(("halfLife", .finite(f.halfLife)))
    o.append(("longRunVolatility", .finite(f.unconditionalVariance.map { $0.squareRoot() })))
    o.append(("currentVolatility", .finite(f.volatility.last)))
    o.append(("backcast", .finite(f.backcast)))
    o.append(
      ("optimizer", .object([("method", .string("BFGS")), ("iterations", .integer(f.iterations))])))
    o.append(("series", .array(rows)))
    return .object(o)
  }

  public var csv: String {
    CSVWriter.table(
      header: ["date", "return", "volatility"],
      rows: panel.days.indices.map { i in
        [
          panel.days[i].iso, CSVWriter.number(panel.returns[0][i]),
          CSVWriter.number(fit.variances[i].squareRoot()),
        ]
      })
  }

  /// The reading first: today's volatility against its long-run level, and how fast shocks fade.
  public func text(periodsPerYear: Double) -> String {
    let f = fit
    let now = f.volatility.last ?? .nan
    let ann = periodsPerYear.squareRoot()
    let unit = panel.frequency == .weekly ? "week" : "day"
    var lines: [String] = []
    lines += TextLayout.wrap(
      "\(name): GARCH(1,1), \(f.distribution == .normal ? "normal" : "Student's t") errors, "
        + "\(Wording.count(f.count)) \(panel.returnsPhrase) "
        + "\(panel.days[0].iso) to \(panel.days[panel.count - 1].iso)", width: TextStyle.columns)
    lines.append("")
    var reading = "Volatility now is \(fmt(now, 2))% a \(unit) (\(fmt(now * ann, 1))% a year)"
    if let lr = f.unconditionalVariance?.squareRoot() {
      reading += ", \(fmt(now / lr, 2))× its long-run level of \(fmt(lr, 2))% a \(unit)."
    } else {
      reading += "; the model has no finite long-run level (α + β is 1 within 1e-4)."
    }
    lines += TextLayout.wrap(reading, width: TextStyle.columns)
    if let h = f.halfLife {
      lines += TextLayout.wrap(
        "A volatility shock halves in about \(fmt(h, 1)) \(unit)s (α + β = \(fmt(f.persistence, 4))).",
        width: TextStyle.columns)
    } else {
      lines += TextLayout.wrap(
        "Volatility shocks do not die out (α + β = \(fmt(f.persistence, 4))): an integrated "
          + "GARCH; treat long-horizon forecasts with care.", width: TextStyle.columns)
    }
    lines.append("")
    let rows = zip(f.parameterNames, zip(f.parameters, f.standardErrors)).map { n, v in
      [n, fmt(v.0, 6), fmt(v.1, 6), v.1 > 0 ? fmt(v.0 / v.1, 2) : ""]
    }
    lines += TextTable.render(
      header: ["parameter", "estimate", "std. error", "t"], rows: rows, rightAligned: [1, 2, 3])
    lines.append("")
    lines += TextLayout.wrap(
      "Log-likelihood \(fmt(f.logLikelihood, 4)) · robust (sandwich) standard errors · "
        + "BFGS, \(f.iterations) iterations", width: TextStyle.columns)
    lines += TextLayout.wrap(
      "Returns in percent; the variance recursion starts at \(fmt(f.backcast, 4)), a weighted "
        + "mean of the first squared residuals (as the arch package does).",
      width: TextStyle.columns)
    return lines.joined(separator: "\n") + "\n"
  }
}

/// A number with `digits` decimals for text output ("–" when not finite); never "-0.00"
/// (``Wording/fixed(_:_:)``).
func fmt(_ v: Double, _ digits: Int = 3) -> String {
  guard v.isFinite else { return "–" }
  return Wording.fixed(v, digits)
}

extension ReturnPanel {
  /// The sample keys every estimation document shares, in order: `input`, `returns`,
  /// `frequency`, `units` (percent), `from` and `asOf`.
  var sampleFields: [(String, JSONValue)] {
    [
      ("input", .string(input.rawValue)), ("returns", .string(kind.rawValue)),
      ("frequency", .string(frequency.rawValue)), ("units", .string("percent")),
      ("from", .string(days[0].iso)), ("asOf", .string(days[count - 1].iso)),
    ]
  }

  /// "daily log returns", or "daily returns (as given)" for `--input returns`.
  var returnsPhrase: String {
    input == .returns
      ? "\(frequency.rawValue) returns (as given)"
      : "\(frequency.rawValue) \(kind.rawValue) returns"
  }
}
