import DecoupleData
import Foundation
import TestSupport
import Testing

/// CoinGecko, FRED, Farside, Etherscan and generic files.
@Suite struct ImporterFormatTests {
  func day(_ s: String) -> Day { Day(iso: s)! }

  @Test func coinGeckoIsShiftedOneDayBack() throws {
    let f = try Dataset.file("ETH-USD.coingecko.csv")
    #expect(f.format == .coingecko && f.notes.contains { $0.contains("D−1") })
    let s = try f.series(column: nil)
    #expect(s.name == "price" && s.calendar == .continuous && s.count == 3_685)
    #expect(s.firstDay == day("2015-08-06") && s.lastDay == day("2025-09-07"))
    let btc = try Dataset.load("BTC-CG")
    #expect(btc.count == 4_515 && btc.firstDay == day("2013-04-27"))
  }

  /// Median |CG/Yahoo − 1| over the common days, with CoinGecko shifted by `shift` days.
  func medianRelativeDifference(shift: Int) throws -> Double {
    let yahoo = try Dataset.load("ETH")
    let cg = try Dataset.load("ETH-CG")
    var byDay: [Day: Double] = [:]
    for (d, v) in zip(cg.days, cg.values) { byDay[d.adding(days: shift)] = v }
    var diffs = zip(yahoo.days, yahoo.values).compactMap { d, v in
      byDay[d].map { abs($0 / v - 1) }
    }
    diffs.sort()
    return diffs[diffs.count / 2]
  }

  @Test func coinGeckoShiftMatchesYahooCloses() throws {
    // Measured on the 2017-11-09 … 2025-09-07 overlap (2,860 days): median absolute relative
    // difference 0.137 % with the D−1 shift, 2.00 % without it (shift +1 undoes ours).
    let shifted = try medianRelativeDifference(shift: 0)
    let unshifted = try medianRelativeDifference(shift: 1)
    #expect(shifted < 0.01)
    #expect(shifted * 5 < unshifted)
  }

  @Test func coinGeckoBareDates() throws {
    let f = try Importer.read(contentsOf: Fixture.url("formats/BNB-USD.coingecko.csv"))
    #expect(f.format == .coingecko)
    let s = try f.series(column: nil)
    #expect(s.count == 2_192)
    #expect(s.firstDay == day("2019-08-31") && s.lastDay == day("2025-08-30"))
  }

  @Test func fredWideColumnsAndEmptyCells() throws {
    let f = try Dataset.file("fred_rates_wide.csv")
    #expect(f.format == .fredWide && f.primary == nil && f.series.count == 28)
    let dff = try f.series(column: "DFF")
    #expect(dff.calendar == .published)
    #expect(dff.firstDay == day("1954-07-01") && dff.lastDay == day("2026-08-20"))
    let dgs2 = try f.series(column: "dgs2")
    #expect(dgs2.firstDay == day("1976-06-01") && dgs2.lastDay == day("2026-08-20"))
    #expect(try f.series(column: "DGS10").firstDay == day("1962-01-02"))
    #expect(try f.series(column: "SOFR").firstDay == day("2018-04-03"))
    let iorb = try f.series(column: "IORB")
    #expect(iorb.firstDay == day("2021-07-29") && iorb.lastDay == day("2026-08-24"))
    #expect(dgs2.notes.contains { $0.contains("empty 'DGS2'") })
    #expect(throws: ImportError.ambiguousColumn(file: f.file, available: f.columns)) {
      try f.series(column: nil)
    }
  }

  @Test func fredSingleSeriesDotIsMissing() throws {
    let text = "observation_date,DGS2\n2024-01-01,.\n2024-01-02,4.33\n2024-01-03,4.33\n"
    let f = try Importer.parse(text, file: "DGS2.csv")
    #expect(f.format == .fred)
    let s = try f.series(column: nil)
    #expect(s.days == [day("2024-01-02"), day("2024-01-03")] && s.calendar == .published)
    let upper = try Importer.parse("DATE,DGS10\r\n2024-01-02,3.9\r\n", file: "x.csv")
    #expect(upper.format == .fred)
    #expect(try upper.series(column: nil).values == [3.9])
  }

  @Test func farsideBtcBogusFirstRowIsDropped() throws {
    let f = try Dataset.file("BTC-ETF-flows.farside.csv")
    #expect(f.format == .farside)
    let total = try f.series(column: nil)
    #expect(total.name == "Total" && total.count == 671)
    #expect(total.firstDay == day("2024-01-11") && total.lastDay == day("2026-08-21"))
    #expect(total.values.first == 655.3)
    #expect(f.notes.contains { $0.contains("2024-01-01") && $0.contains("2024-01-11") })
  }

  @Test func farsideEthTotalRenamedAndZeroRowsKept() throws {
    let f = try Dataset.file("ETH-ETF-flows.farside.csv")
    let total = try f.series(column: nil)
    #expect(total.name == "Total" && total.count == 533 && total.calendar == .published)
    #expect(total.firstDay == day("2024-07-23") && total.values.first == 106.6)
    #expect(try f.series(column: "COL11") == total)
    #expect(f.renamed == ["COL11": "Total"])
    #expect(total.values.filter { $0 == 0 }.count >= 22)
    let ethb = try f.series(column: "ETHB")
    let firstFlow = ethb.values.firstIndex { $0 != 0 }!
    #expect(ethb.days[firstFlow] == day("2026-03-12"))
  }

  @Test func etherscanQuotedUsDates() throws {
    let burn = try Importer.read(contentsOf: Fixture.url("formats/ETH_burn_daily.etherscan.csv"))
    #expect(burn.format == .etherscan)
    let b = try burn.series(column: nil)
    #expect(b.name == "BurntFees" && b.count == 869 && b.calendar == .published)
    #expect(b.firstDay == day("2021-08-06") && b.lastDay == day("2023-12-22"))
    #expect(abs(b.values[b.days.firstIndex(of: day("2022-05-01"))!] - 71_718) < 1)
    let supply = try Importer.read(
      contentsOf: Fixture.url("formats/ETH_supply_daily.etherscan.csv"))
    let s = try supply.series(column: nil)
    #expect(supply.columns == ["Value"] && s.count == 2_209)
    #expect(s.firstDay == day("2015-07-30") && s.values.first == 72_049_306.59375)
    #expect(s.lastDay == day("2021-08-15"))
  }

  @Test func etherscanNetworkBigIntegersAndEmptyCells() throws {
    let f = try Importer.read(contentsOf: Fixture.url("formats/ETH_network_daily.etherscan.csv"))
    #expect(f.format == .etherscanNetwork && f.primary == nil)
    let fee = try f.series(column: "transactionfee")
    #expect(fee.count == 2_546 && fee.values.last == 701_733_520_418_616_185_256.0)
    let burnt = try f.series(column: "dailyethburnt")
    #expect(burnt.count == 2_546 - 2_199 && burnt.firstDay == day("2021-08-06"))
    let reward = try f.series(column: "blockreward")
    #expect(abs(reward.values[reward.days.firstIndex(of: day("2020-03-28"))!] - 13_586.4) < 0.1)
  }

  @Test func glassnodeIsGeneric() throws {
    let f = try Importer.read(contentsOf: Fixture.url("formats/ETH_supply_daily.glassnode.csv"))
    #expect(f.format == .generic)
    let s = try f.series(column: nil)
    #expect(s.name == "total_supply" && s.count == 2_436 && s.calendar == .continuous)
    #expect(s.lastDay == day("2022-09-01") && s.values.last == 120_370_177.16268212)
  }
}
