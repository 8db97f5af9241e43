import DecoupleData
import Foundation

/// The inputs of ``SupplyModel``: each source as published (row-dated). The caller resolves
/// them (the workspace: the store first, then the embedded files `ETH-SUPPLY-ES`,
/// `ETH-SUPPLY-GN`, `ETH-SUPPLY-VQ`, `ETH-STAKED`, `ETH-BURN`, `ETH-POW-ISSUANCE`,
/// `ETH-ETF-FLOWS` and `ETH`).
public struct SupplyInputs: Sendable {
  public var etherscanSupply: DailySeries
  public var glassnodeSupply: DailySeries
  /// validatorqueue `supply`, as recorded (lagging its row date).
  public var ultrasoundSupply: DailySeries
  public var staked: DailySeries
  public var burn: DailySeries
  public var powIssuance: DailySeries
  /// US spot ETH ETF net flows, US$ millions (total), and the ETH price to convert them.
  public var etfFlows: DailySeries
  public var ethPrice: DailySeries

  public init(
    etherscanSupply: DailySeries, glassnodeSupply: DailySeries, ultrasoundSupply: DailySeries,
    staked: DailySeries, burn: DailySeries, powIssuance: DailySeries, etfFlows: DailySeries,
    ethPrice: DailySeries
  ) {
    self.etherscanSupply = etherscanSupply
    self.glassnodeSupply = glassnodeSupply
    self.ultrasoundSupply = ultrasoundSupply
    self.staked = staked
    self.burn = burn
    self.powIssuance = powIssuance
    self.etfFlows = etfFlows
    self.ethPrice = ethPrice
  }
}

extension SupplyModel {
  /// London (EIP-1559) activated on 2021-08-05 at ~12:33 UTC: burn is 0 before that day.
  public static let london = Day(year: 2021, month: 8, day: 5)!
  /// The beacon chain's genesis: from here PoW rewards are not all the issuance.
  public static let beaconGenesis = Day(year: 2020, month: 12, day: 1)!
  /// The Merge (2022-09-15): issuance is the consensus curve from here.
  public static let merge = Day(year: 2022, month: 9, day: 15)!
  /// Days the validatorqueue supply is moved back. docs/DATA-SOURCES.md describes it as the first point
  /// of ultrasound's 7-day window (a ~7-day lag), but the identity check says otherwise: the
  /// daily Δsupply + burn matches the issuance best at a 2-day shift (RMSE 217 ETH/day, against
  /// 1,146 at 7 days; see ``SupplyCheck/lagScan``). The data's lag is the default.
  public static let defaultLagDays = 2

  /// Builds the model from `inputs`; `lagDays` moves the ultrasound supply back, `growthWindow`
  /// sets the trailing window of the annualised growth.
  public static func build(
    _ inputs: SupplyInputs, lagDays: Int = defaultLagDays, growthWindow: Int = 30
  ) -> SupplyModel {
    precondition(growthWindow >= 1, "growthWindow must be at least 1")
    func map(_ s: DailySeries) -> [Day: Double] {
      Dictionary(uniqueKeysWithValues: zip(s.days, s.values))
    }
    let es = map(inputs.etherscanSupply)
    let gn = map(inputs.glassnodeSupply)
    let vq = map(inputs.ultrasoundSupply)
    let staked = map(inputs.staked)
    let burn = map(inputs.burn)
    let blockRewards = map(inputs.powIssuance)
    let flows = map(inputs.etfFlows)
    let price = map(inputs.ethPrice)
    let all = [
      inputs.etherscanSupply, inputs.glassnodeSupply, inputs.staked, inputs.burn,
      inputs.powIssuance,
    ]
    guard let start = all.compactMap(\.firstDay).min(),
      let end =
        (all.compactMap(\.lastDay)
        + [inputs.ultrasoundSupply.lastDay?.adding(days: -lagDays)].compactMap { $0 }).max()
    else {
      return SupplyModel(
        rows: [], lagDays: lagDays, growthWindow: growthWindow, coverage: [],
        check: .compute(
          staked: [:], vqSupply: [:], burn: [:], lag: lagDays, period: SupplyCheck.period))
    }
    let firstFlow = inputs.etfFlows.firstDay
    var rows: [Row] = []
    var etfHeld: Double? = 0
    var d = start
    while d <= end {
      var r = Row(date: d)
      if let v = vq[d.adding(days: lagDays)] {
        (r.supply, r.supplySource) = (v, .ultrasound)
      } else if let v = gn[d] {
        (r.supply, r.supplySource) = (v, .glassnode)
      } else if let v = es[d] {
        (r.supply, r.supplySource) = (v, .etherscan)
      }
      if let prev = rows.last, let s = r.supply, let p = prev.supply,
        prev.supplySource == r.supplySource
      {
        r.supplyChange = s - p
      }
      if let s = r.supply, rows.count >= growthWindow,
        case let back = rows[rows.count - growthWindow], let s0 = back.supply,
        back.supplySource == r.supplySource
      {
        r.growthAnnualised = pow(s / s0, 365.25 / Double(growthWindow)) - 1
      }
      if let p = blockRewards[d] {
        r.issuance = p
        r.issuanceSource = d < beaconGenesis ? .proofOfWork : .proofOfWorkExecutionOnly
      } else if d >= merge, let s = staked[d] {
        r.issuance = ConsensusIssuance.daily(staked: s)
        r.issuanceSource = .consensusCurve
      }
      if d < london {
        (r.burn, r.burnSource) = (0, .preLondon)
      } else if let b = burn[d] {
        (r.burn, r.burnSource) = (b, .etherscan)
      } else if r.issuanceSource == .consensusCurve, let i = r.issuance, let ds = r.supplyChange {
        (r.burn, r.burnSource) = (i - ds, .derived)
      }
      r.staked = staked[d]
      if let s = r.staked, let sup = r.supply { r.stakedShare = s / sup }
      // ETF holdings: a stock that changes on flow days; unknown from the first flow day
      // without a price onwards (never guessed).
      if let f = flows[d], let first = firstFlow, d >= first {
        if let p = price[d], p > 0, let h = etfHeld {
          etfHeld = h + f * 1e6 / p
        } else {
          etfHeld = nil
        }
      }
      r.etfHeld = etfHeld
      if let s = r.supply, let st = r.staked, let e = r.etfHeld { r.liquidFloat = s - st - e }
      rows.append(r)
      d = d.adding(days: 1)
    }
    let days = rows.map(\.date)
    let coverage = [
      Coverage.of("supply", days, rows.map { $0.supply != nil }),
      Coverage.of("issuance", days, rows.map { $0.issuance != nil }),
      Coverage.of("burn", days, rows.map { $0.burn != nil }),
      Coverage.of("burnObserved", days, rows.map { $0.burnSource == .etherscan }),
      Coverage.of("staked", days, rows.map { $0.staked != nil }),
      Coverage.of("etfHeld", days, rows.map { $0.etfHeld != nil && $0.date >= (firstFlow ?? end) }),
      Coverage.of("liquidFloat", days, rows.map { $0.liquidFloat != nil }),
    ]
    return SupplyModel(
      rows: rows, lagDays: lagDays, growthWindow: growthWindow, coverage: coverage,
      check: .compute(
        staked: staked, vqSupply: vq, burn: burn, lag: lagDays, period: SupplyCheck.period))
  }
}

extension SupplyModel.Row {
  init(date: Day) { self.date = date }
}
