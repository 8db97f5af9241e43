/// A numeric CSV fixture: a header and columns of doubles (empty cells are NaN); a `date`
/// column, if any, is kept as text.
public struct NumericTable: Sendable {
  public var header: [String]
  public var dates: [String]
  public var columns: [String: [Double]]

  /// Loads `Fixtures/<relativePath>`.
  public init(fixture relativePath: String) throws {
    let lines = try Fixture.text(relativePath).split(whereSeparator: \.isNewline)
    header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    var cols = [[Double]](repeating: [], count: header.count)
    var dates: [String] = []
    for line in lines.dropFirst() {
      let cells = line.split(separator: ",", omittingEmptySubsequences: false)
      precondition(cells.count == header.count, "ragged fixture row: \(line)")
      for (c, cell) in cells.enumerated() {
        if header[c] == "date" {
          dates.append(String(cell))
        } else {
          cols[c].append(cell.isEmpty ? .nan : Double(cell)!)
        }
      }
    }
    self.dates = dates
    columns = Dictionary(uniqueKeysWithValues: zip(header, cols))
  }

  public subscript(column: String) -> [Double] { columns[column]! }
}
