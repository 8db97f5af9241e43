import Foundation

/// ETH issued by the proof-of-stake protocol, from the active stake, at full participation.
///
/// **Derivation** (consensus specs, Altair onwards). Each validator's base reward per epoch is
/// `effective_balance × BASE_REWARD_FACTOR / √(total_active_balance)` (balances in Gwei,
/// `BASE_REWARD_FACTOR = 64`). At full participation, the attestation, proposer and sync
/// committee rewards together pay out exactly the base reward of every validator each epoch
/// (their weights add up to 64/64), so with total active stake S (Gwei) the epoch issuance is
///
///     Σ eb × 64 / √S = 64 × S / √S = 64 √S Gwei.
///
/// In ETH (S_ETH = S / 1e9): 64 √(1e9 · S_ETH) / 1e9 = 0.0020239 √S_ETH ETH per epoch. An epoch
/// is 32 slots × 12 s = 384 s, so a day has 86 400 / 384 = 225 epochs, and a year (365.25
/// days) 82 181.25:
///
///     daily  = 225 × 64 × √(1e9) / 1e9 × √S = 0.455 37 √S ETH
///     annual = 82 181.25 × 0.0020239 × √S  = 166.3 √S ETH
///
/// (e.g. 30 M ETH staked: 2,494 ETH a day, 911 k a year, 3.04 % of the stake.) It is an upper
/// bound: missed attestations and proposals, and inactivity, pay less; it ignores the
/// integer rounding of `integer_squareroot` and of effective balances (negligible) and
/// execution-layer priority fees and MEV, which are transfers, not issuance.
public enum ConsensusIssuance {
  /// `BASE_REWARD_FACTOR` of the consensus specs.
  public static let baseRewardFactor = 64.0
  /// Epochs per day: 86 400 s / (32 slots × 12 s).
  public static let epochsPerDay = 225.0

  /// ETH issued per day for `staked` ETH of active stake (0 or less: 0).
  public static func daily(staked: Double) -> Double {
    guard staked > 0 else { return 0 }
    return epochsPerDay * baseRewardFactor * (1e9 * staked).squareRoot() / 1e9
  }

  /// ETH issued per year (365.25 days): ≈ 166.3 √S.
  public static func annual(staked: Double) -> Double { 365.25 * daily(staked: staked) }

  /// The coefficient c in annual = c √S (≈ 166.32).
  public static var annualCoefficient: Double { annual(staked: 1) }
}
