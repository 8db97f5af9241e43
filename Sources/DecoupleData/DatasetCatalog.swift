extension Dataset {
  /// Every embedded symbol, in listing order.
  public static let catalog: [DatasetEntry] = prices + fredRates + flows + onchain

  private static let prices: [DatasetEntry] = [
    price("ETH", "ETH-USD.yahoo.csv", "Close", "Ether in US$, Yahoo daily close (UTC day)"),
    price("BTC", "BTC-USD.yahoo.csv", "Close", "Bitcoin in US$, Yahoo daily close (UTC day)"),
    price("ETH-CG", "ETH-USD.coingecko.csv", "price", "Ether in US$, CoinGecko 00:00 UTC snapshot"),
    price(
      "BTC-CG", "BTC-USD.coingecko.csv", "price", "Bitcoin in US$, CoinGecko 00:00 UTC snapshot"),
    price("RUT", "RUT.ibkr.csv", "close", "Russell 2000 index level (IBKR daily bars)"),
    price("SPX", "SPX.ibkr.csv", "close", "S&P 500 index level (IBKR daily bars)"),
    price("IXIC", "IXIC.ibkr.csv", "close", "Nasdaq Composite index level (IBKR daily bars)"),
    price("IWM", "IWM.yahoo.csv", "Close", "iShares Russell 2000 ETF, adjusted close (Yahoo)"),
    price("SPY", "SPY.yahoo.csv", "Close", "SPDR S&P 500 ETF, adjusted close (Yahoo)"),
    price("QQQ", "QQQ.yahoo.csv", "Close", "Invesco QQQ (Nasdaq-100) ETF, adjusted close (Yahoo)"),
    price(
      "ADA-CG", "ADA-USD.coingecko.csv", "price", "Cardano in US$, CoinGecko 00:00 UTC snapshot"),
    price("BNB-CG", "BNB-USD.coingecko.csv", "price", "BNB in US$, CoinGecko 00:00 UTC snapshot"),
    price(
      "LTC-CG", "LTC-USD.coingecko.csv", "price", "Litecoin in US$, CoinGecko 00:00 UTC snapshot"),
    price("XRP-CG", "XRP-USD.coingecko.csv", "price", "XRP in US$, CoinGecko 00:00 UTC snapshot"),
  ]

  private static let fredRates: [DatasetEntry] = [
    ("FEDFUNDS", "Effective federal funds rate, monthly (on the 1st)"),
    ("DFF", "Effective federal funds rate, daily"),
    ("DFEDTARL", "Federal funds target range, lower limit"),
    ("DFEDTARU", "Federal funds target range, upper limit"),
    ("SOFR", "Secured Overnight Financing Rate"),
    ("SOFR1", "SOFR, 1st percentile"), ("SOFR25", "SOFR, 25th percentile"),
    ("SOFR75", "SOFR, 75th percentile"), ("SOFR99", "SOFR, 99th percentile"),
    ("SOFRVOL", "SOFR volume, US$ billions"),
    ("OBFR", "Overnight Bank Funding Rate"),
    ("IORB", "Interest rate on reserve balances"),
    ("TGCR", "Tri-party General Collateral Rate"),
    ("ONRRP", "Overnight reverse repo rate"),
    ("JP10Y", "Japan 10-year government bond yield"),
    ("DGS1MO", "US Treasury 1-month constant-maturity yield"),
    ("DGS3MO", "US Treasury 3-month constant-maturity yield"),
    ("DGS6MO", "US Treasury 6-month constant-maturity yield"),
    ("DGS1", "US Treasury 1-year constant-maturity yield"),
    ("DGS2", "US Treasury 2-year constant-maturity yield"),
    ("DGS3", "US Treasury 3-year constant-maturity yield"),
    ("DGS5", "US Treasury 5-year constant-maturity yield"),
    ("DGS7", "US Treasury 7-year constant-maturity yield"),
    ("DGS10", "US Treasury 10-year constant-maturity yield"),
    ("DGS20", "US Treasury 20-year constant-maturity yield"),
    ("DGS30", "US Treasury 30-year constant-maturity yield"),
    ("ACMTP10", "ACM 10-year Treasury term premium"),
    ("BGCR", "Broad General Collateral Rate"),
  ].map { id, text in
    DatasetEntry(
      symbol: id, file: "fred_rates_wide.csv", column: id, kind: .rate,
      description: text + " (FRED, %)")
  }

  private static let flows: [DatasetEntry] = [
    DatasetEntry(
      symbol: "ETH-ETF-FLOWS", file: "ETH-ETF-flows.farside.csv", column: "Total", kind: .flow,
      description: "US spot Ether ETF net flows, total, US$ m (Farside); per fund: :ETHA …"),
    DatasetEntry(
      symbol: "BTC-ETF-FLOWS", file: "BTC-ETF-flows.farside.csv", column: "Total", kind: .flow,
      description: "US spot Bitcoin ETF net flows, total, US$ m (Farside); per fund: :IBIT …"),
  ]

  /// ETH on-chain files (docs/DATA-SOURCES.md §9). Each is one source as published; `SupplyModel`
  /// merges them.
  private static let onchain: [DatasetEntry] = [
    (
      "ETH-BURN", "ETH_burn_daily.etherscan.csv", "BurntFees",
      "ETH burnt by EIP-1559 base fees per UTC day (Etherscan), 2021-08-06…2023-12-22"
    ),
    (
      "ETH-POW-ISSUANCE", "ETH_network_daily.etherscan.csv", "blockreward",
      "ETH issued to miners per day, PoW block rewards (Etherscan), to 2022-07-18"
    ),
    (
      "ETH-SUPPLY-ES", "ETH_supply_daily.etherscan.csv", "Value",
      "ETH supply, execution layer only (Etherscan), 2015-07-30…2021-08-15"
    ),
    (
      "ETH-SUPPLY-GN", "ETH_supply_daily.glassnode.csv", "total_supply",
      "ETH supply incl. beacon-chain rewards (Glassnode), 2016-01-01…2022-09-01"
    ),
    (
      "ETH-SUPPLY-VQ", "ETH_staking_daily.validatorqueue.json", "supply",
      "ETH supply (ultrasound via validatorqueue) AS RECORDED: lags its date by ~7 days"
    ),
    (
      "ETH-STAKED", "ETH_staking_daily.validatorqueue.json", "staked_amount",
      "ETH in active validators (validatorqueue/beaconcha.in), from 2023-05-21"
    ),
  ].map { symbol, file, column, text in
    DatasetEntry(symbol: symbol, file: file, column: column, kind: .onChain, description: text)
  }

  private static func price(
    _ symbol: String, _ file: String, _ column: String, _ text: String
  ) -> DatasetEntry {
    DatasetEntry(symbol: symbol, file: file, column: column, kind: .price, description: text)
  }
}
