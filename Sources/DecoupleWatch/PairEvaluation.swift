import DecoupleAnalysis
import DecoupleData
import DecoupleRender
import DecoupleWorkspace

/// One pair's rules evaluated on its closed days since the last cycle.
struct PairEvaluation: Sendable {
  var pair: Watchlist.Pair
  var alerts: [AlertRecord] = []
  var ended: [(id: String, endedOn: String)] = []
  var cursors: [(pair: String, rule: String, lastDay: String)] = []
  /// The last closed day the pair was evaluated to; `nil` when it could not be.
  var evaluatedTo: Day?
  var error: String?

  init(
    _ pair: Watchlist.Pair, asOf: Day, cache: SeriesCache, cursors known: [String: String],
    open: [String: [AlertRecord]], firedAt: String
  ) {
    self.pair = pair
    let summary: DecouplingSummary
    do {
      let options = AnalysisOptions(window: pair.window, to: asOf, frequency: pair.frequency)
      summary = try DecouplingAnalysis.analyze(
        try cache.series(pair.a), try cache.series(pair.b), options: options)
    } catch {
      self.error = "\(error)"
      return
    }
    evaluatedTo = summary.asOf
    for rule in pair.rules {
      let key = "\(pair.key)|\(rule.key)"
      let from = known[key].flatMap { Day(iso: $0) }.map { $0.adding(days: 1) }
      let stillOpen = open[key] ?? []
      if rule.condition == .changePoint {
        changePoint(rule, summary, from: from, open: stillOpen, firedAt: firedAt)
      } else if case .entersDynamic = rule.condition {
        dynamic(rule, summary, from: from, open: stillOpen, firedAt: firedAt)
      } else {
        let evaluation = AlertEngine.evaluate(rule, in: summary)
        let events = AlertEngine.events(evaluation, in: summary, from: from)
        alerts += events.map { Self.record($0, pair: pair, summary: summary, firedAt: firedAt) }
        let ends = Dictionary(
          evaluation.stretches.compactMap { s in
            s.end.map { (summary.rows[s.start].date.iso, summary.rows[$0].date.iso) }
          }, uniquingKeysWith: { a, _ in a })
        ended += stillOpen.compactMap { a in ends[a.since].map { (a.id, $0) } }
      }
      cursors.append((pair.key, rule.key, summary.asOf.iso))
    }
  }

  /// The change-point rule, live: the relationship fitted on the data to the as-of day. One
  /// alert while a recent change stands (an open alert holds it), named by the change's day.
  mutating func changePoint(
    _ rule: AlertRule, _ summary: DecouplingSummary, from: Day?, open: [AlertRecord],
    firedAt: String
  ) {
    if let from, from > summary.asOf { return }
    guard let event = AlertEngine.currentChangePoint(rule, in: summary) else {
      ended += open.map { ($0.id, summary.asOf.iso) }
      return
    }
    guard open.isEmpty else { return }
    alerts.append(Self.record(event, pair: pair, summary: summary, firedAt: firedAt))
  }

  /// The dynamic correlation entering its extreme, live: one fit on the data to the as-of
  /// day. Its parameters move a little with each new day, and with them the stretch's first
  /// day, so an open alert holds the rule until the stretch ends (no second alert for the
  /// same stretch under another first day).
  mutating func dynamic(
    _ rule: AlertRule, _ summary: DecouplingSummary, from: Day?, open: [AlertRecord],
    firedAt: String
  ) {
    let events = AlertEngine.events(rule, in: summary, from: from)
    let holding = events.last.map { $0.endedOn == nil } ?? false
    if !holding && (from.map { $0 <= summary.asOf } ?? true) {
      ended += open.map { ($0.id, summary.asOf.iso) }
    }
    let fresh = open.isEmpty ? events : events.filter { $0.endedOn != nil }
    alerts += fresh.map { Self.record($0, pair: pair, summary: summary, firedAt: firedAt) }
  }

  /// The stored alert: its id, words and documented body.
  static func record(
    _ e: AlertEvent, pair: Watchlist.Pair, summary: DecouplingSummary, firedAt: String
  ) -> AlertRecord {
    let id = "\(pair.key)|\(e.rule.key)|\(e.since.iso)"
    let body = AlertBody.json(
      e, id: id, pair: pair, a: summary.nameA, b: summary.nameB, firedAt: firedAt, replay: false)
    return AlertRecord(
      id: id, pair: pair.key, rule: e.rule.key, ruleText: e.rule.label, day: e.day.iso,
      since: e.since.iso, endedOn: e.endedOn?.iso, firedAt: firedAt,
      sentence: "\(summary.nameA)/\(summary.nameB): " + e.sentence,
      body: body.serialized(pretty: false))
  }
}

/// The documented JSON body every channel carries (docs/WATCH.md).
public enum AlertBody {
  /// Version of the body's layout; a field is only ever added.
  public static let version = 1

  public static func json(
    _ e: AlertEvent, id: String, pair: Watchlist.Pair, a: String, b: String, firedAt: String,
    replay: Bool
  ) -> JSONValue {
    var fields: [(String, JSONValue)] = [
      ("version", .integer(version)), ("id", .string(id)),
      ("pair", .object([("a", .string(a)), ("b", .string(b))])), ("watch", .string(pair.key)),
      ("window", .integer(pair.window)), ("frequency", .string(pair.frequency.rawValue)),
    ]
    if case .object(let more) = e.json { fields += more }
    fields += [("firedAt", .string(firedAt)), ("replay", .bool(replay))]
    return .object(fields)
  }
}
