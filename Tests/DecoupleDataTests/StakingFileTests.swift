import DecoupleData
import Foundation
import Testing

@Suite struct StakingFileTests {
  func day(_ s: String) -> Day { Day(iso: s)! }

  @Test func embeddedHistoryWithItsGaps() throws {
    let staked = try Dataset.load("ETH-STAKED")
    #expect(staked.count == 1_179 && staked.calendar == .published)
    #expect(staked.firstDay == day("2023-05-21") && staked.values.first == 18_511_588)
    #expect(staked.lastDay == day("2026-08-22") && staked.values.last == 42_228_608)
    // docs/DATA-SOURCES.md §9: missing days are absent, never filled.
    for missing in ["2024-01-20", "2024-01-21", "2025-05-06", "2025-12-13", "2026-07-24"] {
      #expect(!staked.days.contains(day(missing)))
    }
    let supply = try Dataset.load("ETH-SUPPLY-VQ")
    #expect(supply.values.first == 120_271_553 && supply.notes.contains { $0.contains("7 days") })
    let apr = try Dataset.file("ETH_staking_daily.validatorqueue.json").series(column: "apr")
    #expect(apr.count == 1_179 - 13)  // null for the first 13 rows
  }

  @Test func onchainSymbolsAreListed() throws {
    for s in ["ETH-BURN", "ETH-POW-ISSUANCE", "ETH-SUPPLY-ES", "ETH-SUPPLY-GN", "ETH-STAKED"] {
      #expect(Dataset.entry(s)?.kind == .onChain)
    }
    #expect(try Dataset.load("ETH-SUPPLY-GN").lastDay == day("2022-09-01"))
  }

  @Test(arguments: [
    ("{}", "the top level is not an array"),
    ("[{\"date\":\"2023-13-01\"}]", "record 1 has unreadable 'date' value '2023-13-01'"),
    ("[{\"date\":\"2023-05-01\",\"supply\":\"12\"}]", "record 1 has unreadable 'supply'"),
    ("[{\"date\":\"2023-05-02\"},{\"date\":\"2023-05-01\"}]", "comes after 2023-05-02"),
    ("[", "not valid JSON"), ("[]", "has no data rows"),
  ])
  func badFilesSayWhatAndWhere(_ text: String, _ message: String) {
    do {
      _ = try StakingFile.parse(Data(text.utf8), file: "q.json")
      Issue.record("expected an error for \(text)")
    } catch {
      #expect("\(error)".contains(message), "\(error)")
      #expect("\(error)".hasPrefix("q.json"))
    }
  }

  @Test func nullValuesAreMissing() throws {
    let f = try StakingFile.parse(
      Data(
        #"[{"date":"2023-05-01","supply":null,"staked_amount":5},{"date":"2023-05-02","supply":7}]"#
          .utf8),
      file: "q.json")
    #expect(try f.series(column: "supply").days == [day("2023-05-02")])
    #expect(try f.series(column: nil).values == [5])
  }
}
