import DecoupleAnalysis
import DecoupleData
import TestSupport
import Testing

/// `CoMovement.returns` and `CoMovement.correlation`: the library behind `decouple corr`.
@Suite struct CoMovementTests {
  /// Reference: pandas `rolling(90).corr()` of ETH/RUT log returns on common days
  /// (tools/oracle/pairs.py), every day; CoMovementCommandTests checks the last value through
  /// the CLI. Absolute 1e-10, the kernel's tested tolerance.
  @Test func pearsonMatchesPandasOnEveryDay() throws {
    let s = try Embedded.series("ETH", "RUT")
    let c = try CoMovement.correlation(s[0], s[1], method: .pearson, options: .init())
    let t = try Embedded.ethRutPandas()
    #expect(c.days.map(\.iso) == t.dates)
    #expect(worstDifference(c.values, t["correlation"]) < 1e-10)
    #expect(c.count.last == 90)
    // Each defined value lies inside its Fisher band, and a 99 % band contains the 95 % one.
    let wide = try CoMovement.correlation(
      s[0], s[1], method: .pearson, confidence: 0.99, options: .init())
    let defined = c.values.indices.filter { !c.values[$0].isNaN }
    #expect(defined.count == t.dates.count - 89)
    #expect(defined.allSatisfy { c.lower[$0] < c.values[$0] && c.values[$0] < c.upper[$0] })
    #expect(defined.allSatisfy { wide.lower[$0] < c.lower[$0] && c.upper[$0] < wide.upper[$0] })
  }

  /// Reference: scipy `spearmanr` / `kendalltau` per 60-day window of the same returns
  /// (tools/oracle/ranks.py, ranks_ETH_RUT_w60.csv). Absolute 1e-12: a few ulps of values ≤ 1
  /// (RollingRankCorrelationTests measures 1e-13 on the fixture's own returns).
  @Test(arguments: [CorrelationMethod.spearman, .kendall])
  func rankCorrelationsMatchScipy(_ method: CorrelationMethod) throws {
    let s = try Embedded.series("ETH", "RUT")
    let c = try CoMovement.correlation(s[0], s[1], method: method, options: .init(window: 60))
    let t = try NumericTable(fixture: "oracle/ranks_ETH_RUT_w60.csv")
    #expect(worstDifference(c.values, t[method.rawValue]) < 1e-12)
    let defined = c.values.indices.filter { !c.values[$0].isNaN }
    #expect(defined.allSatisfy { c.lower[$0] < c.values[$0] && c.values[$0] < c.upper[$0] })
  }

  /// Reference: pandas `ewm(alpha=0.06, adjust=True)` on the same returns
  /// (tools/oracle/comove.py, ewma_ETH_RUT_daily_log.csv); the warm-up (the window) only
  /// blanks the start. Correlation absolute 1e-12; covariance and volatilities 1e-12 of their
  /// largest value (the covariance crosses zero, where a relative error means nothing; the CLI
  /// test checks the last row relative 1e-12).
  @Test func ewmaMatchesPandasAfterTheWarmUp() throws {
    let s = try Embedded.series("ETH", "RUT")
    let c = try CoMovement.correlation(s[0], s[1], method: .ewma, options: .init())
    let t = try NumericTable(fixture: "oracle/ewma_ETH_RUT_daily_log.csv")
    let e = try #require(c.ewma)
    #expect(c.alpha == 0.06 && c.lower.allSatisfy { $0.isNaN })
    let rows = Array(89..<t.dates.count)
    #expect(c.values[..<89].allSatisfy { $0.isNaN })
    #expect(rows.allSatisfy { abs(c.values[$0] - t["corr_l94adj"][$0]) <= 1e-12 })
    for (got, column) in [
      (e.covariance, "cov_l94adj"), (e.volatilityX, "volA_l94adj"), (e.volatilityY, "volB_l94adj"),
    ] {
      let want = t[column]
      let scale = rows.map { abs(want[$0]) }.max()!
      let worst = rows.map { abs(got[$0] - want[$0]) }.max()!
      #expect(worst <= 1e-12 * scale, "\(column): \(worst / scale)")
    }
  }

  /// Nothing after the as-of day is seen: a run to 2024-03-15 is the full run cut there.
  @Test func anEarlierAsOfDayIsAPrefixOfTheFullRun() throws {
    let s = try Embedded.series("ETH", "RUT")
    let full = try CoMovement.correlation(s[0], s[1], method: .pearson, options: .init())
    let to = Day(iso: "2024-03-15")!
    let cut = try CoMovement.correlation(s[0], s[1], method: .pearson, options: .init(to: to))
    #expect(cut.days.last! <= to && cut.days == Array(full.days.prefix(cut.days.count)))
    #expect(
      cut.values.elementsEqual(full.values.prefix(cut.values.count)) {
        $0 == $1 || ($0.isNaN && $1.isNaN)
      })
  }

  /// Too short a history names what was needed and what there was: 2,151 common returns
  /// (the pandas fixture's rows) against a 5,000-day window.
  @Test func tooShortAHistoryNamesTheNumbers() throws {
    let s = try Embedded.series("ETH", "RUT")
    let t = try Embedded.ethRutPandas()
    let short = historyTooShort {
      _ = try CoMovement.correlation(
        s[0], s[1], method: .pearson, options: .init(window: 5_000))
    }
    #expect(short?.needed == 5_000 && short?.available == t.dates.count)
    // Three series: the one that starts last is named.
    let late = s[1].clipped(from: Day(iso: "2026-01-02"))
    do {
      _ = try CoMovement.returns(
        [s[0], late, try Dataset.load("BTC")], options: .init(), needed: 200)
      Issue.record("no error")
    } catch let AnalysisError.commonHistoryTooShort(count, needed, available, latest, start) {
      #expect(count == 3 && needed == 200 && available < 200)
      #expect(latest == "RUT" && start == late.firstDay)
    }
  }
}
