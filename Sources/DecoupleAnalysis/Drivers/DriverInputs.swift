import DecoupleData

/// The factor series behind ETH's driver attribution, supplied by the caller (the workspace
/// resolves them from the store, then the embedded dataset): BTC prices, the 2-year Treasury
/// yield, US spot ETH ETF net flows and the supply model.
public struct DriverInputs: Sendable {
  public var btc: DailySeries
  public var dgs2: DailySeries
  public var flows: DailySeries
  public var supply: SupplyModel

  public init(btc: DailySeries, dgs2: DailySeries, flows: DailySeries, supply: SupplyModel) {
    self.btc = btc
    self.dgs2 = dgs2
    self.flows = flows
    self.supply = supply
  }
}

extension DriverAttribution {
  /// The attribution of `target` against `equity` and `inputs` over `options`' range and window.
  /// - Throws: ``AnalysisError/historyTooShort(a:b:needed:available:first:last:)`` when the
  ///   factors share no more than `options.window` days with the pair.
  public static func compute(
    target: DailySeries, equity: DailySeries, inputs: DriverInputs, options: AnalysisOptions
  ) throws -> DriverAttribution {
    let panel = FactorPanel.build(
      target: target, equity: equity, btc: inputs.btc, dgs2: inputs.dgs2, flows: inputs.flows,
      supply: inputs.supply, from: options.from, to: options.to)
    guard panel.days.count > options.window else {
      throw AnalysisError.historyTooShort(
        a: target.name, b: equity.name, needed: options.window + 1, available: panel.days.count,
        first: panel.days.first, last: panel.days.last)
    }
    return compute(panel, window: options.window, minPeriods: options.minPeriods)
  }
}
