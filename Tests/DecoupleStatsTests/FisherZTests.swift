import DecoupleStats
import TestSupport
import Testing

@Suite struct FisherZTests {
  @Test func intervalsMatchScipyPearsonr() throws {
    // Reference: scipy.stats.pearsonr(x, y).confidence_interval(level) per 90-day ETH/RUT window
    // (every 50th), tools/oracle/inference.py. Rolling correlation and interval both computed
    // here; |r| ≤ 1 and tanh/atanh are well conditioned at these r, so absolute 1e-12.
    let f = try NumericTable(fixture: "oracle/inference_fisher.csv")
    let p = try NumericTable(fixture: "oracle/pair_ETH_RUT_daily_log_w90.csv")
    let r = Rolling.correlation(p["returnA"], p["returnB"], window: 90)
    let (lower, upper) = FisherZ.intervals(r, count: r.map { $0.isNaN ? 0 : 90 })
    for (k, end) in f["end"].enumerated() {
      let i = Int(end)
      #expect(abs(r[i] - f["r"][k]) < 1e-12)
      #expect(abs(lower[i] - f["lower95"][k]) < 1e-12 && abs(upper[i] - f["upper95"][k]) < 1e-12)
      let ninety = FisherZ.interval(r: r[i], count: 90, confidence: 0.90)
      #expect(abs(ninety.lower - f["lower90"][k]) < 1e-12)
      #expect(abs(ninety.upper - f["upper90"][k]) < 1e-12)
    }
    #expect(lower[10].isNaN && upper[10].isNaN)  // no correlation yet, no band
  }

  @Test func differenceTestMatchesTheFormulaWithScipyNormal() throws {
    // Reference: z and 2·norm.sf(|z|) from scipy for two ETH/RUT period pairs; r₁, r₂ are
    // pandas' correlations. Relative 1e-12 (p-values down to 7e-3).
    let t = try NumericTable(fixture: "oracle/inference_compare.csv")
    for i in t["z"].indices {
      let d = FisherZ.compare(
        r1: t["r1"][i], count1: Int(t["n1"][i]), r2: t["r2"][i], count2: Int(t["n2"][i]))
      #expect(abs(d.z - t["z"][i]) <= 1e-12 * abs(t["z"][i]))
      #expect(abs(d.pValue - t["p"][i]) <= 1e-12 * t["p"][i])
    }
  }

  @Test func rankIntervalsMatchTheFiellerFormulas() throws {
    // Reference: scipy spearmanr / kendalltau per 60-day ETH/RUT window and the Fieller,
    // Hartley & Pearson variances with scipy norm.ppf (tools/oracle/inference.py). Absolute
    // 1e-12, as for the Pearson intervals.
    let f = try NumericTable(fixture: "oracle/inference_fieller.csv")
    let p = try NumericTable(fixture: "oracle/pair_ETH_RUT_daily_log_w90.csv")
    let rho = Rolling.spearman(p["returnA"], p["returnB"], window: 60)
    let tau = Rolling.kendall(p["returnA"], p["returnB"], window: 60)
    let counts = rho.map { $0.isNaN ? 0 : 60 }
    let s = FisherZ.intervals(rho, count: counts, kind: .spearman)
    let k = FisherZ.intervals(tau, count: counts, kind: .kendall)
    for (row, end) in f["end"].enumerated() {
      let i = Int(end)
      #expect(abs(rho[i] - f["spearman"][row]) < 1e-12 && abs(tau[i] - f["kendall"][row]) < 1e-12)
      #expect(abs(s.lower[i] - f["spearmanLower"][row]) < 1e-12)
      #expect(abs(s.upper[i] - f["spearmanUpper"][row]) < 1e-12)
      #expect(abs(k.lower[i] - f["kendallLower"][row]) < 1e-12)
      #expect(abs(k.upper[i] - f["kendallUpper"][row]) < 1e-12)
    }
    #expect(FisherZ.rankInterval(r: 0.2, count: 4, kind: .kendall).lower.isNaN)
    #expect(!FisherZ.rankInterval(r: 0.2, count: 4, kind: .spearman).lower.isNaN)
  }

  @Test func edges() {
    #expect(FisherZ.interval(r: 0.5, count: 3).lower.isNaN)
    #expect(FisherZ.interval(r: .nan, count: 100).upper.isNaN)
    #expect(FisherZ.interval(r: 1, count: 100) == (1, 1))
    #expect(FisherZ.compare(r1: 0.3, count1: 3, r2: 0.1, count2: 50).pValue.isNaN)
    let same = FisherZ.compare(r1: 0.4, count1: 60, r2: 0.4, count2: 80)
    #expect(same.z == 0 && same.pValue == 1)
  }
}
