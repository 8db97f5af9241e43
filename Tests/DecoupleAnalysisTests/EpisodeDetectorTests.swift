import DecoupleAnalysis
import DecoupleData
import TestSupport
import Testing

/// Constructed pairs whose episodes are known by construction.
@Suite struct EpisodeDetectorTests {
  /// 600 days of A tracking B, 90 days of A falling 0.6%/day behind B, then 150 days built by
  /// `closing` from (B's return, A's tracking noise).
  static func divergence(
    closing: (_ i: Int, _ noise: Double) -> (a: Double, b: Double)
  ) -> (DailySeries, DailySeries) {
    var g = SplitMix64(seed: 99)
    var a: [Double] = []
    var b: [Double] = []
    for _ in 0..<600 {
      let x = 0.01 * g.normal()
      b.append(x)
      a.append(x + 0.002 * g.normal())
    }
    for _ in 0..<90 {
      let x = 0.01 * g.normal()
      b.append(x)
      a.append(x - 0.006 + 0.002 * g.normal())
    }
    for i in 0..<150 {
      let step = closing(i, 0.0005 * g.normal())
      a.append(step.a)
      b.append(step.b)
    }
    return (Synthetic.prices(name: "A", logReturns: a), Synthetic.prices(name: "B", logReturns: b))
  }

  /// The low gap episodes after the coupled stretch. (A catch-up leaves a high episode behind
  /// it once the divergence has left the window: the window then holds only the rally.)
  static func gapEpisodes(_ pair: (DailySeries, DailySeries)) throws -> [Episode] {
    let s = try DecouplingAnalysis.analyze(pair.0, pair.1)
    let coupledEnd = Day(year: 2021, month: 6, day: 1)!
    return EpisodeDetector.episodes(of: .gap, in: s).filter {
      $0.start > coupledEnd && $0.side == .low
    }
  }

  @Test func anEpisodeEndedByACatchingUp() throws {
    // B is quiet while A rallies 0.9% a day for 60 days (the gap back to zero), then both rest.
    let e = try Self.gapEpisodes(Self.divergence { i, n in (i < 60 ? 0.009 + n : n, n) })
    #expect(e.count == 1)
    #expect(e[0].side == .low && e[0].ending == .aMoved && !e[0].isOpen)
    #expect(e[0].moveA > 0.25 && abs(e[0].moveB) < 0.05)
  }

  @Test func anEpisodeEndedByBMoving() throws {
    // A is quiet while B falls 0.9% a day for 60 days, then both rest.
    let e = try Self.gapEpisodes(Self.divergence { i, n in (n, i < 60 ? -0.009 + n : n) })
    #expect(e.count == 1)
    #expect(e[0].ending == .bMoved)
    #expect(e[0].moveB < -0.25 && abs(e[0].moveA) < 0.05)
  }

  @Test func anEpisodeClosedByBoth() throws {
    // A rises 0.45% a day while B falls as much: each closes half of the gap.
    let e = try Self.gapEpisodes(
      Self.divergence { i, n in (i < 60 ? 0.0045 + n : n, i < 60 ? -0.0045 + n : n) })
    #expect(e.count == 1)
    #expect(e[0].ending == .both)
  }

  @Test func anEpisodeThatOnlyRolledOffTheWindow() throws {
    // After the divergence both move together again: the window forgets it, nothing converges.
    let e = try Self.gapEpisodes(Self.divergence { _, n in (n, n) })
    #expect(e.count == 1)
    #expect(e[0].ending == .rolledOff)
  }

  @Test func anEpisodeStillOpen() throws {
    // The divergence continues to the end: the episode is open and the history says so.
    let pair = Self.divergence { _, n in (-0.006 + n, n) }
    let s = try DecouplingAnalysis.analyze(pair.0, pair.1)
    let h = EpisodeHistory(measure: .gap, in: s, rules: .init())
    #expect(h.current?.ending == .open)
    #expect(h.current?.side == .low)
    #expect(h.currentSentence?.contains("since \(h.current!.start.iso)") == true)
  }

  @Test func correlationEpisodesRecover() throws {
    // 600 days coupled, 90 days of independent returns, then coupled again.
    var g = SplitMix64(seed: 5)
    var a: [Double] = []
    var b: [Double] = []
    for i in 0..<900 {
      let x = 0.01 * g.normal()
      b.append(x)
      a.append((600..<690).contains(i) ? 0.01 * g.normal() : x + 0.003 * g.normal())
    }
    let s = try DecouplingAnalysis.analyze(
      Synthetic.prices(name: "A", logReturns: a), Synthetic.prices(name: "B", logReturns: b))
    let e = EpisodeDetector.episodes(of: .correlation, in: s).filter { $0.extreme.value < 0.5 }
    #expect(e.count == 1)
    #expect(e.first?.ending == .recovered)
  }
}

@Suite struct ExpandingRankTests {
  @Test func ranksEachValueAgainstItsPastOnly() {
    let r = ExpandingRank.percentiles([3, 1, .nan, 2, 5, 1])
    #expect(r[0] == 1)  // {3}
    #expect(r[1] == 0.5)  // {3, 1}: 1 is ≤ 1 of 2
    #expect(r[2].isNaN)
    #expect(r[3] == 2.0 / 3)  // {3, 1, 2}
    #expect(r[4] == 1)
    #expect(r[5] == 2.0 / 5)  // ties count as at or below
    let short = ExpandingRank.percentiles([1, 2, 3], minimumHistory: 3)
    #expect(short[0].isNaN && short[1].isNaN && short[2] == 1)
  }
}
