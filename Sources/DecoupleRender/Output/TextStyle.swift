/// How text output is laid out. Render never reads the environment: the caller (the CLI, from
/// the terminal's size) chooses the width, and every text report wraps its sentences and
/// sizes its tables to it.
public enum TextStyle {
  /// The narrowest width text is laid out for; narrower requests are raised to it.
  public static let minimumWidth = 60

  /// The width, in columns, that text output fits: 100 unless the caller sets it with
  /// `TextStyle.$width.withValue(80) { … }` (a task-local, so concurrent renderings may use
  /// different widths).
  @TaskLocal public static var width: Int = 100

  /// `width`, raised to ``minimumWidth``.
  static var columns: Int { max(minimumWidth, width) }

  /// `text` word-wrapped to the width: the first line starts with `prefix`, continuation lines
  /// are indented by `indent` spaces.
  public static func wrap(_ text: String, indent: Int = 0, prefix: String = "") -> [String] {
    TextLayout.wrap(text, width: columns, indent: indent, prefix: prefix)
  }
}
