import Foundation

/// How numbers read in sentences, the same in every section: counts with thousands separators,
/// fixed decimals that never print "-0.00".
public enum Wording {
  /// `1990` → `"1,990"`; `-12345` → `"-12,345"`.
  public static func count(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(c)
    }
    return (n < 0 ? "-" : "") + out
  }

  /// `v` with `digits` decimals; a value that rounds to zero prints without a sign
  /// (`-0.001` → `"0.00"`, never `"-0.00"`); NaN → `"nan"`.
  public static func fixed(_ v: Double, _ digits: Int) -> String {
    let text = String(format: "%.\(digits)f", v)
    return isNegativeZero(text) ? String(text.dropFirst()) : text
  }

  /// `v` with `digits` decimals and an explicit sign; a value that rounds to zero gets none
  /// (`"0.0"`, never `"+0.0"` or `"-0.0"`).
  public static func signed(_ v: Double, _ digits: Int) -> String {
    let text = String(format: "%+.\(digits)f", v)
    return isZero(text) ? String(text.dropFirst()) : text
  }

  static func isNegativeZero(_ text: String) -> Bool { text.hasPrefix("-") && isZero(text) }

  static func isZero(_ text: String) -> Bool {
    text.allSatisfy { "+-0.".contains($0) }
  }
}
