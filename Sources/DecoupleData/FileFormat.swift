/// The file layouts the importer recognises from a header row.
public enum FileFormat: String, Sendable, CaseIterable, Codable {
  /// Yahoo Finance / yfinance daily: `Date,Open,High,Low,Close[,Adj Close],Volume`.
  case yahooDaily = "yahoo-daily"
  /// Yahoo hourly: `Date,Time,Open,High,Low,Close,Volume`; times read as UTC.
  case yahooHourly = "yahoo-hourly"
  /// Interactive Brokers daily bars: `date,open,high,low,close,volume,wap,count`, bare dates.
  case ibkrDaily = "ibkr-daily"
  /// Interactive Brokers intraday bars: the same header, timestamps with UTC offsets.
  case ibkrIntraday = "ibkr-intraday"
  /// CoinGecko export: `snapped_at,price,market_cap,total_volume`.
  case coingecko
  /// A wide table of FRED series: `date` and one column per series id.
  case fredWide = "fred-wide"
  /// FRED's own single-series CSV: `observation_date,ID` or `DATE,ID`, `.` for missing.
  case fred
  /// Farside ETF flows: `date`, one column per fund and a total (`Total` or `COL11`).
  case farside
  /// Etherscan chart export: quoted fields, `"Date(UTC)"` in M/D/YYYY.
  case etherscan
  /// Etherscan daily network statistics table: `Date,tx,transactionfee,…`.
  case etherscanNetwork = "etherscan-network"
  /// The validatorqueue.com staking history: a JSON array of daily objects (`StakingFile`).
  case validatorQueue = "validatorqueue-json"
  /// Investing.com historical data: `"Date","Price","Open","High","Low","Vol.","Change %"`,
  /// every field quoted, `MM/DD/YYYY` or `Jun 04, 2026` dates, `1,769.58`, `10.69M` volumes,
  /// newest row first. The value is `Price`.
  case investing
  /// Binance kline dumps (data.binance.vision): no header, 12 columns from `open_time` (epoch
  /// milliseconds, or microseconds since 2025) to `ignore`; a row is dated by the UTC day of
  /// its open time. The value is `close`.
  case binance = "binance-klines"
  /// TradingView chart export: `time,open,high,low,close[,Volume,…]`, `time` in unix seconds
  /// or ISO 8601 with an offset (the local day is the bar's day). The value is `close`.
  case tradingView = "tradingview"
  /// A European spreadsheet CSV: `;` between fields, decimal comma, day-first dates, local
  /// header names (`Datum;Eröffnung;Hoch;Tief;Schluss;Volumen`, `Date;Ouverture;…;Clôture`,
  /// `Datum;Slot`). The value is the close (`Schluss`, `Schlusskurs`, `Clôture`, `Slot`, …).
  case european = "european-csv"
  /// Any CSV whose date column (the first, or the one picked) holds dates.
  case generic
}

extension FileFormat {
  /// FRED series ids that mark a `date,…` table as a FRED wide table.
  static let fredIDs: Set<String> = [
    "FEDFUNDS", "DFF", "DFEDTARL", "DFEDTARU", "SOFR", "SOFR1", "SOFR25", "SOFR75", "SOFR99",
    "SOFRVOL", "OBFR", "IORB", "TGCR", "ONRRP", "JP10Y", "DGS1MO", "DGS3MO", "DGS6MO", "DGS1",
    "DGS2", "DGS3", "DGS5", "DGS7", "DGS10", "DGS20", "DGS30", "ACMTP10", "BGCR", "T10Y2Y",
    "DTB3", "WALCL", "RRPONTSYD",
  ]

  /// The format a header names, or `nil` when it names none of the specific ones (the file may
  /// still be `generic` if its first column holds dates).
  ///
  /// `firstDate` is the first data row's cell in the first column; it tells IBKR daily bars
  /// (bare dates) from intraday ones (timestamps).
  public static func detect(header: [String], firstDate: String) -> FileFormat? {
    guard let first = header.first else { return nil }
    let names = Set(header)
    let ohlc = ["Open", "High", "Low", "Close"].allSatisfy(names.contains)
    if header == FileShape.binanceColumns { return .binance }
    if first == "Date", names.contains("Price"),
      names.contains("Vol.") || names.contains("Change %")
    {
      return .investing
    }
    if first.lowercased() == "time",
      ["open", "high", "low", "close"].allSatisfy({ n in header.contains { $0.lowercased() == n } })
    {
      return .tradingView
    }
    if first == "Date", header.count > 1, header[1] == "Time", ohlc { return .yahooHourly }
    if first == "Date", ohlc { return .yahooDaily }
    if first == "Date", names.contains("transactionfee") || names.contains("dailyethburnt") {
      return .etherscanNetwork
    }
    if Array(header.prefix(5)) == ["date", "open", "high", "low", "close"] {
      let timed = firstDate.contains(":")
      return timed ? .ibkrIntraday : .ibkrDaily
    }
    if first == "snapped_at", names.contains("price") { return .coingecko }
    if first == "Date(UTC)" { return .etherscan }
    if header.count == 2, first == "observation_date" || first == "DATE" { return .fred }
    if first.lowercased() == "date", header.count >= 3, let last = header.last,
      last.lowercased() == "total" || isUnnamedColumn(last)
    {
      return .farside
    }
    if first == "date", header.dropFirst().contains(where: fredIDs.contains) { return .fredWide }
    return nil
  }

  /// `COL11`-style names that spreadsheet tools give unnamed columns.
  static func isUnnamedColumn(_ name: String) -> Bool {
    let u = name.utf8
    return u.count > 3 && name.hasPrefix("COL") && u.dropFirst(3).allSatisfy { $0 &- 48 < 10 }
  }

  /// Whether the format's files hold intraday bars.
  public var isIntraday: Bool { self == .yahooHourly || self == .ibkrIntraday }

  /// The calendar of a daily file in this format, given whether it has weekend rows.
  func calendar(hasWeekends: Bool) -> MarketCalendar {
    switch self {
    case .fredWide, .fred, .farside, .etherscan, .etherscanNetwork, .validatorQueue: .published
    default: hasWeekends ? .continuous : .exchange
    }
  }
}
