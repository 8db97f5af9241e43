import DecoupleAnalysis
import DecoupleData
import Foundation

extension DriverAttribution {
  /// The `decouple drivers` JSON document.
  public var json: JSONValue { json(series: true) }

  /// The document; without `series` (one row per day) when `series` is false.
  public func json(series: Bool) -> JSONValue {
    let names = panel.factorNames
    func shares(_ v: [Double]) -> JSONValue {
      .object(zip(names, v).map { ($0, .finite($1)) })
    }
    var current: JSONValue = .null
    if let i = latestIndex {
      current = .object([
        ("date", .string(panel.days[i].iso)), ("rSquared", .finite(rolling.rSquared[i])),
        ("count", .integer(rolling.count[i])),
        ("shares", shares(panel.factors.indices.map { rolling.shares[$0][i] })),
      ])
    }
    var fields: [(String, JSONValue)] = [
      ("target", .string(panel.target)), ("factors", .array(names.map(JSONValue.string))),
      ("window", .integer(window)), ("from", panel.days.first.map { .string($0.iso) } ?? .null),
      ("asOf", latestIndex.map { .string(panel.days[$0].iso) } ?? .null),
      ("method", .string("Shapley R2 of OLS on a constant and the factors present in the window")),
      ("current", current),
      (
        "years",
        .array(
          periods.map { p in
            .object([
              ("year", .string(p.label)), ("from", .string(p.from.iso)), ("to", .string(p.to.iso)),
              ("count", .integer(p.count)), ("rSquared", .finite(p.rSquared)),
              ("shares", shares(p.shares)),
            ])
          })
      ),
    ]
    guard series else { return .object(fields) }
    fields.append(
      (
        "series",
        .array(
          panel.days.indices.map { i in
            .object(
              [("date", .string(panel.days[i].iso)), ("rSquared", .finite(rolling.rSquared[i]))]
                + [("shares", shares(panel.factors.indices.map { rolling.shares[$0][i] }))])
          })
      ))
    return .object(fields)
  }

  /// One CSV row per day: date, rSquared, then one share column per factor.
  public var csv: String {
    CSVWriter.table(
      header: ["date", "rSquared"] + panel.factorNames.map { "share:" + $0 },
      rows: panel.days.indices.map { i in
        [panel.days[i].iso, CSVWriter.number(rolling.rSquared[i])]
          + panel.factors.indices.map { CSVWriter.number(rolling.shares[$0][i]) }
      })
  }

  /// The headline and the driver table, without the year table: the `analyze` section.
  public var summaryText: String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let end = lines.firstIndex { $0.hasPrefix("By calendar year") } ?? lines.count
    return lines[..<end].joined(separator: "\n").trimmingCharacters(in: .newlines)
  }

  /// `"DGS2 change (bp)"` → `"DGS2 change"`: a driver's name without its unit.
  static func withoutUnit(_ name: String) -> String {
    guard let open = name.range(of: " (", options: .backwards), name.hasSuffix(")") else {
      return name
    }
    return String(name[..<open.lowerBound])
  }

  /// Text: the headline (equity share now vs 2022), then the year table.
  public var text: String {
    func p(_ v: Double) -> String { v.isNaN ? "—" : String(format: "%.0f%%", v * 100) }
    var out: [String] = []
    let eq = panel.factorNames[0]
    if let i = latestIndex {
      let now = rolling.shares[0][i]
      let y2022 = meanShares(year: 2022)[0]
      let start = panel.days[max(0, i - window + 1)].iso
      out += TextLayout.wrap(
        "\(eq) explains \(p(now)) of \(panel.target)'s daily variance over the last "
          + "\(window) observations (\(start) to \(panel.days[i].iso); all drivers: "
          + "\(p(rolling.rSquared[i]))), against \(p(y2022)) on average in 2022, the year crypto "
          + "and equities fell together.", width: TextStyle.columns)
      out.append("")
      out += TextTable.render(
        header: ["driver", "share now", "2022 avg"],
        rows: panel.factorNames.indices.map { j in
          [
            RateNames.labelled(panel.factorNames[j]), p(rolling.shares[j][i]),
            p(meanShares(year: 2022)[j]),
          ]
        }, rightAligned: [1, 2])
    } else {
      out.append("Too little data for a \(window)-observation decomposition.")
    }
    out.append("")
    out += TextLayout.wrap(
      "By calendar year (Shapley R² shares; — = driver absent that year):",
      width: TextStyle.columns)
    out += TextTable.render(
      // Shares carry no unit: the driver names without theirs keep the table in 80 columns.
      header: ["year", "obs", "R²"]
        + panel.factorNames.map { Self.withoutUnit(RateNames.labelled($0)) },
      rows: periods.map { pr in
        [pr.label, String(pr.count), p(pr.rSquared)] + pr.shares.map(p)
      }, rightAligned: Set(1...(2 + panel.factorNames.count)))
    out.append("")
    out += TextLayout.wrap(
      "Shares add up to R²: each is the driver's R² gain averaged over every order of entry. "
        + "Flows exist from 2024-07-23, supply where on-chain coverage has no gap.",
      width: TextStyle.columns)
    return out.joined(separator: "\n") + "\n"
  }
}
