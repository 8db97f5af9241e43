import DecoupleAnalysis
import DecoupleData
import Foundation
import TestSupport
import Testing

@Suite struct GapClosureTests {
  @Test func movesRestoreTheReferenceRelativeLevel() throws {
    let (a, b) = EpisodeDetectorTests.divergence { _, n in (-0.006 + n, n) }
    let s = try DecouplingAnalysis.analyze(a, b)
    let episode = EpisodeHistory(measure: .gap, in: s, rules: .init()).current
    let g = GapClosure(s, currentEpisode: episode)
    let ref = s.rows.first { $0.date == g.reference }!
    let now = s.rows.last!
    // A alone: A·(1 + move) / B = A_ref / B_ref; B alone: A / (B·(1 + move)) = A_ref / B_ref.
    #expect(abs(now.closeA * (1 + g.moveAAlone) / now.closeB - ref.closeA / ref.closeB) < 1e-9)
    #expect(abs(now.closeA / (now.closeB * (1 + g.moveBAlone)) - ref.closeA / ref.closeB) < 1e-9)
    #expect(g.logGap < 0 && g.moveAAlone > 0 && g.moveBAlone < 0)
    // Cancelling the drift: A alone undoes it exactly.
    #expect(abs(log(1 + g.moveAToCancelDrift!) + now.residualDrift) < 1e-12)
    #expect(g.referenceReason.contains("episode"))
  }

  @Test func historyCountsEarlierGapsAndWhetherTheyClosed() throws {
    // Two earlier divergences: one followed by a catch-up, one never closed; then the current.
    var g = SplitMix64(seed: 3)
    var a: [Double] = []
    var b: [Double] = []
    func add(_ n: Int, _ drift: Double) {
      for _ in 0..<n {
        let x = 0.01 * g.normal()
        b.append(x)
        a.append(x + drift + 0.001 * g.normal())
      }
    }
    add(300, 0)
    add(90, -0.008)
    add(100, 0.008)  // closes the first (overshoots a little)
    add(300, 0)
    add(90, -0.008)  // never closes
    add(300, 0)
    add(90, -0.008)  // the current gap
    let s = try DecouplingAnalysis.analyze(
      Synthetic.prices(name: "A", logReturns: a), Synthetic.prices(name: "B", logReturns: b))
    let h = GapClosure(s, currentEpisode: nil).history
    #expect(h.occasions == 2, "\(h)")
    #expect(h.closed == 1)
    #expect(h.medianDays != nil)
  }
}

@Suite struct RegimeTests {
  static func closes(_ drift: Double, seed: UInt64) -> [Double] {
    var g = SplitMix64(seed: seed)
    var p = 100.0
    return [p]
      + (0..<90).map { _ in
        p *= exp(drift + 0.01 * g.normal())
        return p
      }
  }

  @Test func trendsAndSidewaysFollowTheTrendScore() {
    #expect(Regime(closes: Self.closes(0.01, seed: 1)).kind == .trendingUp)
    #expect(Regime(closes: Self.closes(-0.01, seed: 2)).kind == .trendingDown)
    let flat = Regime(closes: (0...90).map { 100 + ($0 % 2 == 0 ? 1.0 : -1.0) })
    #expect(flat.kind == .sideways)
    #expect(flat.efficiencyRatio < 0.05)
    let up = Regime(closes: Self.closes(0.01, seed: 1))
    #expect(up.trendScore >= Regime.threshold && up.efficiencyRatio > 0.3)
  }

  @Test func sentenceNamesBothAssets() {
    let s = Regime.sentence(
      "ETH", Regime(closes: Self.closes(-0.01, seed: 2)), "RUT",
      Regime(closes: (0...90).map { 100 + ($0 % 2 == 0 ? 1.0 : -1.0) }))
    #expect(s.hasPrefix("Over the window, RUT consolidates sideways while ETH trends down"))
  }
}
