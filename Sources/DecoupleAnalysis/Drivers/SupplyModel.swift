import DecoupleData

/// ETH's daily supply, issuance, burn, staking and liquid float, merged from the on-chain
/// sources with their coverage gaps kept as gaps (see docs/DRIVERS.md for every rule).
public struct SupplyModel: Sendable, Equatable {
  /// Where a day's supply comes from, in order of precedence.
  public enum SupplySource: String, Sendable, Codable {
    /// validatorqueue `supply` (ultrasound.money), re-dated `lagDays` earlier.
    case ultrasound
    /// Glassnode total supply (includes beacon-chain rewards from 2020-12).
    case glassnode
    /// Etherscan supply (execution layer only).
    case etherscan
  }

  /// Where a day's issuance comes from.
  public enum IssuanceSource: String, Sendable, Codable {
    /// Etherscan PoW block rewards, before the beacon chain existed.
    case proofOfWork = "pow-block-rewards"
    /// PoW block rewards only, from the beacon chain's launch (2020-12-01) to the Merge:
    /// beacon-chain rewards are NOT included (no staking data for that period).
    case proofOfWorkExecutionOnly = "pow-block-rewards-execution-only"
    /// The protocol's reward curve on the active stake (``ConsensusIssuance``).
    case consensusCurve = "consensus-curve"
  }

  /// Where a day's burn comes from.
  public enum BurnSource: String, Sendable, Codable {
    /// Before the London fork (2021-08-05) nothing was burnt: 0 by protocol.
    case preLondon = "pre-london"
    /// Etherscan's daily burnt fees.
    case etherscan
    /// issuance − Δsupply: DERIVED, not observed (only where issuance is complete).
    case derived
  }

  /// One calendar day. `nil` means not covered (a gap), never zero.
  public struct Row: Sendable, Equatable {
    public var date: Day
    public var supply: Double?
    public var supplySource: SupplySource?
    /// supply − previous day's supply, when both come from the same source.
    public var supplyChange: Double?
    public var issuance: Double?
    public var issuanceSource: IssuanceSource?
    public var burn: Double?
    public var burnSource: BurnSource?
    /// (S_d / S_{d−w})^(365.25 / w) − 1 over the trailing `growthWindow` days.
    public var growthAnnualised: Double?
    /// Active stake, ETH.
    public var staked: Double?
    /// staked / supply.
    public var stakedShare: Double?
    /// ETH held by US spot ETFs, estimated from cumulative flows (0 before the first fund).
    public var etfHeld: Double?
    /// supply − staked − etfHeld.
    public var liquidFloat: Double?
  }

  public var rows: [Row]
  /// Days the validatorqueue supply was moved back (its row date lags the supply by ~7 days).
  public var lagDays: Int
  /// The trailing window of `growthAnnualised`, days.
  public var growthWindow: Int
  /// Per field, the covered span and the gaps inside it.
  public var coverage: [Coverage]
  /// The identity check issuance ≈ Δsupply + burn where the data overlap.
  public var check: SupplyCheck

  /// The row for `day`, if inside the model's span.
  public func row(_ day: Day) -> Row? {
    guard let first = rows.first?.date else { return nil }
    let i = day.daysSince1970 - first.daysSince1970
    return rows.indices.contains(i) ? rows[i] : nil
  }
}

/// Where one field of the model has values: first and last covered day and every gap between.
public struct Coverage: Sendable, Equatable {
  public var field: String
  public var first: Day?
  public var last: Day?
  /// Maximal runs of uncovered days between `first` and `last`.
  public var gaps: [ClosedRange<Day>]

  static func of(_ field: String, _ days: [Day], _ present: [Bool]) -> Coverage {
    guard let f = present.firstIndex(of: true), let l = present.lastIndex(of: true) else {
      return Coverage(field: field, first: nil, last: nil, gaps: [])
    }
    var gaps: [ClosedRange<Day>] = []
    var start: Int?
    for i in f...l {
      if !present[i] {
        if start == nil { start = i }
      } else if let s = start {
        gaps.append(days[s]...days[i - 1])
        start = nil
      }
    }
    return Coverage(field: field, first: days[f], last: days[l], gaps: gaps)
  }
}
