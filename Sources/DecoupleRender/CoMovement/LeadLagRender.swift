import DecoupleAnalysis
import DecoupleStats

extension GrangerTest {
  var json: JSONValue {
    .object([
      ("lags", .integer(lags)), ("f", .finite(f)), ("pValue", .finite(pValue)),
      ("dfNumerator", .integer(dfNumerator)), ("dfDenominator", .integer(dfDenominator)),
    ])
  }
}

extension LeadLagReport {
  public var json: JSONValue {
    var fields = Num.pairHeader(nameA, nameB, options)
    let c = crossCorrelation
    fields += [
      ("from", .string(from.iso)), ("to", .string(to.iso)),
      ("lagConvention", .string("positive lag: B leads A (A[t] with B[t - lag])")),
      (
        "crossCorrelation",
        .array(
          c.lags.indices.map { i in
            .object([
              ("lag", .integer(c.lags[i])), ("correlation", .finite(c.correlation[i])),
              ("count", .integer(c.count[i])), ("bound", .finite(c.bound[i])),
              ("significant", .bool(abs(c.correlation[i]) > c.bound[i])),
            ])
          })
      ),
      ("granger", .object([("bToA", bToA.json), ("aToB", aToB.json)])),
    ]
    return .object(fields)
  }

  public var csv: String {
    let c = crossCorrelation
    return CSVWriter.table(
      header: ["lag", "correlation", "count", "bound"],
      rows: c.lags.indices.map { i in
        [
          String(c.lags[i]), CSVWriter.number(c.correlation[i]), String(c.count[i]),
          CSVWriter.number(c.bound[i]),
        ]
      })
  }

  public var text: String {
    let c = crossCorrelation
    func verdict(_ g: GrangerTest, _ cause: String, _ effect: String) -> String {
      let says = g.pValue < 0.05 ? "helps" : "does not help"
      return "\(cause)'s past \(says) predict \(effect) (Granger F = \(Num.f(g.f)), "
        + "\(Num.pEquals(g.pValue)), \(g.lags) lag\(g.lags == 1 ? "" : "s"))."
    }
    var lines = [
      "\(nameA) vs \(nameB), \(from.iso) … \(to.iso): lead–lag of \(options.returns.rawValue) returns"
    ]
    lines += TextLayout.wrap(verdict(bToA, nameB, nameA), width: TextStyle.columns)
    lines += TextLayout.wrap(verdict(aToB, nameA, nameB), width: TextStyle.columns)
    lines += [
      "",
      "Positive lag: \(nameB) leads \(nameA). * beyond the 95% bound.",
    ]
    lines += TextLayout.table(
      header: ["lag", "correlation", "bound", ""],
      rows: c.lags.indices.map { i in
        [
          String(c.lags[i]), Num.f(c.correlation[i], 3), "±" + Num.f(c.bound[i], 3),
          abs(c.correlation[i]) > c.bound[i] ? "*" : "",
        ]
      }, rightAligned: [0, 1, 2])
    return lines.joined(separator: "\n") + "\n"
  }
}

extension PeriodComparison.Period {
  var json: JSONValue {
    func boot(_ b: BootstrapInterval) -> JSONValue {
      .object([
        ("lower", .finite(b.lower)), ("upper", .finite(b.upper)),
        ("standardError", .finite(b.standardError)), ("replicates", .integer(b.replicates)),
        ("meanBlockLength", .finite(b.meanBlockLength)),
      ])
    }
    return .object([
      ("from", .string(from.iso)), ("to", .string(to.iso)), ("count", .integer(count)),
      ("correlation", .finite(correlation)), ("lower", .finite(lower)), ("upper", .finite(upper)),
      ("beta", .finite(beta)), ("correlationBootstrap", boot(correlationBootstrap)),
      ("betaBootstrap", boot(betaBootstrap)),
    ])
  }
}

extension PeriodComparison {
  public var json: JSONValue {
    .object([
      ("pair", .object([("a", .string(nameA)), ("b", .string(nameB))])),
      ("returns", .string(returns.rawValue)), ("frequency", .string(frequency.rawValue)),
      ("confidence", .number(confidence)), ("seed", .integer(Int(truncatingIfNeeded: seed))),
      ("period1", first.json), ("period2", second.json),
      (
        "difference",
        .object([("z", .finite(difference.z)), ("pValue", .finite(difference.pValue))])
      ),
    ])
  }

  public var csv: String {
    CSVWriter.table(
      header: [
        "period", "from", "to", "count", "correlation", "lower", "upper", "beta",
        "correlationBootstrapLower", "correlationBootstrapUpper", "betaBootstrapLower",
        "betaBootstrapUpper",
      ],
      rows: [("1", first), ("2", second)].map { name, p in
        [name, p.from.iso, p.to.iso, String(p.count)]
          + [
            p.correlation, p.lower, p.upper, p.beta, p.correlationBootstrap.lower,
            p.correlationBootstrap.upper, p.betaBootstrap.lower, p.betaBootstrap.upper,
          ].map(CSVWriter.number)
      })
  }

  public var text: String {
    let differs = difference.pValue < 0.05 ? "differs" : "does not differ significantly"
    var lines = TextLayout.wrap(
      "\(nameA) vs \(nameB): the correlation \(differs) between the two periods "
        + "(Fisher z = \(Num.f(difference.z)), \(Num.pEquals(difference.pValue))).",
      width: TextStyle.columns)
    lines.append("")
    lines += TextLayout.table(
      header: [
        "period", "obs", "corr", "Fisher-z CI", "bootstrap CI", "beta", "bootstrap CI",
      ],
      rows: [first, second].map { p in
        [
          "\(p.from.iso)…\(p.to.iso)", String(p.count), Num.f(p.correlation),
          "\(Num.f(p.lower))…\(Num.f(p.upper))",
          "\(Num.f(p.correlationBootstrap.lower))…\(Num.f(p.correlationBootstrap.upper))",
          Num.f(p.beta), "\(Num.f(p.betaBootstrap.lower))…\(Num.f(p.betaBootstrap.upper))",
        ]
      }, rightAligned: [1, 2, 5])
    lines.append("")
    lines += TextLayout.wrap(
      "\(Int(confidence * 100))% intervals; stationary bootstrap with seed \(seed) "
        + "(mean block \(Num.f(first.correlationBootstrap.meanBlockLength, 1)) observations); "
        + "obs = returns in the period.", width: TextStyle.columns)
    return lines.joined(separator: "\n") + "\n"
  }
}
