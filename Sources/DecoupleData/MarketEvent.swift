/// A dated event that may have changed how an asset trades: a protocol upgrade, an ETF's
/// approval or launch. Charts mark them; an analysis may compare before and after.
public struct MarketEvent: Sendable, Equatable {
  public var date: Day
  /// What happened ("Spot ETH ETFs: 19b-4 approved").
  public var label: String
  /// A word or two for a chart marker ("ETH ETFs approved").
  public var short: String
  /// The assets it concerns (`ETH`, `BTC`).
  public var assets: [String]
  /// Where the date comes from.
  public var source: String

  public init(date: Day, label: String, short: String, assets: [String], source: String) {
    self.date = date
    self.label = label
    self.short = short
    self.assets = assets
    self.source = source
  }

  /// The embedded catalogue, oldest first: Ethereum's upgrades on mainnet (the day of the
  /// activating block, UTC) and the first US spot ETFs' approval and first trading days.
  public static let catalogue: [MarketEvent] = [
    .init(
      date: Day(iso: "2021-08-05")!, label: "EIP-1559 (London)", short: "London",
      assets: ["ETH"],
      source: "ethereum.org, History of Ethereum: London, block 12,965,000"),
    .init(
      date: Day(iso: "2022-09-15")!, label: "The Merge", short: "Merge",
      assets: ["ETH"],
      source: "ethereum.org, History of Ethereum: Paris (The Merge), block 15,537,394"),
    .init(
      date: Day(iso: "2023-04-12")!, label: "Shapella", short: "Shapella",
      assets: ["ETH"],
      source: "ethereum.org, History of Ethereum: Shanghai/Capella, epoch 194,048"),
    .init(
      date: Day(iso: "2024-01-10")!, label: "Spot BTC ETFs approved", short: "BTC ETFs approved",
      assets: ["BTC", "ETH"],
      source: "SEC order, Release No. 34-99306 (2024-01-10)"),
    .init(
      date: Day(iso: "2024-01-11")!, label: "Spot BTC ETFs launch", short: "BTC ETFs trade",
      assets: ["BTC", "ETH"],
      source: "first trading day of the US spot bitcoin ETFs (NYSE Arca, Nasdaq, Cboe)"),
    .init(
      date: Day(iso: "2024-03-13")!, label: "Dencun", short: "Dencun",
      assets: ["ETH"],
      source: "ethereum.org, History of Ethereum: Cancun-Deneb, epoch 269,568"),
    .init(
      date: Day(iso: "2024-05-23")!, label: "Spot ETH ETFs: 19b-4 approved",
      short: "ETH ETFs approved",
      assets: ["ETH"],
      source: "SEC order, Release No. 34-100224 (2024-05-23)"),
    .init(
      date: Day(iso: "2024-07-23")!, label: "Spot ETH ETFs launch", short: "ETH ETFs trade",
      assets: ["ETH"],
      source: "first trading day of the US spot ether ETFs"),
    .init(
      date: Day(iso: "2025-05-07")!, label: "Pectra", short: "Pectra",
      assets: ["ETH"],
      source: "ethereum.org, History of Ethereum: Prague-Electra, epoch 364,032"),
  ]
}
