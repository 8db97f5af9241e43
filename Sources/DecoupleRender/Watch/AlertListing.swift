import DecoupleData
import Foundation

/// The output of `decouple alerts`: stored alerts, newest first, with their deliveries.
public struct AlertListing: Sendable, Presentable {
  public var alerts: [AlertRecord]
  public var deliveries: [AlertDelivery]
  /// Whether only open alerts were asked for.
  public var openOnly: Bool
  /// Where they are stored.
  public var store: String

  public init(alerts: [AlertRecord], deliveries: [AlertDelivery], openOnly: Bool, store: String) {
    self.alerts = alerts
    self.deliveries = deliveries
    self.openOnly = openOnly
    self.store = store
  }

  public static let columns = [
    "id", "pair", "rule", "day", "since", "endedOn", "firedAt", "delivered", "pending",
    "sentence",
  ]

  func channels(_ id: String, _ status: AlertDelivery.Status) -> [String] {
    deliveries.filter { $0.alertId == id && $0.status == status }.map(\.channel)
  }

  public var pending: [AlertDelivery] { deliveries.filter { $0.status == .pending } }

  public var json: JSONValue {
    .object([
      ("store", .string(store)), ("openOnly", .bool(openOnly)),
      ("count", .integer(alerts.count)),
      ("open", .integer(alerts.filter(\.isOpen).count)),
      ("pending", .integer(pending.count)),
      (
        "alerts",
        .array(
          alerts.map { a in
            .object([
              ("id", .string(a.id)), ("pair", .string(a.pair)), ("rule", .string(a.rule)),
              ("ruleText", .string(a.ruleText)), ("day", .string(a.day)),
              ("since", .string(a.since)), ("endedOn", a.endedOn.map(JSONValue.string) ?? .null),
              ("firedAt", .string(a.firedAt)), ("sentence", .string(a.sentence)),
              (
                "deliveries",
                .array(
                  deliveries.filter { $0.alertId == a.id }.map { d in
                    .object([
                      ("channel", .string(d.channel)), ("status", .string(d.status.rawValue)),
                      ("attempts", .integer(d.attempts)),
                      ("lastError", d.lastError.map(JSONValue.string) ?? .null),
                      ("updatedAt", .string(d.updatedAt)),
                    ])
                  })
              ),
            ])
          })
      ),
    ])
  }

  public var csv: String {
    CSVWriter.table(
      header: Self.columns,
      rows: alerts.map { a in
        [
          a.id, a.pair, a.rule, a.day, a.since, a.endedOn ?? "", a.firedAt,
          channels(a.id, .delivered).joined(separator: " "),
          channels(a.id, .pending).joined(separator: " "), a.sentence,
        ]
      })
  }

  public var text: String {
    let open = alerts.filter(\.isOpen).count
    guard !alerts.isEmpty else {
      return openOnly
        ? "No open alerts.\n"
        : "No alerts yet: `decouple watch --once` evaluates the watchlist and records them.\n"
    }
    var lines = [
      "\(alerts.count) alert\(alerts.count == 1 ? "" : "s")"
        + (openOnly ? ", all open" : ", \(open) still open")
        + (pending.isEmpty
          ? "." : "; \(pending.count) deliver\(pending.count == 1 ? "y" : "ies") pending.")
    ]
    lines.append("")
    for a in alerts {
      let state = a.endedOn.map { "ended \($0)" } ?? "open"
      lines.append("\(a.day)  \(a.pair) · \(a.ruleText) · \(state)")
      lines += TextStyle.wrap(a.sentence, indent: 2, prefix: "  ")
      for d in deliveries where d.alertId == a.id && d.status == .pending {
        lines += TextStyle.wrap(
          "pending on \(d.channel) after \(d.attempts) attempt\(d.attempts == 1 ? "" : "s")"
            + (d.lastError.map { ": \($0)" } ?? ""), indent: 2, prefix: "  ")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
