import DecoupleData

/// The checksum recorded with every write: FNV-1a (64-bit) over the rows in a canonical text
/// form, one line per observation: `time,open,high,low,value,volume` with empty fields for `nil`
/// and Swift's shortest round-trip formatting of each number.
///
/// It identifies what was received (two writes of the same rows have the same checksum); it is
/// not a cryptographic hash.
public enum Checksum {
  public static func of(_ observations: [Observation]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func add(_ text: String) {
      for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01b3
      }
    }
    func field(_ x: Double?) -> String { x.map { "\($0)" } ?? "" }
    for o in observations {
      add("\(o.time),\(field(o.open)),\(field(o.high)),\(field(o.low)),\(o.value),")
      add(field(o.volume) + "\n")
    }
    let hex = String(hash, radix: 16)
    return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
  }
}
