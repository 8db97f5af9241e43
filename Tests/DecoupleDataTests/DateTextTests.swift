import Foundation
import Testing

@testable import DecoupleData

@Suite struct DateTextTests {
  func stamp(_ s: String) -> Stamp? {
    Array(s.utf8).withUnsafeBufferPointer { DateText.parse($0) }
  }

  @Test func forms() throws {
    let d = Day(iso: "2021-08-06")!
    #expect(stamp("2021-08-06") == Stamp(day: d))
    #expect(stamp("08/06/2021") == Stamp(day: d))
    #expect(stamp("8/6/2021") == Stamp(day: d))
    #expect(stamp("2021-08-06 00:00:00 UTC") == Stamp(day: d, seconds: 0, offset: 0))
    #expect(stamp("2021-08-06T13:30:00Z") == Stamp(day: d, seconds: 48_600, offset: 0))
    #expect(
      stamp("2021-08-06 13:30:00+00:00")?.instant == stamp("2021-08-06 09:30:00-04:00")?.instant)
    #expect(stamp("2021-08-06T09:30-0400")?.offset == -14_400)
    #expect(stamp("2021-08-06 09:30:00.250+05")?.offset == 18_000)
  }

  @Test func utcDayOfAnOffsetTimestamp() throws {
    // 22:00 in New York on 5 August is 02:00 UTC on 6 August.
    #expect(stamp("2021-08-05 22:00:00-04:00")?.utcDay == Day(iso: "2021-08-06"))
    #expect(stamp("1969-12-31T23:00:00Z")?.utcDay == Day(iso: "1969-12-31"))
  }

  @Test(arguments: [
    "", "2021-8-06", "2021-02-30", "13/01/2021", "2021/08/06", "20210806", "2021-08-06 25:00",
    "2021-08-06T10:00:00 EST", "2021-08-06x", "abc",
  ])
  func rejects(text: String) { #expect(stamp(text) == nil) }
}
