import DecoupleData

/// The supply identity checked where issuance, supply and observed burn overlap:
/// issuance (reward curve) ≈ Δsupply (re-dated ultrasound) + burn (Etherscan).
public struct SupplyCheck: Sendable, Equatable {
  /// First and last day compared, and how many days had all three (others are skipped).
  public var from: Day?
  public var to: Day?
  public var days: Int
  /// Sums over those days, ETH.
  public var issuance: Double
  public var supplyChange: Double
  public var burn: Double
  /// issuance − (Δsupply + burn), ETH over the period.
  public var residual: Double { issuance - supplyChange - burn }
  /// residual / issuance.
  public var relativeResidual: Double { residual / issuance }
  /// √mean((issuance − Δsupply − burn)²) per day, ETH.
  public var dailyRMSE: Double
  /// The same RMSE when the validatorqueue supply is moved back by each lag 0…14 days: the
  /// smallest shows the lag the data support.
  public var lagScan: [(lag: Int, rmse: Double)]

  public var bestLag: Int? { lagScan.min { $0.rmse < $1.rmse }?.lag }

  public static func == (a: SupplyCheck, b: SupplyCheck) -> Bool {
    a.from == b.from && a.to == b.to && a.days == b.days && a.issuance == b.issuance
      && a.supplyChange == b.supplyChange && a.burn == b.burn && a.dailyRMSE == b.dailyRMSE
      && a.lagScan.map(\.lag) == b.lagScan.map(\.lag)
      && a.lagScan.map(\.rmse) == b.lagScan.map(\.rmse)
  }

  /// The default comparison period (docs/DATA-SOURCES.md §9: staking from 2023-05-21, burn to 2023-12-22).
  public static let period =
    Day(year: 2023, month: 5, day: 1)!...Day(year: 2023, month: 12, day: 31)!

  /// Compares over `period`. `vqSupply` is the validatorqueue supply as recorded (row-dated).
  static func compute(
    staked: [Day: Double], vqSupply: [Day: Double], burn: [Day: Double], lag: Int,
    period: ClosedRange<Day>
  ) -> SupplyCheck {
    func pass(_ lag: Int) -> (days: [Day], i: Double, ds: Double, b: Double, rmse: Double) {
      var days: [Day] = []
      var (i, ds, b, sq) = (0.0, 0.0, 0.0, 0.0)
      var d = period.lowerBound
      while d <= period.upperBound {
        defer { d = d.adding(days: 1) }
        guard let s = staked[d], let s1 = vqSupply[d.adding(days: lag)],
          let s0 = vqSupply[d.adding(days: lag - 1)], let bu = burn[d]
        else { continue }
        let iss = ConsensusIssuance.daily(staked: s)
        days.append(d)
        i += iss
        ds += s1 - s0
        b += bu
        sq += (iss - (s1 - s0) - bu) * (iss - (s1 - s0) - bu)
      }
      return (days, i, ds, b, days.isEmpty ? .nan : (sq / Double(days.count)).squareRoot())
    }
    let main = pass(lag)
    return SupplyCheck(
      from: main.days.first, to: main.days.last, days: main.days.count, issuance: main.i,
      supplyChange: main.ds, burn: main.b, dailyRMSE: main.rmse,
      lagScan: (0...14).map { ($0, pass($0).rmse) })
  }
}
