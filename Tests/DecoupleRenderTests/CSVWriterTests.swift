import DecoupleRender
import Testing

@Suite struct CSVWriterTests {
  @Test func fieldsWithSeparatorsAreQuoted() {
    let text = CSVWriter.table(header: ["a", "b"], rows: [["x,y", "say \"hi\""], ["1", ""]])
    #expect(text == "a,b\n\"x,y\",\"say \"\"hi\"\"\"\n1,\n")
  }

  @Test func undefinedNumbersAreEmptyCells() {
    #expect(CSVWriter.number(.nan) == "")
    #expect(CSVWriter.number(0.5) == "0.5")
  }
}
