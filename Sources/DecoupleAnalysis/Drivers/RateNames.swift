/// People's names of the rate series the drivers use, for text: a reader knows "the 2-year
/// Treasury yield", not the FRED code `DGS2` (JSON keeps the codes).
public enum RateNames {
  /// `"DGS2"` → `"2-year yield"`, `"DFF"` → `"fed funds rate"`, `"DGS2-DFF"` → `"2-year yield
  /// minus fed funds"`; a code it does not know is returned as given.
  public static func label(_ code: String) -> String {
    switch code {
    case "DGS2": "2-year yield"
    case "DGS10": "10-year yield"
    case "DFF": "fed funds rate"
    case "DGS2-DFF": "2-year yield minus fed funds"
    default: code
    }
  }

  /// A factor or column name with each known code replaced by its label:
  /// `"DGS2 change (bp)"` → `"2-year yield change (bp)"`.
  public static func labelled(_ name: String) -> String {
    guard let code = name.split(separator: " ").first.map(String.init), label(code) != code
    else { return name }
    return label(code) + name.dropFirst(code.count)
  }
}
