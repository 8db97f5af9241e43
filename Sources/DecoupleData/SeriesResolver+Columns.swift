import Foundation

extension SeriesResolver {
  /// Every series `spec` names: a symbol or `file.csv:COLUMN` gives one; a file gives its
  /// primary column when it has one (Close, price, …), and otherwise one series per value
  /// column, in header order, each named by its column (so a returns matrix gives them all).
  /// - Throws: as ``resolve(_:options:)``; ``ImportError/noData`` for an empty column.
  public static func resolveAll(
    _ spec: String, options: ImportOptions = .init(), store: (any SeriesProvider)? = nil
  ) throws -> [DailySeries] {
    guard isPath(spec) else { return [try resolve(spec, options: options, store: store)] }
    let (path, column) = split(spec)
    if column != nil || options.valueColumn != nil {
      return [try resolve(spec, options: options)]
    }
    let expanded = NSString(string: path).expandingTildeInPath
    let file = try Importer.read(contentsOf: URL(fileURLWithPath: expanded), options: options)
    if file.primary != nil {
      var s = try file.series(column: nil)
      s.name = options.name ?? spec
      s.source.file = path
      return [s]
    }
    return try file.columns.map { c in
      var s = try file.series(column: c)
      s.source.file = path
      return s
    }
  }
}
