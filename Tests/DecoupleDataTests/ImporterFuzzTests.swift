import DecoupleData
import Foundation
import TestSupport
import Testing

/// Mutated real exports never crash the importer: each mutation either imports (days strictly
/// increasing, values finite) or fails with an `ImportError` that names the file. Mutations
/// are seeded (SplitMix64), so a failure reproduces: the message gives the file, seed and
/// mutation.
@Suite struct ImporterFuzzTests {
  static let files = [
    "exports/BITSTAMP_ETHUSD, 1D.tradingview.csv", "exports/ETH-EUR.excel-de.csv",
    "exports/ETH-USD.yahoo.csv", "exports/ETH.excel-fr.csv", "exports/ETH.headerless.csv",
    "exports/ETHUSDT-1d.binance.csv", "exports/Ethereum Historical Data.investing.csv",
    "formats/BNB-USD.coingecko.csv", "formats/ETH-USD_1h.yahoo.csv",
    "formats/ETH_supply_daily.etherscan.csv", "formats/RUT_1h.ibkr.csv",
  ]

  /// Bytes that matter to a CSV reader: separators, quotes, line ends, signs, digits, a BOM
  /// byte, a NUL and a high byte.
  static let interesting: [UInt8] = Array(",;\t\"\n\r-+.:/ 0159eE".utf8) + [0xEF, 0x00, 0xFF]

  /// One random edit of `bytes`: a byte replaced, deleted or inserted, a line duplicated or
  /// removed, or the file cut short.
  static func mutate(_ bytes: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
    var b = bytes
    guard !b.isEmpty else { return b }
    let at = Int.random(in: 0..<b.count, using: &rng)
    switch Int.random(in: 0..<6, using: &rng) {
    case 0: b[at] = interesting.randomElement(using: &rng)!
    case 1: b.remove(at: at)
    case 2: b.insert(interesting.randomElement(using: &rng)!, at: at)
    case 3:
      let start = b[..<at].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
      let end = b[at...].firstIndex(of: 0x0A).map { $0 + 1 } ?? b.count
      b.insert(contentsOf: b[start..<end], at: start)
    case 4:
      let start = b[..<at].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
      let end = b[at...].firstIndex(of: 0x0A).map { $0 + 1 } ?? b.count
      b.removeSubrange(start..<end)
    default: b.removeSubrange(at..<b.count)
    }
    return b
  }

  @Test(arguments: files)
  func mutatedExportsImportOrFailClearly(_ path: String) throws {
    let original = [UInt8](try Data(contentsOf: Fixture.url(path)))
    let name = String(path.split(separator: "/").last!)
    var rng = SplitMix64(seed: 20_261_129)
    var imported = 0
    var refused = 0
    for trial in 0..<400 {
      var bytes = original
      for _ in 0..<Int.random(in: 1...3, using: &rng) { bytes = Self.mutate(bytes, &rng) }
      do {
        let file = try Importer.parse(Data(bytes), file: name)
        for s in file.series {
          #expect(zip(s.days, s.days.dropFirst()).allSatisfy { $0 < $1 }, "\(name) #\(trial)")
          #expect(s.values.allSatisfy { $0.isFinite }, "\(name) #\(trial)")
        }
        imported += 1
      } catch let error as ImportError {
        #expect("\(error)".contains(name), "\(name) #\(trial): \(error)")
        refused += 1
      } catch {
        Issue.record("\(name) #\(trial): not an ImportError: \(error)")
      }
    }
    // Both outcomes happen: the mutations reach the reader's checks and leave it usable.
    #expect(imported > 0 && refused > 0, "\(name): \(imported) imported, \(refused) refused")
  }
}
