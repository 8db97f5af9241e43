/// Approximate text widths, so labels can be placed without overlapping.
///
/// The widths are those of Helvetica/Arial advance widths (in ems) rounded up by 8% to cover
/// DejaVu Sans, the usual fallback on Linux: a slight overestimate only leaves more space.
public enum TextMetrics {
  /// The approximate width in pixels of `s` set in a sans-serif font of `size` pixels.
  public static func width(_ s: String, size: Double) -> Double {
    var em = 0.0
    for ch in s.unicodeScalars { em += advance(ch) }
    return em * size * 1.08
  }

  static func advance(_ c: Unicode.Scalar) -> Double {
    switch c {
    case "i", "j", "l", "'", "|", "!", ".", ",", ":", ";": return 0.25
    case " ", "f", "t", "r", "I", "(", ")", "[", "]", "/", "-": return 0.33
    case "0"..."9", "$", "#", "_", "?", "+", "=", "<", ">", "~": return 0.56
    case "m", "M", "W", "%", "@": return 0.86
    case "w": return 0.72
    case "A"..."Z": return 0.68
    case "a"..."z": return 0.52
    case "−", "–", "—", "×", "·", "…": return c == "—" ? 1.0 : 0.6
    default: return c.value < 0x80 ? 0.56 : 0.9
    }
  }

  /// Keeps the labels whose horizontal extents do not overlap the previously kept one (with
  /// `gap` pixels between); each label is `(center, width)`. Returns the kept indices.
  ///
  /// When the first and last kept labels would crowd out a regular rhythm, every other label
  /// is dropped instead, until the survivors fit, so ticks stay evenly spaced.
  public static func thin(_ extents: [(center: Double, width: Double)], gap: Double) -> [Int] {
    guard !extents.isEmpty else { return [] }
    var stride = 1
    while stride <= extents.count {
      let picked = Swift.stride(from: 0, to: extents.count, by: stride).map { $0 }
      if fits(picked.map { extents[$0] }, gap: gap) { return picked }
      stride += 1
    }
    return [0]
  }

  static func fits(_ e: [(center: Double, width: Double)], gap: Double) -> Bool {
    for (a, b) in zip(e, e.dropFirst()) {
      let aRight = a.center + a.width / 2
      let bLeft = b.center - b.width / 2
      if aRight + gap > bLeft { return false }
    }
    return true
  }
}
