/// An alert as kept in the store: one rule, on one watched pair, for one stretch of days.
public struct AlertRecord: Sendable, Equatable, Codable {
  /// `<pair>|<rule key>|<since>`: the same stretch always gets the same id, which makes
  /// recording it twice a no-op and lets a receiver drop a repeat (`Idempotency-Key`).
  public var id: String
  /// The watched pair as the watchlist names it (`ETH/RUT w90 daily`).
  public var pair: String
  /// The rule's stable key and its words.
  public var rule: String
  public var ruleText: String
  /// The closed day it fired on, and the stretch's first day (ISO dates).
  public var day: String
  public var since: String
  /// The day the condition stopped holding; `nil` while the alert is open.
  public var endedOn: String?
  /// When the watch recorded it (ISO 8601, UTC).
  public var firedAt: String
  /// The sentence people read.
  public var sentence: String
  /// The documented JSON body the channels send (one line).
  public var body: String

  public init(
    id: String, pair: String, rule: String, ruleText: String, day: String, since: String,
    endedOn: String? = nil, firedAt: String, sentence: String, body: String
  ) {
    self.id = id
    self.pair = pair
    self.rule = rule
    self.ruleText = ruleText
    self.day = day
    self.since = since
    self.endedOn = endedOn
    self.firedAt = firedAt
    self.sentence = sentence
    self.body = body
  }

  public var isOpen: Bool { endedOn == nil }
}

/// One channel's delivery of one alert.
public struct AlertDelivery: Sendable, Equatable, Codable {
  public enum Status: String, Sendable, Codable {
    /// Not delivered yet: tried again on the next run.
    case pending
    case delivered
  }

  public var alertId: String
  /// The channel's name in the watchlist (`log`, `webhook:team-slack`).
  public var channel: String
  public var status: Status
  public var attempts: Int
  /// The last failure's sentence, if any.
  public var lastError: String?
  /// When it was last tried or delivered (ISO 8601, UTC).
  public var updatedAt: String

  public init(
    alertId: String, channel: String, status: Status = .pending, attempts: Int = 0,
    lastError: String? = nil, updatedAt: String
  ) {
    self.alertId = alertId
    self.channel = channel
    self.status = status
    self.attempts = attempts
    self.lastError = lastError
    self.updatedAt = updatedAt
  }
}

/// What one watch cycle found for one pair, to be recorded at once.
public struct WatchCycleRecord: Sendable {
  /// Alerts raised; one already stored (same id) is left as it is.
  public var alerts: [AlertRecord]
  /// The channels each new alert is to be delivered on (a pending delivery each).
  public var channels: [String]
  /// Open alerts whose stretch has ended: id and the end day.
  public var ended: [(id: String, endedOn: String)]
  /// The last closed day evaluated, per pair and rule key.
  public var cursors: [(pair: String, rule: String, lastDay: String)]

  public init(
    alerts: [AlertRecord], channels: [String], ended: [(id: String, endedOn: String)],
    cursors: [(pair: String, rule: String, lastDay: String)]
  ) {
    self.alerts = alerts
    self.channels = channels
    self.ended = ended
    self.cursors = cursors
  }
}
