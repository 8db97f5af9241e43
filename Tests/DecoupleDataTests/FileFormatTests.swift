import DecoupleData
import Testing

@Suite struct FileFormatTests {
  @Test(arguments: [
    ("Date,Open,High,Low,Close,Volume", "2024-01-02", FileFormat.yahooDaily),
    ("Date,Open,High,Low,Close,Adj Close,Volume", "2024-01-02", .yahooDaily),
    ("Date,Time,Open,High,Low,Close,Volume", "2024-01-02", .yahooHourly),
    ("date,open,high,low,close,volume,wap,count", "2016-06-28", .ibkrDaily),
    ("date,open,high,low,close,volume,wap,count", "2021-10-19 13:30:00+00:00", .ibkrIntraday),
    ("snapped_at,price,market_cap,total_volume", "2019-09-01", .coingecko),
    ("date,FEDFUNDS,DFF,DGS2", "1954-07-01", .fredWide),
    ("observation_date,DGS2", "2024-01-02", .fred),
    ("DATE,DGS2", "2024-01-02", .fred),
    ("date,ETHA,ETHB,COL11", "2024-07-23", .farside),
    ("date,IBIT,FBTC,Total", "2024-01-11", .farside),
    ("Date(UTC),UnixTimeStamp,Value", "7/30/2015", .etherscan),
    ("Date,tx,transactionfee,blocks,dailyethburnt", "2015-07-30", .etherscanNetwork),
    ("Date,Price,Open,High,Low,Vol.,Change %", "06/04/2026", .investing),
    ("time,open,high,low,close,Volume", "1717372800", .tradingView),
    (
      "open_time,open,high,low,close,volume,close_time,quote_volume,trades,taker_buy_base,"
        + "taker_buy_quote,ignore", "1717372800000", .binance
    ),
  ])
  func detects(header: String, firstDate: String, format: FileFormat) {
    let names = header.split(separator: ",").map(String.init)
    #expect(FileFormat.detect(header: names, firstDate: firstDate) == format)
  }

  @Test func genericHeadersAreNotDetected() {
    #expect(FileFormat.detect(header: ["t", "total_supply"], firstDate: "2016-01-01") == nil)
    #expect(FileFormat.detect(header: ["date", "value"], firstDate: "2016-01-01") == nil)
  }

  @Test func rawValues() {
    #expect(FileFormat.allCases.count == 16)
    #expect(FileFormat(rawValue: "binance-klines") == .binance)
    #expect(FileFormat(rawValue: "european-csv") == .european)
    #expect(FileFormat(rawValue: "validatorqueue-json") == .validatorQueue)
    #expect(FileFormat(rawValue: "etherscan-network") == .etherscanNetwork)
    #expect(FileFormat.ibkrIntraday.isIntraday && !FileFormat.ibkrDaily.isIntraday)
  }
}
