import DecoupleAnalysis
import DecoupleData

extension Workspace {
  /// Whether a pair gets ETH's driver attribution: A represents ETH (by its asset, never its
  /// name) and B is neither ETH nor BTC (BTC is one of the factors).
  public static func hasDrivers(_ a: DailySeries, _ b: DailySeries) -> Bool {
    a.asset == "ETH" && b.asset != "ETH" && b.asset != "BTC"
  }

  /// The factor series of the driver attribution, each resolved like any symbol (store first):
  /// `BTC`, `DGS2`, `ETH-ETF-FLOWS` and the supply model's inputs.
  public func driverInputs() throws -> DriverInputs {
    DriverInputs(
      btc: try series("BTC"), dgs2: try series("DGS2"), flows: try series("ETH-ETF-FLOWS"),
      supply: try supplyModel())
  }

  /// The inputs of ETH's supply model, each resolved like any symbol (store first).
  public func supplyInputs() throws -> SupplyInputs {
    SupplyInputs(
      etherscanSupply: try series("ETH-SUPPLY-ES"), glassnodeSupply: try series("ETH-SUPPLY-GN"),
      ultrasoundSupply: try series("ETH-SUPPLY-VQ"), staked: try series("ETH-STAKED"),
      burn: try series("ETH-BURN"), powIssuance: try series("ETH-POW-ISSUANCE"),
      etfFlows: try series("ETH-ETF-FLOWS"), ethPrice: try series("ETH"))
  }

  /// ETH's supply model from ``supplyInputs()``.
  public func supplyModel(
    lagDays: Int = SupplyModel.defaultLagDays, growthWindow: Int = 30
  ) throws -> SupplyModel {
    SupplyModel.build(try supplyInputs(), lagDays: lagDays, growthWindow: growthWindow)
  }

  /// The rate levels of the rates view: `DGS2`, `DGS10` and `DFF`, in that order.
  public func rateLevels() throws -> [DailySeries] {
    try ["DGS2", "DGS10", "DFF"].map { try series($0) }
  }

  /// US spot ETF net flows of `asset` (`ETH` or `BTC`): the total (`ETH-ETF-FLOWS`) and each
  /// fund. Funds come from where the total came from: the embedded file's fund columns, or the
  /// stored `ETH-ETF-FLOWS:FUND` symbols when the total is stored.
  public func etfFlows(_ asset: String) throws -> (total: DailySeries, funds: [DailySeries]) {
    let symbol = asset.uppercased() + "-ETF-FLOWS"
    let total = try series(symbol)
    if total.source.file.hasPrefix("store:") {
      let prefix = symbol + ":"
      let stored = try existingStore()?.symbols() ?? []
      let funds = try stored.filter { $0.uppercased().hasPrefix(prefix) }.map { s in
        var f = try series(s)
        f.name = String(s.dropFirst(prefix.count))
        return f
      }
      return (total, funds)
    }
    guard let entry = Dataset.entry(symbol) else { return (total, []) }
    let file = try Dataset.file(entry.file, options: importOptions)
    return (total, file.series.filter { $0.name != total.source.column })
  }

  /// The decoupling report of A against B, with ETH's drivers when ``hasDrivers(_:_:)`` says
  /// the pair has them and `extras` asks for them. A factor that cannot be read becomes
  /// ``DecouplingReport/driversUnavailable``, never a silent omission.
  public func decouplingReport(
    _ a: DailySeries, _ b: DailySeries, options: AnalysisOptions = .init(),
    rules: EpisodeRules = .init(), extras: DecouplingReport.Extras = .all
  ) throws -> DecouplingReport {
    var inputs: DriverInputs?
    var unavailable: String?
    if extras.contains(.drivers), Self.hasDrivers(a, b) {
      do { inputs = try driverInputs() } catch { unavailable = "a factor series: \(error)" }
    }
    var report = try DecouplingAnalysis.report(
      a, b, options: options, rules: rules, extras: extras, drivers: inputs)
    if let unavailable { report.driversUnavailable = unavailable }
    return report
  }
}
