import DecoupleAnalysis
import DecoupleData
import Foundation

extension FlowsAnalysis {
  var stressJSON: JSONValue {
    .object([
      ("threshold", .finite(threshold)), ("stressDays", .integer(stress.countA)),
      ("otherDays", .integer(stress.countB)), ("meanFlowStress", .finite(stress.meanA)),
      ("meanFlowOther", .finite(stress.meanB)), ("difference", .finite(stress.difference)),
      ("t", .finite(stress.t)), ("pValue", .finite(stress.pValue)),
      ("outflowShareStress", .finite(stressOutflowShare)),
      ("outflowShareOther", .finite(otherOutflowShare)),
    ])
  }

  func rowJSON(_ i: Int) -> JSONValue {
    let fundObject: [(String, JSONValue)] = zip(funds, fundFlows).map { ($0, .finite($1[i])) }
    let fields: [(String, JSONValue)] = [
      ("date", .string(days[i].iso)), ("total", .finite(total[i])),
      ("cumulative", .finite(cumulative[i])), ("price", .finite(price[i])),
      ("flowShareOfMarketCap", .finite(flowShareOfMarketCap[i])),
      ("cumulativeShareOfMarketCap", .finite(cumulativeShareOfMarketCap[i])),
      ("heldShareOfLiquidFloat", .finite(heldShareOfLiquidFloat[i])),
      ("funds", .object(fundObject)),
    ]
    return .object(fields)
  }

  /// The `decouple flows` JSON document.
  public var json: JSONValue {
    let perFund: [(String, JSONValue)] = zip(funds, fundFlows).map { name, v in
      (name, .finite(v.filter { !$0.isNaN }.reduce(0, +)))
    }
    let fields: [(String, JSONValue)] = [
      ("asset", .string(asset)), ("unit", .string("US$ millions")),
      ("from", days.first.map { .string($0.iso) } ?? .null),
      ("asOf", days.last.map { .string($0.iso) } ?? .null),
      ("funds", .array(funds.map(JSONValue.string))), ("supplyNote", .string(supplyNote)),
      ("totalCumulative", .finite(cumulative.last)), ("fundCumulative", .object(perFund)),
      ("stress", stressJSON), ("series", .array(days.indices.map(rowJSON))),
    ]
    return .object(fields)
  }

  /// One CSV row per flow day.
  public var csv: String {
    CSVWriter.table(
      header: [
        "date", "total", "cumulative", "price", "flowShareOfMarketCap",
        "cumulativeShareOfMarketCap", "heldShareOfLiquidFloat",
      ] + funds,
      rows: days.indices.map { i in
        [days[i].iso]
          + ([
            total[i], cumulative[i], price[i], flowShareOfMarketCap[i],
            cumulativeShareOfMarketCap[i], heldShareOfLiquidFloat[i],
          ] + fundFlows.map { $0[i] }).map(CSVWriter.number)
      })
  }

  public var text: String {
    var out: [String] = []
    let width = TextStyle.columns
    let s = stress
    let lastCap = cumulativeShareOfMarketCap.last { !$0.isNaN }
    out += TextLayout.wrap(
      String(
        format: "US spot %@ ETFs: net %@ US$ m since %@ (%@ of market cap).", asset,
        Self.signedMillions(cumulative.last ?? .nan), days.first?.iso ?? "—",
        lastCap.map { String(format: "%.2f%%", $0 * 100) } ?? "—"), width: width)
    let verdict =
      s.pValue < 0.05
      ? (s.difference < 0 ? "holders sold more on down days" : "holders bought more on down days")
      : "flows on down days are not distinguishable from other days"
    // Too few down days (or no spread) leave the test undefined: say so, never "p = nan".
    let welch =
      s.t.isFinite && s.pValue.isFinite
      ? String(format: "Welch t = %.2f, p = %.3f", s.t, s.pValue) : "Welch test: p undefined"
    out += TextLayout.wrap(
      String(
        format:
          "On %d days %@ fell more than %.0f%%, mean net flow %@ vs %@ US$ m on %d other "
          + "days (%@): %@; outflow days %@ vs %@.",
        s.countA, asset, threshold * 100, defined(s.meanA, "%+.1f"), defined(s.meanB, "%+.1f"),
        s.countB, welch, verdict, defined(stressOutflowShare * 100, "%.0f%%"),
        defined(otherOutflowShare * 100, "%.0f%%")), width: width)
    if let f = heldShareOfLiquidFloat.lastIndex(where: { !$0.isNaN }) {
      out += TextLayout.wrap(
        String(
          format: "Estimated ETF-held ETH is %.2f%% of the liquid float on %@.",
          heldShareOfLiquidFloat[f] * 100, days[f].iso), width: width)
    }
    out += TextLayout.wrap(supplyNote + ".", width: width)
    out.append("")
    out += TextTable.render(
      header: ["fund", "cumulative US$ m"],
      rows: zip(funds, fundFlows).map { ($0, $1.filter { !$0.isNaN }.reduce(0, +)) }
        .sorted { $0.1 > $1.1 }.map { [$0.0, Self.signedMillions($0.1, decimals: 1)] },
      rightAligned: [1])
    return out.joined(separator: "\n") + "\n"
  }

  /// `+12154.3` → `"+12,154"` (thousands separated, a sign, never "-0").
  static func signedMillions(_ v: Double, decimals: Int = 0) -> String {
    guard v.isFinite else { return "—" }
    let text = Wording.signed(v, decimals)
    let sign = text.first == "+" || text.first == "-" ? String(text.first!) : ""
    let body = sign.isEmpty ? text : String(text.dropFirst())
    let parts = body.split(separator: ".", maxSplits: 1)
    let whole = Int(parts[0]).map(Wording.count) ?? String(parts[0])
    return sign + whole + (parts.count > 1 ? "." + parts[1] : "")
  }
}

extension Scenario {
  public var json: JSONValue {
    .object([
      (
        "shock",
        .object([
          ("ratesBP", .finite(shock.ratesBP)), ("etfFlowsBillions", .finite(shock.flowsBillions)),
        ])
      ),
      ("horizon", .string("one week")), ("factors", .array(factorNames.map(JSONValue.string))),
      ("from", .string(from.iso)), ("to", .string(to.iso)), ("weeks", .integer(weeks)),
      (
        "outcomes",
        .array(
          outcomes.map { o in
            .object([
              ("target", .string(o.target)), ("expectedMove", .finite(o.move)),
              ("lower", .finite(o.lower)), ("upper", .finite(o.upper)),
              ("level", .finite(o.prediction.level)),
              ("betas", .array(o.prediction.fit.betas.map(JSONValue.finite))),
              (
                "betaStandardErrors",
                .array(o.prediction.fit.betaStandardErrors.map(JSONValue.finite))
              ),
              ("rSquared", .finite(o.prediction.fit.rSquared)),
            ])
          })
      ),
    ])
  }

  public var csv: String {
    CSVWriter.table(
      header: ["target", "expectedMove", "lower", "upper", "level", "rSquared"],
      rows: outcomes.map { o in
        [o.target]
          + [o.move, o.lower, o.upper, o.prediction.level, o.prediction.fit.rSquared].map(
            CSVWriter.number)
      })
  }

  public var text: String {
    var out: [String] = []
    var parts: [String] = []
    if let r = shock.ratesBP { parts.append(String(format: "2-year yield %+.0f bp", r)) }
    if let f = shock.flowsBillions { parts.append(String(format: "ETH ETF flows %+.2f US$ bn", f)) }
    let width = TextStyle.columns
    out += TextLayout.wrap(
      "Scenario, over one week: " + parts.joined(separator: ", ") + ".", width: width)
    for o in outcomes {
      out += TextLayout.wrap(
        "  \(o.target): expected \(Wording.signed(o.move * 100, 2))%, "
          + "\(Wording.fixed(o.prediction.level * 100, 0))% interval "
          + "\(Wording.signed(o.lower * 100, 1))% to \(Wording.signed(o.upper * 100, 1))% "
          + "(R² \(Wording.fixed(o.prediction.fit.rSquared, 3)))", width: width, indent: 4)
    }
    out.append("")
    out += TextLayout.wrap(
      "Fitted on \(Wording.count(weeks)) weeks \(from.iso)…\(to.iso) of weekly log returns on "
        + factorNames.map(RateNames.labelled).joined(separator: " and ")
        + ". Limits: a linear, constant relation over "
        + "that sample; intervals assume independent homoskedastic errors (too narrow in "
        + "crises); association, not cause; shocks outside the sample's range are extrapolation.",
      width: width)
    return out.joined(separator: "\n") + "\n"
  }
}

/// `v` in `format`, or "undefined" when it is NaN or infinite (no days to average).
private func defined(_ v: Double, _ format: String) -> String {
  v.isFinite ? String(format: format, v) : "undefined"
}
