import DecoupleData
import DecoupleWorkspace

/// What one watch cycle did.
public struct WatchCycle: Sendable {
  /// One pair's outcome.
  public struct PairResult: Sendable {
    public var pair: Watchlist.Pair
    /// The last closed day evaluated; `nil` when the pair could not be.
    public var evaluatedTo: Day?
    /// Why the pair could not be evaluated (a series missing, too short a history).
    public var error: String?
    public var newAlerts: [AlertRecord]
  }

  /// One delivery tried in the cycle.
  public struct Attempt: Sendable, Equatable {
    public var alertId: String
    public var channel: String
    /// `nil` when delivered.
    public var error: String?
  }

  /// The last day that had ended (UTC) when the cycle ran: nothing later was read.
  public var lastClosedDay: Day
  /// The refresh of the watched series; `nil` when not asked for.
  public var refresh: UpdateReport?
  public var pairs: [PairResult]
  /// Alerts raised in this cycle, for the first time.
  public var newAlerts: [AlertRecord]
  public var attempts: [Attempt]
  /// Deliveries still pending after the cycle (retried on the next).
  public var pending: [AlertDelivery] = []
}
