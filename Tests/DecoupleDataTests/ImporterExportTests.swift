import DecoupleData
import Foundation
import TestSupport
import Testing

/// The exports people have (Investing.com, Binance klines, TradingView, European Excel CSV,
/// Yahoo with Adj Close, headerless files): each fixture holds the embedded ETH-USD closes from
/// 2024-01-01 to 2025-06-30 rounded to cents (tools/fixtures/exports.py), so each must give the
/// Yahoo-layout file's series exactly — same days, same doubles.
@Suite struct ImporterExportTests {
  func day(_ s: String) -> Day { Day(iso: s)! }

  func read(_ name: String, _ options: ImportOptions = .init()) throws -> ImportedFile {
    try Importer.read(contentsOf: Fixture.url("exports/" + name), options: options)
  }

  /// The Yahoo-layout original: 547 days (the partial 2025-07-01 is dropped), from Adj Close.
  func yahoo() throws -> DailySeries {
    let f = try read("ETH-USD.yahoo.csv")
    #expect(f.format == .yahooDaily)
    let s = try f.series(column: nil)
    #expect(s.source.column == "Adj Close" && s.name == "Adj Close")
    #expect(s.notes.contains { $0.contains("'Adj Close'") })
    #expect(s.notes.contains { $0.contains("2025-07-01") && $0.contains("partial") })
    #expect(s.count == 547 && s.firstDay == day("2024-01-01") && s.lastDay == day("2025-06-30"))
    return s
  }

  @Test(arguments: [
    ("Ethereum Historical Data.investing.csv", FileFormat.investing, "Price"),
    ("ETH_USD Historical Data.investing-named.csv", .investing, "Price"),
    ("ETHUSDT-1d.binance.csv", .binance, "close"),
    ("BITSTAMP_ETHUSD, 1D.tradingview.csv", .tradingView, "close"),
    ("ETH-EUR.excel-de.csv", .european, "Schluss"),
    ("ETH.excel-fr.csv", .european, "Clôture"),
    ("ETH.headerless.csv", .generic, "value"),
  ])
  func exportGivesTheYahooSeries(file: String, format: FileFormat, column: String) throws {
    let original = try yahoo()
    let f = try read(file)
    #expect(f.format == format)
    let s = try f.series(column: nil)
    #expect(s.source.column == column)
    #expect(s.days == original.days)
    #expect(s.values == original.values)
    #expect(s.calendar == .continuous)
  }

  @Test func investingVolumesAndChanges() throws {
    let f = try read("Ethereum Historical Data.investing.csv")
    #expect(f.notes.contains { $0.contains("descending") })
    // 2024-01-01: 6,906,765,990 USD at 2,352.33 is 2.94M ETH; 2025-06-30 is 6.78M, −0.58 %.
    let volume = try f.series(column: "Vol.")
    #expect(volume.values.first == 2_940_000 && volume.values.last == 6_780_000)
    // Every 97th row from the 14th writes "-" (no volume): left out, not an error.
    #expect(volume.count == 547 - 6)
    let change = try f.series(column: "Change %")
    #expect(change.values.last == -0.58)
  }

  @Test func binanceMillisecondsAndMicroseconds() throws {
    let f = try read("ETHUSDT-1d.binance.csv")
    #expect(f.columns.count == 9 && !f.columns.contains("close_time"))
    #expect(f.notes.contains { $0.contains("UTC day of its open time") })
    let s = try f.series(column: nil)
    // 2024-12-31 is the last millisecond row, 2025-01-01 the first microsecond one.
    let i = try #require(s.days.firstIndex(of: day("2025-01-01")))
    #expect(s.days[i - 1] == day("2024-12-31") && s.values[i] == 3353.5)
  }

  @Test func tradingViewIndicatorNaNIsLeftOut() throws {
    let f = try read("BITSTAMP_ETHUSD, 1D.tradingview.csv")
    let ma = try f.series(column: "Volume MA")
    #expect(ma.count == 547 - 19 && ma.firstDay == day("2024-01-20"))
    #expect(ma.notes.contains { $0.contains("19 cells of 'Volume MA'") && $0.contains("'NaN'") })
    let close = try f.series(column: nil)
    #expect(!close.notes.contains { $0.contains("Volume MA") })
  }

  @Test func europeanNotes() throws {
    let de = try read("ETH-EUR.excel-de.csv")
    #expect(de.notes.contains { $0.contains("decimal comma") })
    #expect(try de.series(column: "Volumen").values.last == 6_780_614.88)
    let fr = try read("ETH.excel-fr.csv")
    #expect(fr.notes.contains { $0.contains("day first") && $0.contains("13/01/2024") })
  }

  @Test func headerlessKeepsTheFirstRow() throws {
    let f = try Importer.parse("2024-01-02,5\n2024-01-03,6\n", file: "x.csv")
    let s = try f.series(column: nil)
    #expect(s.days == [day("2024-01-02"), day("2024-01-03")] && s.values == [5, 6])
    #expect(f.notes.contains { $0.contains("no header row") })
  }

  @Test func dayOrderIsSettledByTheData() throws {
    let ambiguous = "date,value\n01/02/2024,1\n02/03/2024,2\n"
    #expect(
      throws: ImportError.ambiguousDayOrder(file: "x.csv", column: "date", example: "01/02/2024")
    ) { try Importer.parse(ambiguous, file: "x.csv") }
    let dayFirst = try Importer.parse(
      ambiguous, file: "x.csv", options: ImportOptions(dateFormat: .dayMonthYearSlashed))
    #expect(try dayFirst.series(column: nil).days == [day("2024-02-01"), day("2024-03-02")])
    let monthFirst = try Importer.parse(
      ambiguous, file: "x.csv", options: ImportOptions(dateFormat: .monthDayYear))
    #expect(try monthFirst.series(column: nil).days == [day("2024-01-02"), day("2024-02-03")])
    let settled = try Importer.parse(ambiguous + "13/03/2024,3\n", file: "x.csv")
    #expect(try settled.series(column: nil).lastDay == day("2024-03-13"))
    let us = try Importer.parse(ambiguous + "03/13/2024,3\n", file: "x.csv")
    #expect(try us.series(column: nil).days.first == day("2024-01-02"))
  }

  @Test func optionsOverrideDetection() throws {
    let piped = try Importer.parse(
      "date|value\n2024-01-02|1,5\n2024-01-03|2,25\n", file: "x.csv",
      options: ImportOptions(delimiter: "|", decimal: .comma))
    #expect(try piped.series(column: nil).values == [1.5, 2.25])
    let ms = try Importer.parse(
      "t,v\n1704153600,1\n1704240000,2\n", file: "x.csv",
      options: ImportOptions(dateColumn: "t", dateFormat: .unixSeconds))
    #expect(try ms.series(column: nil).days == [day("2024-01-02"), day("2024-01-03")])
  }

  @Test func unusedColumnNeverBlocks() throws {
    let text = """
      "Date","Price","Open","High","Low","Vol.","Change %"
      "Jun 04, 2026","1,769.58","1,700.00","1,800.00","1,690.10","n/a","1.20%"
      "Jun 03, 2026","1,748.60","1,700.00","1,800.00","1,690.10","850.20K","-2.35%"

      """
    let f = try Importer.parse(text, file: "inv.csv")
    #expect(f.format == .investing)
    #expect(try f.series(column: nil).values == [1748.6, 1769.58])
    #expect(try f.series(column: "Vol.").values == [850_200])
    #expect(try f.series(column: "Vol.").notes.contains { $0.contains("'n/a'") })
    let bad = text.replacingOccurrences(of: "1,769.58", with: "1;769.58")
    #expect(
      throws: ImportError.invalidNumber(file: "inv.csv", line: 2, column: "Price", text: "1;769.58")
    ) { try Importer.parse(bad, file: "inv.csv") }
  }

  @Test func yahooAdjustedCloseIsUsed() throws {
    let text = "Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-02,10,11,9,10.5,10.1,5\n"
    let s = try Importer.parse(text, file: "SPY.csv").series(column: nil)
    #expect(s.values == [10.1] && s.source.column == "Adj Close")
    let close = try Importer.parse(text, file: "SPY.csv").series(column: "Close")
    #expect(close.values == [10.5])
  }

  @Test func binanceMicrosecondsAndTradingViewOffsets() throws {
    let kline = "1735689600000000,1,2,0.5,1.5,10,1735775999999999,15,3,5,7,0\n"
    let b = try Importer.parse(kline, file: "k.csv")
    #expect(b.format == .binance)
    #expect(try b.series(column: nil).days == [day("2025-01-01")])
    let tv = "time,open,high,low,close\n2024-06-03T00:00:00+02:00,1,2,0.5,1.5\n"
    let t = try Importer.parse(tv, file: "tv.csv")
    #expect(t.format == .tradingView)
    #expect(try t.series(column: nil).days == [day("2024-06-03")])
  }
}
