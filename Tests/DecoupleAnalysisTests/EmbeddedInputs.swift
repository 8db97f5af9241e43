import DecoupleAnalysis
import DecoupleData

/// Factor inputs built straight from the embedded dataset, for library-level tests (the
/// product resolves them through the workspace, store first).
enum EmbeddedInputs {
  static func supply() throws -> SupplyInputs {
    SupplyInputs(
      etherscanSupply: try Dataset.load("ETH-SUPPLY-ES"),
      glassnodeSupply: try Dataset.load("ETH-SUPPLY-GN"),
      ultrasoundSupply: try Dataset.load("ETH-SUPPLY-VQ"), staked: try Dataset.load("ETH-STAKED"),
      burn: try Dataset.load("ETH-BURN"), powIssuance: try Dataset.load("ETH-POW-ISSUANCE"),
      etfFlows: try Dataset.load("ETH-ETF-FLOWS"), ethPrice: try Dataset.load("ETH"))
  }

  static func drivers() throws -> DriverInputs {
    DriverInputs(
      btc: try Dataset.load("BTC"), dgs2: try Dataset.load("DGS2"),
      flows: try Dataset.load("ETH-ETF-FLOWS"), supply: SupplyModel.build(try supply()))
  }

  static func rateLevels() throws -> [DailySeries] {
    try ["DGS2", "DGS10", "DFF"].map { try Dataset.load($0) }
  }
}
