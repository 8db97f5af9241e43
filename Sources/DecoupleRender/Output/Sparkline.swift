/// Terminal sparklines: a series drawn with the eight block characters ▁▂▃▄▅▆▇█.
public enum Sparkline {
  static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// Draws `values` in `width` columns: the series is split into `width` consecutive buckets
  /// and each column shows its bucket's last defined value, scaled between the minimum and
  /// maximum of all values. A bucket with no defined value is a space; a flat series is drawn
  /// at the middle level.
  /// - Returns: a string of exactly `min(width, values.count)` characters.
  public static func render(_ values: [Double], width: Int) -> String {
    precondition(width >= 1, "width must be at least 1")
    let columns = min(width, values.count)
    guard columns > 0 else { return "" }
    var picks: [Double] = []
    picks.reserveCapacity(columns)
    for c in 0..<columns {
      let lo = c * values.count / columns
      let hi = (c + 1) * values.count / columns
      picks.append(values[lo..<hi].last(where: { !$0.isNaN }) ?? .nan)
    }
    let defined = values.filter { !$0.isNaN }
    guard let minV = defined.min(), let maxV = defined.max() else {
      return String(repeating: " ", count: columns)
    }
    let span = maxV - minV
    return String(
      picks.map { v -> Character in
        guard !v.isNaN else { return " " }
        guard span > 0 else { return levels[3] }
        let k = Int(((v - minV) / span * Double(levels.count - 1)).rounded())
        return levels[min(levels.count - 1, max(0, k))]
      })
  }
}
