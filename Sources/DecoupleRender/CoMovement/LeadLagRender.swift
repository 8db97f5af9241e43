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
    let step = options.frequency == .weekly ? "week" : "trading day"
    var lines = TextLayout.wrap(
      "\(nameA) vs \(nameB), \(from.iso) … \(to.iso): lead–lag of \(options.returns.rawValue) "
        + "returns", width: TextStyle.columns)
    let first = Self.grangerSentence(bToA, nameB, nameA, step: step)
    let second = Self.grangerSentence(aToB, nameA, nameB, step: step)
    lines += TextLayout.wrap(first, width: TextStyle.columns)
    // A and B of the same name: the two directions are one sentence, said once.
    if second != first { lines += TextLayout.wrap(second, width: TextStyle.columns) }
    lines.append("")
    lines += TextLayout.wrap(
      "Lags in \(step)s; positive lag: \(nameB) leads \(nameA). * beyond the 95% bound.",
      width: TextStyle.columns)
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

extension LeadLagReport {
  /// Whether `cause`'s past helps predict `effect`, with the test and the lags in `step`s; an
  /// undefined test (the same series on both sides, a constant one) says so rather than
  /// "does not help".
  static func grangerSentence(
    _ g: GrangerTest, _ cause: String, _ effect: String, step: String
  ) -> String {
    let lags = g.lags == 1 ? "a lag of 1 \(step)" : "lags of 1 to \(g.lags) \(step)s"
    guard g.pValue.isFinite else {
      return "Whether \(cause)'s past helps predict \(effect) cannot be tested: the Granger "
        + "regression is undefined (the same series on both sides, or one that does not move)."
    }
    let says = g.pValue < 0.05 ? "helps" : "does not help"
    return "\(cause)'s past \(says) predict \(effect) at the 5% level (Granger F = "
      + "\(Num.f(g.f)), \(Num.pEquals(g.pValue)), \(lags))."
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
    let differs =
      difference.pValue < 0.05 ? "differs significantly" : "does not differ significantly"
    var lines = TextLayout.wrap(
      difference.pValue.isFinite
        ? "\(nameA) vs \(nameB): the correlation \(differs) between the two periods "
          + "(Fisher z = \(Num.f(difference.z)), \(Num.pEquals(difference.pValue)))."
        : "\(nameA) vs \(nameB): the two periods' correlations cannot be compared (Fisher z is "
          + "undefined when a correlation is ±1: the series move as one).",
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
