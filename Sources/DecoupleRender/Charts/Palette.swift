/// Colours: the Okabe–Ito palette, distinguishable with every common colour-vision deficiency,
/// plus neutral inks for text, axes and grid lines.
public enum Palette {
  public static let orange = "#E69F00"
  public static let skyBlue = "#56B4E9"
  public static let bluishGreen = "#009E73"
  public static let yellow = "#F0E442"
  public static let blue = "#0072B2"
  public static let vermillion = "#D55E00"
  public static let reddishPurple = "#CC79A7"
  public static let black = "#000000"

  /// Series colours in the order they are assigned (yellow last: weak on white).
  public static let series = [
    blue, vermillion, bluishGreen, reddishPurple, orange, skyBlue, yellow,
  ]

  /// Text.
  public static let ink = "#222222"
  /// Secondary text: tick labels, captions.
  public static let muted = "#555555"
  /// Axis lines.
  public static let axis = "#888888"
  /// Grid lines.
  public static let grid = "#E3E3E3"
  /// Shaded periods.
  public static let shade = "#EDEDED"

  /// A diverging colour for a correlation in [-1, 1]: blue (−1) through white (0) to
  /// vermillion (+1), interpolated in sRGB; NaN is light grey.
  public static func diverging(_ r: Double) -> String {
    guard r.isFinite else { return "#DDDDDD" }
    let t = min(1, max(-1, r))
    let end: (Double, Double, Double) = t < 0 ? (0x00, 0x72, 0xB2) : (0xD5, 0x5E, 0x00)
    let k = abs(t)
    func mix(_ e: Double) -> Int { Int((255 + (e - 255) * k).rounded()) }
    return hex(mix(end.0), mix(end.1), mix(end.2))
  }

  static func hex(_ r: Int, _ g: Int, _ b: Int) -> String {
    func h(_ v: Int) -> String {
      let s = String(min(255, max(0, v)), radix: 16, uppercase: true)
      return s.count == 1 ? "0" + s : s
    }
    return "#" + h(r) + h(g) + h(b)
  }
}
