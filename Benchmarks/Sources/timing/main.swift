// Prints the best wall time of `Rolling.correlation` on the SplitMix64 benchmark inputs.
//
//   swift run -c release --package-path Benchmarks timing --n 10000000 --window 1440 --repeat 5
//
// Output (stdout), one `key value` per line: `seconds` (best of --repeat), `all` (every run),
// `checksum` (sum of the non-NaN outputs), `head` (first inputs, for cross-checking the generator).
// With `--out PATH` the last result is also written as raw little-endian Float64 for comparison,
// and with `--inputs-out PATH` the inputs x then y (same format), so a script can check that its
// own SplitMix64 produced bit-identical data.
import BenchData
import DecoupleStats
import Foundation

func option(_ name: String, default value: Int) -> Int {
  let args = CommandLine.arguments
  guard let i = args.firstIndex(of: name), i + 1 < args.count, let v = Int(args[i + 1]) else {
    return value
  }
  return v
}

func stringOption(_ name: String) -> String? {
  let args = CommandLine.arguments
  guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
  return args[i + 1]
}

let n = option("--n", default: 10_000_000)
let window = option("--window", default: 1_440)
let repeats = max(1, option("--repeat", default: 5))
guard n >= 1, window >= 1, window <= n else {
  FileHandle.standardError.write(
    "usage: timing --n N --window W --repeat R [--out PATH]\n".data(using: .utf8)!)
  exit(64)
}

let (x, y) = BenchData.pairs(count: n)
var times: [Double] = []
var result: [Double] = []
for _ in 0..<repeats {
  let start = DispatchTime.now().uptimeNanoseconds
  result = Rolling.correlation(x, y, window: window)
  let end = DispatchTime.now().uptimeNanoseconds
  times.append(Double(end - start) / 1e9)
}
let checksum = result.reduce(0) { $1.isNaN ? $0 : $0 + $1 }
print("seconds \(times.min()!)")
print("all \(times.map { String($0) }.joined(separator: " "))")
print("checksum \(checksum)")
print(
  "head \(x.prefix(3).map { "\($0)" }.joined(separator: " ")) \(y.prefix(3).map { "\($0)" }.joined(separator: " "))"
)
if let path = stringOption("--inputs-out") {
  var data = x.withUnsafeBufferPointer { Data(buffer: $0) }
  y.withUnsafeBufferPointer { data.append(Data(buffer: $0)) }
  try data.write(to: URL(fileURLWithPath: path))
}
if let path = stringOption("--out") {
  let data = result.withUnsafeBufferPointer { Data(buffer: $0) }
  try data.write(to: URL(fileURLWithPath: path))
}
