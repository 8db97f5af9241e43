import DecoupleData
import DecoupleStats
import Foundation

/// Two further senses of decoupling, from the econometrics layer: the DCC-GARCH dynamic
/// correlation (correlation that reacts day by day, with volatility clustering filtered out)
/// and a change point in the A-on-B relationship.
public struct DynamicSenses: Sendable {
  /// The DCC-GARCH(1,1) correlation of A's and B's returns (×100, as `arch`), ranked against
  /// its own history like the rolling measures; `nil` when the fit failed (see `notes`).
  public struct DynamicCorrelation: Sendable {
    public var a: Double
    public var b: Double
    /// One value per row of the summary.
    public var correlations: [Double]
    public var summary: MeasureSummary
    /// Whether its percentile is in the extreme decile (never when the summary's verdict calls
    /// no sense: a short history, the same series).
    public var isDecoupled: Bool
  }

  /// The latest change in the regression of A's returns on B's (PELT, linear cost, BIC
  /// penalty, segments of at least a third of a window, so that a change inside the current
  /// window can be placed).
  public struct RelationshipBreak: Sendable {
    /// Every change day, oldest first.
    public var changes: [Day]
    /// Beta of A on B in each segment, oldest first.
    public var segmentBetas: [Double]
    /// Whether the latest change falls inside the current window: the relationship changed
    /// recently.
    public var isRecent: Bool

    /// The break PELT found in `ra` on `rb` (returns ×100), dated by `days`; recent when the
    /// latest change is within `recentWithin` observations of the last.
    init(_ result: Pelt.Result, _ ra: [Double], _ rb: [Double], days: [Day], recentWithin: Int) {
      let bounds = [0] + result.breakpoints
      segmentBetas = zip(bounds, bounds.dropFirst()).map { lo, hi in
        PairMoments(ra[lo..<hi], rb[lo..<hi]).beta
      }
      changes = result.changes.map { days[$0] }
      isRecent = result.changes.last.map { $0 > days.count - recentWithin } ?? false
    }

    /// Fits the break on the first `count` returns of `summary` (PELT, linear cost, BIC, the
    /// spans' minimum segment): the relationship as known on that day.
    /// - Throws: `EstimationError` when the returns are too short or degenerate.
    public static func fit(_ summary: DecouplingSummary, count: Int) throws -> RelationshipBreak {
      let spans = ReportSpans(window: summary.options.window)
      let rows = summary.rows[..<count]
      let ra = rows.map { $0.returnA * 100 }
      let rb = rows.map { $0.returnB * 100 }
      let result = try Pelt.detect(
        y: ra, x: rb, minSize: spans.minChangePointSegment, penalty: .bic)
      return RelationshipBreak(
        result, ra, rb, days: rows.map(\.date), recentWithin: spans.recentChangePoint)
    }
  }

  public var dcc: DynamicCorrelation?
  public var relationshipBreak: RelationshipBreak?
  public var notes: [String]

  /// Neither sense measured.
  public init() {
    dcc = nil
    relationshipBreak = nil
    notes = []
  }

  /// Fits both on `summary`'s returns.
  /// - Parameters:
  ///   - minSegment: the fewest observations between two change points (default:
  ///     ``ReportSpans/minChangePointSegment`` of the window).
  ///   - recentWithin: a change point within this many observations of the as-of day is
  ///     recent (default: the window).
  public init(_ summary: DecouplingSummary, minSegment: Int? = nil, recentWithin: Int? = nil) {
    let spans = ReportSpans(window: summary.options.window)
    var notes: [String] = []
    let rows = summary.rows
    let ra = rows.map { $0.returnA * 100 }
    let rb = rows.map { $0.returnB * 100 }
    // The two fits are independent: they run at the same time.
    let (dccFit, pelt) = Concurrently.both(
      { Result { try Dcc.fit([ra, rb], standardErrors: false) } },
      {
        Result {
          try Pelt.detect(
            y: ra, x: rb, minSize: minSegment ?? spans.minChangePointSegment, penalty: .bic)
        }
      })
    do {
      let fit = try dccFit.get()
      let r = fit.correlation(0, 1)
      let s = MeasureSummary(values: r, days: rows.map(\.date))
      // Ranked like the rolling measures, so called on the same terms: never on a short
      // history or for the same series.
      let called = summary.depth.isEnough && !summary.identity.isSameAsset
      let low = called && (s.percentile ?? 1) <= summary.options.extremeFraction
      dcc = DynamicCorrelation(a: fit.a, b: fit.b, correlations: r, summary: s, isDecoupled: low)
    } catch {
      dcc = nil
      notes.append("DCC-GARCH: \(error)")
    }
    let recent = recentWithin ?? spans.recentChangePoint
    do {
      relationshipBreak = RelationshipBreak(
        try pelt.get(), ra, rb, days: rows.map(\.date), recentWithin: recent)
    } catch {
      relationshipBreak = nil
      notes.append("Change points: \(error)")
    }
    self.notes = notes
  }

  /// Both senses in words.
  public func sentences(_ a: String, _ b: String) -> [String] {
    var out: [String] = []
    if let d = dcc, let c = d.summary.current, let p = d.summary.percentile {
      var text =
        "Dynamic (DCC-GARCH) correlation \(Wording.fixed(c, 2)) "
        + "(a = \(Wording.fixed(d.a, 3)), b = \(Wording.fixed(d.b, 3))), "
        + "at the \(Verdict.ordinal(p)) percentile of its history"
      if let low = d.summary.recordLow {
        text += "; record low \(Wording.fixed(low.value, 2)) on " + low.date.iso
      }
      text += d.isDecoupled ? ": unusually low, a decoupling sense." : "."
      out.append(text)
    }
    if let br = relationshipBreak {
      if let last = br.changes.last {
        let betas = br.segmentBetas.suffix(2).map { String(format: "%.2f", $0) }
        out.append(
          "The A-on-B relationship changed \(br.changes.count) time\(br.changes.count == 1 ? "" : "s") "
            + "(PELT, BIC); the latest on \(last.iso), beta \(betas.joined(separator: " → "))"
            + (br.isRecent ? ": inside the current window, a decoupling sense." : "."))
      } else {
        out.append("No change in the \(a)-on-\(b) relationship was found (PELT, BIC).")
      }
    }
    return out.map { $0.replacingOccurrences(of: "A-on-B", with: "\(a)-on-\(b)") }
  }
}
