/// All episodes of one measure, and how the current one compares with the past ones.
public struct EpisodeHistory: Sendable, Equatable {
  public var measure: DecouplingMeasure
  public var rules: EpisodeRules
  /// Every episode, oldest first; the last is open when ``current`` is not `nil`. None when A
  /// and B are the same series (``PairIdentity/identical``).
  public var episodes: [Episode]

  public init(measure: DecouplingMeasure, in summary: DecouplingSummary, rules: EpisodeRules) {
    self.measure = measure
    self.rules = rules
    // The same series on both sides: every measure moves by rounding alone, so its "extremes"
    // are noise, not episodes.
    episodes =
      summary.identity == .identical
      ? [] : EpisodeDetector.episodes(of: measure, in: summary, rules: rules)
  }

  /// The episode open on the as-of day, if any.
  public var current: Episode? { episodes.last.flatMap { $0.isOpen ? $0 : nil } }

  /// The closed episodes on the same side as the current one (all closed ones if none is
  /// open).
  public var past: [Episode] {
    episodes.filter { !$0.isOpen && (current == nil || $0.side == current!.side) }
  }

  /// How many past episodes (same side) were shorter than the current one, in observations.
  public var currentLongerThan: Int? {
    current.map { c in past.filter { $0.duration < c.duration }.count }
  }

  /// How many past episodes (same side) were less extreme than the current one so far.
  public var currentDeeperThan: Int? {
    current.map { c in
      past.filter {
        c.side == .low ? $0.extreme.value > c.extreme.value : $0.extreme.value < c.extreme.value
      }
      .count
    }
  }

  /// The current episode in words, or `nil` when none is open.
  public var currentSentence: String? {
    guard let c = current, let longer = currentLongerThan, let deeper = currentDeeperThan else {
      return nil
    }
    let n = past.count
    let comparison =
      n == 0
      ? "the first such episode in the pair's history"
      : "longer than \(longer) of \(n) past \(c.side.rawValue) episode\(n == 1 ? "" : "s") and "
        + "more extreme than \(deeper) of \(n)"
    return "The \(measure.label) has been extreme (\(c.side.rawValue)) since \(c.start.iso), "
      + "\(c.duration) observations: \(comparison)."
  }
}
