/// A dated event that may have changed how an asset trades: a protocol upgrade, an ETF's
/// approval or launch. Charts mark them; an analysis may compare before and after.
public struct MarketEvent: Sendable, Equatable {
  public var date: Day
  /// A short label for a chart marker ("The Merge").
  public var label: String
  /// The assets it concerns (`ETH`, `BTC`).
  public var assets: [String]
  /// Where the date comes from.
  public var source: String

  public init(date: Day, label: String, assets: [String], source: String) {
    self.date = date
    self.label = label
    self.assets = assets
    self.source = source
  }

  /// The embedded catalogue, oldest first: Ethereum's upgrades on mainnet (the day of the
  /// activating block, UTC) and the first US spot ETFs' approval and first trading days.
  public static let catalogue: [MarketEvent] = [
    .init(
      date: Day(iso: "2021-08-05")!, label: "EIP-1559 (London)", assets: ["ETH"],
      source: "ethereum.org, History of Ethereum: London, block 12,965,000"),
    .init(
      date: Day(iso: "2022-09-15")!, label: "The Merge", assets: ["ETH"],
      source: "ethereum.org, History of Ethereum: Paris (The Merge), block 15,537,394"),
    .init(
      date: Day(iso: "2023-04-12")!, label: "Shapella", assets: ["ETH"],
      source: "ethereum.org, History of Ethereum: Shanghai/Capella, epoch 194,048"),
    .init(
      date: Day(iso: "2024-01-10")!, label: "Spot BTC ETFs approved", assets: ["BTC", "ETH"],
      source: "SEC order, Release No. 34-99306 (2024-01-10)"),
    .init(
      date: Day(iso: "2024-01-11")!, label: "Spot BTC ETFs launch", assets: ["BTC", "ETH"],
      source: "first trading day of the US spot bitcoin ETFs (NYSE Arca, Nasdaq, Cboe)"),
    .init(
      date: Day(iso: "2024-03-13")!, label: "Dencun", assets: ["ETH"],
      source: "ethereum.org, History of Ethereum: Cancun-Deneb, epoch 269,568"),
    .init(
      date: Day(iso: "2024-05-23")!, label: "Spot ETH ETFs: 19b-4 approved", assets: ["ETH"],
      source: "SEC order, Release No. 34-100224 (2024-05-23)"),
    .init(
      date: Day(iso: "2024-07-23")!, label: "Spot ETH ETFs launch", assets: ["ETH"],
      source: "first trading day of the US spot ether ETFs"),
    .init(
      date: Day(iso: "2025-05-07")!, label: "Pectra", assets: ["ETH"],
      source: "ethereum.org, History of Ethereum: Prague-Electra, epoch 364,032"),
  ]
}
