import DecoupleAnalysis
import DecoupleData
import Foundation

extension SupplyModel {
  /// The rows with `from <= date <= to`.
  public func rows(from: Day?, to: Day?) -> [Row] {
    rows.filter { r in (from.map { r.date >= $0 } ?? true) && (to.map { r.date <= $0 } ?? true) }
  }

  /// CSV/JSON row keys, in order.
  public static let columns = [
    "date", "supply", "supplySource", "supplyChange", "issuance", "issuanceSource", "burn",
    "burnSource", "burnDerived", "growthAnnualised", "staked", "stakedShare", "etfHeld",
    "liquidFloat",
  ]

  static func cells(_ r: Row) -> [JSONValue] {
    [
      .string(r.date.iso), .finite(r.supply), r.supplySource.map { .string($0.rawValue) } ?? .null,
      .finite(r.supplyChange), .finite(r.issuance),
      r.issuanceSource.map { .string($0.rawValue) } ?? .null, .finite(r.burn),
      r.burnSource.map { .string($0.rawValue) } ?? .null,
      r.burn == nil ? .null : .bool(r.burnSource == .derived), .finite(r.growthAnnualised),
      .finite(r.staked), .finite(r.stakedShare), .finite(r.etfHeld), .finite(r.liquidFloat),
    ]
  }

  var checkJSON: JSONValue {
    .object([
      ("from", check.from.map { .string($0.iso) } ?? .null),
      ("to", check.to.map { .string($0.iso) } ?? .null), ("days", .integer(check.days)),
      ("issuance", .finite(check.issuance)), ("supplyChange", .finite(check.supplyChange)),
      ("burn", .finite(check.burn)), ("residual", .finite(check.residual)),
      ("relativeResidual", .finite(check.relativeResidual)),
      ("dailyRMSE", .finite(check.dailyRMSE)),
      ("bestLag", check.bestLag.map(JSONValue.integer) ?? .null),
      (
        "lagScan",
        .array(
          check.lagScan.map { .object([("lag", .integer($0.lag)), ("rmse", .finite($0.rmse))]) })
      ),
    ])
  }

  /// The `decouple supply` JSON document.
  public func json(from: Day?, to: Day?) -> JSONValue {
    let rs = rows(from: from, to: to)
    return .object([
      ("subject", .string("ETH supply")), ("from", rs.first.map { .string($0.date.iso) } ?? .null),
      ("to", rs.last.map { .string($0.date.iso) } ?? .null), ("lagDays", .integer(lagDays)),
      ("growthWindow", .integer(growthWindow)),
      ("issuanceFormula", .string("annual = 166.3 * sqrt(staked ETH), full participation")),
      ("check", checkJSON),
      (
        "coverage",
        .array(
          coverage.map { c in
            .object([
              ("field", .string(c.field)), ("first", c.first.map { .string($0.iso) } ?? .null),
              ("last", c.last.map { .string($0.iso) } ?? .null),
              (
                "gaps",
                .array(
                  c.gaps.map {
                    .object([
                      ("from", .string($0.lowerBound.iso)), ("to", .string($0.upperBound.iso)),
                    ])
                  })
              ),
            ])
          })
      ),
      (
        "series",
        .array(rs.map { r in .object(Array(zip(Self.columns, Self.cells(r)))) })
      ),
    ])
  }

  /// One CSV row per day.
  public func csv(from: Day?, to: Day?) -> String {
    CSVWriter.table(
      header: Self.columns,
      rows: rows(from: from, to: to).map { r in
        Self.cells(r).map { v in
          switch v {
          case .null: ""
          case .string(let s): s
          case .bool(let b): b ? "true" : "false"
          case .number(let d): CSVWriter.number(d)
          default: v.serialized()
          }
        }
      })
  }

  /// Text: the state on the last covered day, the identity check, gaps, then monthly rows.
  public func text(from: Day?, to: Day?) -> String {
    let rs = rows(from: from, to: to)
    var out: [String] = []
    let width = TextStyle.columns
    func m(_ v: Double?) -> String { v.map { String(format: "%.3f M", $0 / 1e6) } ?? "—" }
    // Whole ETH with thousands separators ("483,465"), like every count in text.
    func k(_ v: Double?) -> String {
      v.flatMap { $0.isFinite ? Wording.count(Int($0.rounded())) : nil } ?? "—"
    }
    func pct(_ v: Double?) -> String { v.map { Wording.signed($0 * 100, 2) + "%" } ?? "—" }
    if let last = rs.last(where: { $0.supply != nil && $0.growthAnnualised != nil }) {
      let infl = (last.growthAnnualised ?? 0) < 0 ? "deflationary" : "inflationary"
      out += TextLayout.wrap(
        "ETH supply on \(last.date.iso): \(m(last.supply)), \(infl) at "
          + "\(pct(last.growthAnnualised)) a year (trailing \(growthWindow) days).", width: width)
      let share = last.stakedShare.map { String(format: "%.1f%%", $0 * 100) } ?? "—"
      out += TextLayout.wrap(
        "Staked \(m(last.staked)) (\(share)), "
          + (last.etfHeld.map { "ETF-held ≈ \(m($0)), " } ?? "ETF holdings not known that day, ")
          + (last.liquidFloat.map { "liquid float \(m($0))." } ?? "so no liquid float."),
        width: width)
    } else {
      out.append("No supply data in the range.")
    }
    let c = check
    out.append("")
    out += TextLayout.wrap(
      "Identity check \(c.from?.iso ?? "—")…\(c.to?.iso ?? "—") (\(Wording.count(c.days)) days): issuance "
        + "\(k(c.issuance)) ETH vs Δsupply \(k(c.supplyChange)) + burn \(k(c.burn)) = "
        + "\(k(c.supplyChange + c.burn)); residual \(k(c.residual)) "
        + String(format: "(%.2f%%)", c.relativeResidual * 100)
        + ", daily RMSE \(k(c.dailyRMSE)) ETH "
        + "at a \(lagDays)-day re-dating (best lag \(c.bestLag.map(String.init) ?? "—")).",
      width: width)
    out.append("")
    out.append("Coverage gaps (shown as gaps, never filled):")
    for cov in coverage {
      // A one-day gap is its day, not "D…D".
      let g = cov.gaps.prefix(4).map {
        $0.lowerBound == $0.upperBound
          ? $0.lowerBound.iso : "\($0.lowerBound.iso)…\($0.upperBound.iso)"
      }
      out += TextLayout.wrap(
        "\(Self.fieldWords[cov.field] ?? cov.field): \(cov.first?.iso ?? "—")…\(cov.last?.iso ?? "—")"
          + (g.isEmpty ? "" : "; gaps " + g.joined(separator: ", "))
          + (cov.gaps.count > 4 ? " and \(cov.gaps.count - 4) more" : ""), width: width,
        indent: 4, prefix: "  ")
    }
    out.append("")
    let monthly = rs.filter { $0.date.components.day == 1 }.suffix(24)
    out += TextTable.render(
      header: ["date", "supply", "issuance", "burn", "growth/yr", "staked", "liquid"],
      rows: monthly.map { r in
        [
          r.date.iso, m(r.supply), k(r.issuance),
          k(r.burn) + (r.burnSource == .derived ? "*" : ""), pct(r.growthAnnualised), m(r.staked),
          m(r.liquidFloat),
        ]
      }, rightAligned: [1, 2, 3, 4, 5, 6])
    out += TextLayout.wrap(
      "* burn derived as issuance − Δsupply (no observed burn after 2023-12-22).", width: width,
      indent: 2)
    return out.joined(separator: "\n") + "\n"
  }
}

extension SupplyModel {
  /// The coverage fields in words, for text (JSON keeps the field names).
  static let fieldWords: [String: String] = [
    "supply": "supply", "issuance": "issuance", "burn": "burn",
    "burnObserved": "burn (observed, not derived)", "staked": "staked",
    "etfHeld": "held by ETFs", "liquidFloat": "liquid float",
  ]
}
