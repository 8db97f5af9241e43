import DecoupleData
import DecoupleRender
import DecoupleWorkspace

extension WatchCycle: Presentable {
  /// Pairs that could not be evaluated, refreshes that failed, deliveries that failed.
  public var problems: Int {
    pairs.filter { $0.error != nil }.count + (refresh?.failures.count ?? 0)
      + attempts.filter { $0.error != nil }.count
  }

  public var text: String {
    let n = newAlerts.count
    var lines = [
      "\(n == 0 ? "No new alert" : "\(n) new alert\(n == 1 ? "" : "s")") on \(pairs.count) "
        + "pair\(pairs.count == 1 ? "" : "s") watched to \(lastClosedDay.iso), the last closed day."
    ]
    for a in newAlerts { lines += TextStyle.wrap(a.sentence, indent: 2, prefix: "  ") }
    for f in refresh?.failures ?? [] {
      lines += TextStyle.wrap(
        "Could not refresh \(f.symbol): \(f.message) Its pairs were evaluated on the data held.")
    }
    for p in pairs {
      if let e = p.error {
        lines += TextStyle.wrap("\(p.pair.a)/\(p.pair.b) was not evaluated: \(e)")
      } else if let d = p.evaluatedTo, d < lastClosedDay {
        lines += TextStyle.wrap(
          "\(p.pair.a)/\(p.pair.b): the data end on \(d.iso), so that is the last day evaluated.")
      }
    }
    for a in attempts where a.error != nil {
      lines += TextStyle.wrap("Delivery on \(a.channel) failed: \(a.error!) It stays pending.")
    }
    if !pending.isEmpty {
      lines.append(
        "\(pending.count) deliver\(pending.count == 1 ? "y" : "ies") pending, retried on the next "
          + "run (`decouple alerts` lists them).")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  public var json: JSONValue {
    .object([
      ("lastClosedDay", .string(lastClosedDay.iso)),
      (
        "alerts",
        .array(
          newAlerts.map { a in
            JSONValue.raw(a.body)
          })
      ),
      (
        "pairs",
        .array(
          pairs.map { p in
            .object([
              ("watch", .string(p.pair.key)), ("a", .string(p.pair.a)), ("b", .string(p.pair.b)),
              ("evaluatedTo", p.evaluatedTo.map { .string($0.iso) } ?? .null),
              ("error", p.error.map(JSONValue.string) ?? .null),
              ("newAlerts", .integer(p.newAlerts.count)),
            ])
          })
      ),
      (
        "refreshFailures",
        .array(
          (refresh?.failures ?? []).map {
            .object([("symbol", .string($0.symbol)), ("error", .string($0.message))])
          })
      ),
      (
        "deliveries",
        .array(
          attempts.map {
            .object([
              ("alertId", .string($0.alertId)), ("channel", .string($0.channel)),
              ("delivered", .bool($0.error == nil)),
              ("error", $0.error.map(JSONValue.string) ?? .null),
            ])
          })
      ),
      ("pending", .integer(pending.count)),
    ])
  }

  public var csv: String {
    AlertListing(alerts: newAlerts, deliveries: [], openOnly: false, store: "").csv
  }
}
