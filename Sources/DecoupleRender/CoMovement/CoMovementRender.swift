import DecoupleAnalysis
import DecoupleData
import Foundation

/// Number formatting shared by the co-movement reports.
enum Num {
  /// `v` with `digits` decimals, or "–" when undefined; never "-0.00" (``Wording/fixed(_:_:)``).
  static func f(_ v: Double, _ digits: Int = 2) -> String {
    v.isFinite ? Wording.fixed(v, digits) : "–"
  }

  /// A p-value for people: "< 0.001" below a thousandth.
  static func p(_ v: Double) -> String {
    guard v.isFinite else { return "–" }
    return v < 0.001 ? "< 0.001" : String(format: "%.3f", v)
  }

  /// "p = 0.243", or "p < 0.001" (never "p = < 0.001").
  static func pEquals(_ v: Double) -> String {
    let shown = p(v)
    return shown.hasPrefix("<") ? "p \(shown)" : "p = \(shown)"
  }

  /// The common header fields of a pair document.
  static func pairHeader(_ a: String, _ b: String, _ o: AnalysisOptions) -> [(String, JSONValue)] {
    [
      ("pair", .object([("a", .string(a)), ("b", .string(b))])),
      ("returns", .string(o.returns.rawValue)), ("frequency", .string(o.frequency.rawValue)),
    ]
  }
}

// MARK: - corr

extension CorrelationSeries {
  public var json: JSONValue {
    var fields = Num.pairHeader(nameA, nameB, options)
    fields += [
      ("method", .string(method.rawValue)), ("window", .integer(options.window)),
      ("minPeriods", .integer(options.minPeriods ?? options.window)),
      ("alpha", alpha.map(JSONValue.number) ?? .null), ("confidence", .number(confidence)),
      ("asOf", days.last.map { .string($0.iso) } ?? .null),
      ("current", .finite(values.last)),
      (
        "series",
        .array(
          days.indices.map { i in
            var row: [(String, JSONValue)] = [
              ("date", .string(days[i].iso)), ("correlation", .finite(values[i])),
              ("lower", .finite(lower[i])), ("upper", .finite(upper[i])),
              ("count", .integer(count[i])),
            ]
            if let e = ewma {
              row += [
                ("covariance", .finite(e.covariance[i])),
                ("volatilityA", .finite(e.volatilityX[i])),
                ("volatilityB", .finite(e.volatilityY[i])),
              ]
            }
            return .object(row)
          })
      ),
    ]
    return .object(fields)
  }

  public var csv: String {
    let extra = ewma == nil ? [] : ["covariance", "volatilityA", "volatilityB"]
    return CSVWriter.table(
      header: ["date", "correlation", "lower", "upper", "count"] + extra,
      rows: days.indices.map { i in
        [days[i].iso] + [values[i], lower[i], upper[i]].map(CSVWriter.number) + [String(count[i])]
          + (ewma.map { e in
            [e.covariance[i], e.volatilityX[i], e.volatilityY[i]].map(CSVWriter.number)
          } ?? [])
      })
  }

  public var text: String {
    let span =
      method == .ewma
      ? "EWMA (α = \(Num.f(alpha ?? .nan, 3)))" : "\(options.window)-observation \(method.rawValue)"
    var lines = [
      "\(nameA) vs \(nameB): \(span) correlation \(Num.f(values.last ?? .nan))"
        + " as of \(days.last?.iso ?? "–")"
    ]
    if method != .ewma, let l = lower.last, let u = upper.last {
      let how = method == .pearson ? "Fisher-z" : "Fisher-z (Fieller–Hartley–Pearson variance)"
      lines.append("\(Int(confidence * 100))% \(how) interval: \(Num.f(l)) … \(Num.f(u))")
    }
    if let e = ewma, let va = e.volatilityX.last, let vb = e.volatilityY.last {
      let year = options.frequency == .weekly ? 52.0 : 252.0
      lines.append(
        "EWMA volatility \(nameA) \(Num.f(va * 100)) %, \(nameB) \(Num.f(vb * 100)) % per period "
          + "(×√\(Int(year)): \(Num.f(va * year.squareRoot() * 100)) %, "
          + "\(Num.f(vb * year.squareRoot() * 100)) %)")
    }
    let defined = values.filter(\.isFinite)
    if let lo = defined.min(), let hi = defined.max() {
      lines.append("Range over the history: \(Num.f(lo)) … \(Num.f(hi))")
    }
    lines.append("")
    lines.append(Sparkline.render(values, width: 80))
    return lines.joined(separator: "\n") + "\n"
  }
}

// MARK: - beta

extension BetaReport {
  var covarianceName: String {
    switch covariance {
    case .plain: "plain"
    case .neweyWest(let l, _): "neweyWest(\(l))"
    }
  }

  /// The standard errors in words, for text.
  var covarianceWords: String {
    switch covariance {
    case .plain: "plain OLS"
    case .neweyWest(let l, _): "Newey–West, \(l) lag\(l == 1 ? "" : "s")"
    }
  }

  public var json: JSONValue {
    var fields = Num.pairHeader(nameA, factors[0], options)
    fields += [
      ("factors", .array(factors.map(JSONValue.string))), ("window", .integer(options.window)),
      ("standardErrors", .string(covarianceName)),
      ("asOf", days.last.map { .string($0.iso) } ?? .null),
      (
        "latest",
        .object([
          ("count", .integer(latest.count)), ("alpha", .finite(latest.alpha)),
          ("alphaStandardError", .finite(latest.alphaStandardError)),
          ("alphaT", .finite(latest.alphaT)),
          (
            "betas",
            .array(
              factors.indices.map { j in
                .object([
                  ("factor", .string(factors[j])), ("beta", .finite(latest.betas[j])),
                  ("standardError", .finite(latest.betaStandardErrors[j])),
                  ("t", .finite(latest.betaT[j])),
                ])
              })
          ),
          ("rSquared", .finite(latest.rSquared)),
          ("residualVolatility", .finite(latest.residualVolatility)),
          ("upBeta", .finite(upBeta)), ("downBeta", .finite(downBeta)),
          ("dimsonLags", .integer(dimsonLags)),
          ("dimsonBeta", dimsonLags > 0 ? .finite(dimson.last) : .null),
        ])
      ),
      ("series", .array(days.indices.map { seriesRow($0) })),
    ]
    return .object(fields)
  }

  func seriesRow(_ i: Int) -> JSONValue {
    var row: [(String, JSONValue)] = [
      ("date", .string(days[i].iso)), ("alpha", .finite(rolling.alpha[i])),
    ]
    for j in factors.indices {
      row.append(("beta_\(factors[j])", .finite(rolling.betas[j][i])))
      row.append(("t_\(factors[j])", .finite(rolling.betaT(j)[i])))
    }
    row += [
      ("rSquared", .finite(rolling.rSquared[i])),
      ("residualVolatility", .finite(rolling.residualVolatility[i])),
      ("dimsonBeta", .finite(dimson[i])), ("upBeta", .finite(rollingUpBeta[i])),
      ("downBeta", .finite(rollingDownBeta[i])),
    ]
    return .object(row)
  }

  public var csv: String {
    let header =
      ["date", "alpha"] + factors.flatMap { ["beta_\($0)", "t_\($0)"] }
      + ["rSquared", "residualVolatility", "dimsonBeta", "upBeta", "downBeta"]
    let t = factors.indices.map { rolling.betaT($0) }
    return CSVWriter.table(
      header: header,
      rows: days.indices.map { i in
        [days[i].iso, CSVWriter.number(rolling.alpha[i])]
          + factors.indices.flatMap { j in
            [CSVWriter.number(rolling.betas[j][i]), CSVWriter.number(t[j][i])]
          }
          + [
            rolling.rSquared[i], rolling.residualVolatility[i], dimson[i], rollingUpBeta[i],
            rollingDownBeta[i],
          ].map(CSVWriter.number)
      })
  }

  public var text: String {
    var lines =
      TextLayout.wrap(
        "\(nameA) on \(factors.joined(separator: " + ")): \(options.window)-observation "
          + "regression as of \(days.last?.iso ?? "–") (\(covarianceWords) standard errors)",
        width: TextStyle.columns, indent: 2) + [""]
    var rows = [
      [
        "alpha", Num.f(latest.alpha, 5), Num.f(latest.alphaStandardError, 5),
        Num.f(latest.alphaT),
      ]
    ]
    for j in factors.indices {
      rows.append([
        "beta \(factors[j])", Num.f(latest.betas[j], 3), Num.f(latest.betaStandardErrors[j], 3),
        Num.f(latest.betaT[j]),
      ])
    }
    lines += TextLayout.table(
      header: ["", "estimate", "std. error", "t"], rows: rows, rightAligned: [1, 2, 3])
    lines.append("")
    lines.append(
      "R² \(Num.f(latest.rSquared)) · residual volatility \(Num.f(latest.residualVolatility, 4))"
        + " · upside beta \(Num.f(upBeta)) · downside beta \(Num.f(downBeta))")
    if dimsonLags > 0 {
      lines.append(
        "Dimson beta (±\(dimsonLags) day\(dimsonLags == 1 ? "" : "s")): \(Num.f(dimson.last ?? .nan))"
      )
    }
    lines.append("")
    lines.append(Sparkline.render(rolling.betas[0], width: 80))
    return lines.joined(separator: "\n") + "\n"
  }
}
