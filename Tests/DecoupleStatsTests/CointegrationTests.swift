import DecoupleStats
import TestSupport
import Testing

/// Engle–Granger and Johansen against statsmodels 0.15 `coint` / `coint_johansen`
/// (tools/oracle/unitroot.py) on macrodata (log realcons, realgdp, realinv) and on real log
/// prices (ETH with RUT, ETH with BTC, aligned on common days).
///
/// Tolerances: τ and p-values to 1e-8 relative (measured ~1e-11). Johansen eigenvalues and
/// statistics to 1e-8 relative to the largest of their vector: with det_order −1 on uncentered
/// macro levels S_kk is ill-conditioned and its smallest eigenvalue (~5e-5) is only determined
/// to ~1e-12 absolute — statsmodels forms inv(S_kk)·S and calls the nonsymmetric `eig`, we
/// reduce by Cholesky to a symmetric problem; the two differ there by 2e-8 relative to that
/// smallest value, ~1e-12 relative to the largest. Critical values exactly (same tables, same
/// polynomial). Eigenvectors to 1e-6 relative to the column's largest entry, up to the sign of
/// each column (statsmodels fixes only the sign of the first column).
@Suite struct CointegrationTests {
  @Test func engleGrangerMatchesStatsmodelsCoint() throws {
    var worstStat = 0.0
    var worstP = 0.0
    for c in try Oracle.json("unitroot.json")["coint"] as! [[String: Any]] {
      let y0 = try Oracle.series(c.string("y0")!)
      let others = try (c["y1"] as! [Any]).map { try Oracle.series($0 as! String) }
      let trend = MacKinnon.Regression(rawValue: c.string("trend")!)!
      let auto = c.string("autolag").map { UnitRoot.Autolag(rawValue: $0)! }
      let r = try Cointegration.engleGranger(
        y0, others, trend: trend, maxLag: c["maxlag"] as? Int, autolag: auto)
      let label = "\(c.string("y0")!) \(trend) \(auto?.rawValue ?? "fixed")"
      let es = Oracle.relativeError(r.statistic, c.number("statistic"))
      let ep = Oracle.relativeError(r.pValue, c.number("pvalue"), floor: 1e-12)
      worstStat = max(worstStat, es)
      worstP = max(worstP, ep)
      #expect(es < 1e-8, "\(label): τ \(r.statistic) vs \(c.number("statistic"))")
      #expect(ep < 1e-8, "\(label): p \(r.pValue) vs \(c.number("pvalue"))")
      #expect(r.criticalValues == c.numbers("critical"), "\(label)")
    }
    print("Engle–Granger vs statsmodels coint: max rel error τ \(worstStat), p \(worstP)")
  }

  @Test func johansenMatchesStatsmodels() throws {
    var worst = 0.0
    var worstVector = 0.0
    for c in try Oracle.json("unitroot.json")["johansen"] as! [[String: Any]] {
      let series = try (c["series"] as! [Any]).map { try Oracle.series($0 as! String) }
      let order = Johansen.DeterministicOrder(rawValue: c["detOrder"] as! Int)!
      let p = c["kArDiff"] as! Int
      let r = try Johansen.test(series, order: order, lagDifferences: p)
      let label = "\(c["series"]!) det \(order.rawValue) k \(p)"
      for (key, mine) in [
        ("eig", r.eigenvalues), ("traceStat", r.trace), ("maxEigStat", r.maxEigenvalue),
      ] {
        let theirs = c.numbers(key)
        let scale = theirs.map(abs).max()!
        for (a, b) in zip(mine, theirs) {
          let e = abs(a - b) / scale
          worst = max(worst, e)
          #expect(e < 1e-8, "\(label) \(key): \(a) vs \(b) \(e)")
        }
      }
      let crit = (c["traceCrit"] as! [[Any]]).map { $0.map(Oracle.double) }
      let critMax = (c["maxEigCrit"] as! [[Any]]).map { $0.map(Oracle.double) }
      #expect(r.traceCritical == crit && r.maxEigenvalueCritical == critMax, "\(label)")
      let evec = (c["evec"] as! [[Any]]).map { $0.map(Oracle.double) }
      for j in evec.indices {
        let mine = r.eigenvectors.column(j)
        let theirs = evec.map { $0[j] }
        let scale = theirs.map(abs).max()!
        let sign = (mine.indices.max { abs(theirs[$0]) < abs(theirs[$1]) }).map {
          mine[$0] * theirs[$0] < 0 ? -1.0 : 1.0
        }!
        for (m, t) in zip(mine, theirs) {
          let e = abs(m - sign * t) / scale
          worstVector = max(worstVector, e)
          #expect(e < 1e-6, "\(label) eigenvector \(j): \(mine) vs \(theirs)")
        }
      }
    }
    print("Johansen vs statsmodels: max rel error \(worst), eigenvectors \(worstVector)")
  }

  @Test func johansenRankOnMacrodata() throws {
    // statsmodels: trace 39.42 > 29.80 (r = 0 rejected), 11.90 < 15.49: rank 1 at 95 %.
    let names = ["logRealgdp", "logRealcons", "logRealinv"]
    let r = try Johansen.test(
      names.map { try Oracle.series($0) }, order: .constant,
      lagDifferences: 0)
    #expect(r.rank(level: 1) == 1)
  }

  @Test func perfectlyCollinearSeriesAreRefused() {
    let x = (0..<200).map { Double($0) + (Double($0 % 7) * 0.3) }
    #expect(throws: TimeSeriesError.self) {
      try Cointegration.engleGranger(x.map { 2 * $0 + 1 }, [x])
    }
  }
}
