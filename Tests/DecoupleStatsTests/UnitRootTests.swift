import DecoupleStats
import TestSupport
import Testing

/// ADF and KPSS against statsmodels 0.15 `adfuller` / `kpss` (tools/oracle/unitroot.py) on
/// statsmodels' macrodata (realgdp, log realgdp, infl, Δlog realgdp) and on real log prices
/// and returns (ETH, RUT).
///
/// Tolerance: statistics and p-values to 1e-8 relative. Both sides solve the same least-squares
/// problems (statsmodels by SVD pseudo-inverse, here by Householder QR); on these designs
/// (condition numbers up to ~1e7 for realgdp with a trend) the solutions agree to ~1e-10
/// relative. Lag orders and observation counts must be equal, critical values bit-identical
/// (table constants for KPSS; for ADF the same Horner polynomial in the same order).
@Suite struct UnitRootTests {

  static func adfCases() throws -> [[String: Any]] {
    try Oracle.json("unitroot.json")["adf"] as! [[String: Any]]
  }

  @Test func adfMatchesStatsmodels() throws {
    var worstStat = 0.0
    var worstP = 0.0
    var worstIC = 0.0
    var worstCrit = 0.0
    for c in try Self.adfCases() {
      let x = try Oracle.series(c.string("series")!)
      let reg = MacKinnon.Regression(rawValue: c.string("regression")!)!
      let auto = c.string("autolag").map { UnitRoot.Autolag(rawValue: $0)! }
      let maxLag = (c["maxlag"] as? Int)
      let r = try UnitRoot.adf(x, regression: reg, maxLag: maxLag, autolag: auto)
      let label = "\(c.string("series")!) \(reg) \(auto?.rawValue ?? "fixed") \(maxLag ?? -1)"
      #expect(r.lags == c["lags"] as? Int, "\(label)")
      #expect(r.observations == c["nobs"] as? Int, "\(label)")
      let es = Oracle.relativeError(r.statistic, c.number("statistic"))
      let ep = Oracle.relativeError(r.pValue, c.number("pvalue"), floor: 1e-12)
      worstStat = max(worstStat, es)
      worstP = max(worstP, ep)
      #expect(es < 1e-8, "\(label): τ \(r.statistic) vs \(c.number("statistic"))")
      #expect(ep < 1e-8, "\(label): p \(r.pValue) vs \(c.number("pvalue"))")
      for (a, b) in zip(r.criticalValues, c.numbers("critical")) {
        let e = Oracle.relativeError(a, b)
        worstCrit = max(worstCrit, e)
        #expect(a == b, "\(label): critical \(a) vs \(b)")
      }
      if let ic = r.informationCriterion, !c.number("icbest").isNaN {
        let e = Oracle.relativeError(ic, c.number("icbest"))
        worstIC = max(worstIC, e)
        #expect(e < 1e-8, "\(label): icbest \(ic) vs \(c.number("icbest"))")
      }
    }
    print(
      "ADF vs statsmodels: max rel error τ \(worstStat), p \(worstP), icbest \(worstIC), "
        + "critical \(worstCrit)")
  }

  @Test func kpssMatchesStatsmodels() throws {
    var worstStat = 0.0
    var worstP = 0.0
    for c in try Oracle.json("unitroot.json")["kpss"] as! [[String: Any]] {
      let x = try Oracle.series(c.string("series")!)
      let reg = MacKinnon.Regression(rawValue: c.string("regression")!)!
      let lags: UnitRoot.KPSSLags =
        switch c["nlags"] {
        case let s as String: s == "auto" ? .auto : .legacy
        case let i as Int: .fixed(i)
        default: .auto
        }
      let r = try UnitRoot.kpss(x, regression: reg, lags: lags)
      let label = "\(c.string("series")!) \(reg) \(lags)"
      #expect(r.lags == c["lags"] as? Int, "\(label)")
      let es = Oracle.relativeError(r.statistic, c.number("statistic"))
      let ep = Oracle.relativeError(r.pValue, c.number("pvalue"))
      worstStat = max(worstStat, es)
      worstP = max(worstP, ep)
      #expect(es < 1e-8, "\(label): η \(r.statistic) vs \(c.number("statistic"))")
      #expect(ep < 1e-8, "\(label): p \(r.pValue) vs \(c.number("pvalue"))")
      #expect(r.criticalValues == c.numbers("critical"), "\(label)")
    }
    print("KPSS vs statsmodels: max rel error η \(worstStat), p \(worstP)")
  }

  @Test func macKinnonTablesAtTheirEdges() {
    #expect(MacKinnon.pValue(5, regression: .c) == 1)
    #expect(MacKinnon.pValue(-30, regression: .ct) == 0)
    #expect(MacKinnon.criticalValues(regression: .n, n: 2, observations: 100) == nil)
    // Asymptotic 5 % value for the constant case: MacKinnon (2010) Table 2, β∞.
    #expect(MacKinnon.criticalValues(regression: .c, observations: nil)?[1] == -2.86154)
  }
}
