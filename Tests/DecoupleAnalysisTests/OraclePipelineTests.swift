import DecoupleAnalysis
import DecoupleData
import DecoupleSeries
import TestSupport
import Testing

/// End to end against pandas: import the embedded files, align, take returns and compute the
/// rolling measures, then compare with tools/oracle/pairs.py, which does the same in pandas
/// from the raw files (partial last crypto day dropped, CoinGecko shifted to the previous day,
/// inner join on dates, weekly = last common close of each ISO week).
@Suite struct OraclePipelineTests {
  static let cases: [(String, String, String, Frequency, ReturnKind, Int)] = [
    ("pair_ETH_RUT_daily_log_w90.csv", "ETH", "RUT", .daily, .log, 90),
    ("pair_ETH_RUT_daily_simple_w60.csv", "ETH", "RUT", .daily, .simple, 60),
    ("pair_ETH_RUT_weekly_log_w26.csv", "ETH", "RUT", .weekly, .log, 26),
    ("pair_BTC_SPY_daily_log_w90.csv", "BTC", "SPY", .daily, .log, 90),
    ("pair_ETH-CG_QQQ_daily_log_w30.csv", "ETH-CG", "QQQ", .daily, .log, 30),
    ("pair_ETH_BTC_daily_log_w90.csv", "ETH", "BTC", .daily, .log, 90),
  ]

  @Test(arguments: cases)
  func matchesPandas(_ c: (String, String, String, Frequency, ReturnKind, Int)) throws {
    let t = try NumericTable(fixture: "oracle/" + c.0)
    let s = try DecouplingAnalysis.analyze(
      try Dataset.load(c.1), try Dataset.load(c.2),
      options: AnalysisOptions(window: c.5, returns: c.4, frequency: c.3))
    #expect(s.rows.map(\.date.iso) == t.dates)
    guard s.rows.count == t.dates.count else { return }
    for (key, m) in [
      ("correlation", DecouplingMeasure.correlation), ("gap", .gap),
      ("residualDrift", .residualDrift), ("beta", .beta),
    ] {
      let want = t[key]
      for (i, row) in s.rows.enumerated() {
        // Values are O(0.01–10); 1e-10 absolute is the standard.
        #expect(agree(row.value(m), want[i], tolerance: 1e-10), "\(c.0) \(key) \(t.dates[i])")
      }
    }
    let closes = zip(s.rows.map(\.closeA), t["closeA"]).allSatisfy { $0 == $1 }
    #expect(closes, "closes of A are read exactly as pandas reads them")
  }
}
