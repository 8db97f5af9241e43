/// How often the pair is sampled before returns are taken.
public enum Frequency: String, Sendable, CaseIterable, Codable {
  /// Every common close.
  case daily
  /// The last common close of each ISO week.
  case weekly
}

/// How a return between two closes is measured.
public enum ReturnKind: String, Sendable, CaseIterable, Codable {
  /// log(p₁ / p₀): additive over time, so a window's sum is its total log return.
  case log
  /// p₁ / p₀ − 1.
  case simple
}
