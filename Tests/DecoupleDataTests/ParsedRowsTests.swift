import DecoupleData
import Testing

/// Row-level rules: descending files, the stale first row, missing cells and calendars.
@Suite struct ParsedRowsTests {
  @Test func descendingFileIsReversed() throws {
    let f = try Importer.parse(
      "date,value\n2024-01-03,3\n2024-01-02,2\n2024-01-01,1\n", file: "d.csv")
    let s = try f.series(column: nil)
    #expect(s.days.map(\.iso) == ["2024-01-01", "2024-01-02", "2024-01-03"])
    #expect(s.values == [1, 2, 3])
    #expect(f.notes.contains { $0.contains("descending") })
  }

  @Test func staleFirstRowRuleIsGeneral() throws {
    let text = "date,A,B,Total\n2025-03-03,1,2.0,3\n2025-03-04,5,5,10\n2025-03-05,1.0,2,3\n"
    let f = try Importer.parse(text, file: "flows.csv")
    let s = try f.series(column: nil)
    #expect(s.days.map(\.iso) == ["2025-03-04", "2025-03-05"])
    #expect(f.notes.contains { $0.contains("2025-03-03") && $0.contains("line 4") })
  }

  @Test func zeroFirstRowIsKept() throws {
    let text = "date,A,B,Total\n2025-03-03,0,0,0\n2025-03-04,5,5,10\n2025-03-05,0,0,0\n"
    let s = try Importer.parse(text, file: "flows.csv").series(column: nil)
    #expect(s.count == 3)
  }

  @Test func emptyCellsDropOnlyThatSeriesRow() throws {
    let f = try Importer.parse(
      "date,a,b\n2024-01-01,1,\n2024-01-02, ,2\n2024-01-03,3,3\n", file: "m.csv")
    #expect(try f.series(column: "a").values == [1, 3])
    #expect(try f.series(column: "B").values == [2, 3])
    #expect(
      try f.series(column: "a").notes.contains("1 rows with an empty 'a' cell were left out."))
  }

  @Test func genericOptionsPickColumnsAndTimestampsMapToUtcDays() throws {
    let text = "id,when,px,note\n1,2024-01-05T23:30:00-05:00,10,x\n2,2024-01-08T10:00:00Z,11,y\n"
    let f = try Importer.parse(
      text, file: "g.csv", options: .init(dateColumn: "WHEN", valueColumn: "px"))
    #expect(f.format == .generic && f.columns == ["px"])
    let s = try f.series(column: nil)
    #expect(s.days.map(\.iso) == ["2024-01-06", "2024-01-08"])  // 23:30 −05:00 is Saturday UTC
    #expect(s.calendar == .continuous)
  }

  @Test func exchangeWithoutWeekendRows() throws {
    let text = "Date,Open,High,Low,Close,Volume\n2024-01-05,1,1,1,1,0\n2024-01-08,2,2,2,2,0\n"
    let f = try Importer.parse(text, file: "y.csv")
    let s = try f.series(column: nil)
    #expect(s.calendar == .exchange && s.count == 2)  // no partial day on exchange files
  }
}
