// Times the universe workloads of issue 3, point 8, on inputs written by tools/bench/universe.py.
//
//   swift run -c release --package-path Benchmarks universe --inputs PATH --out PATH [--repeat R]
//
// Inputs (raw little-endian Float64): a header [days, assets, matrixAssets, window], then A's
// returns, then `assets` columns of `days` returns. Workloads, single thread, best of --repeat:
// - `scan`: A against every asset, rolling correlation and beta of A on the asset
//   (`Rolling.correlationAndBeta`, one pass for both);
// - `matrix`: the pairwise rolling correlation of the first `matrixAssets` columns
//   (`CorrelationMatrix.rolling`: every pair i < j).
// - `spearman`, `kendall`: rolling rank correlations of A with the first asset.
// Output: `scan`, `matrix`, `spearman`, `kendall` seconds on stdout; --out receives the last row of each
// result (scan correlations, scan betas, then matrix pairs in (i, j) order) for the script to
// check against pandas.
import DecoupleStats
import Foundation

func argument(_ name: String) -> String? {
  let args = CommandLine.arguments
  guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
  return args[i + 1]
}

guard let inputs = argument("--inputs"), let outPath = argument("--out") else {
  FileHandle.standardError.write(
    "usage: universe --inputs PATH --out PATH [--repeat R]\n".data(using: .utf8)!)
  exit(64)
}
let repeats = max(1, Int(argument("--repeat") ?? "3") ?? 3)
let raw = try Data(contentsOf: URL(fileURLWithPath: inputs))
let values = raw.withUnsafeBytes { Array($0.bindMemory(to: Double.self)) }
let days = Int(values[0])
let assets = Int(values[1])
let matrixAssets = Int(values[2])
let window = Int(values[3])
let a = Array(values[4..<(4 + days)])
let columns = (0..<assets).map { j in
  Array(values[(4 + days * (j + 1))..<(4 + days * (j + 2))])
}

func best(_ body: () -> Void) -> Double {
  var t = Double.infinity
  for _ in 0..<repeats {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    t = min(t, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }
  return t
}

var lastCorrelation = [Double](repeating: .nan, count: assets)
var lastBeta = [Double](repeating: .nan, count: assets)
let scan = best {
  for j in 0..<assets {
    let s = Rolling.correlationAndBeta(a, columns[j], window: window)
    lastCorrelation[j] = s.correlation[days - 1]
    lastBeta[j] = s.beta[days - 1]
  }
}
var lastPairs: [Double] = []
let matrix = best {
  lastPairs = CorrelationMatrix.rolling(Array(columns.prefix(matrixAssets)), window: window)
    .map { $0[days - 1] }
}
// Rank correlations of A with the first asset: rolling Spearman and Kendall tau-b.
var lastRanks = [Double.nan, .nan]
let spearman = best { lastRanks[0] = Rolling.spearman(a, columns[0], window: window)[days - 1] }
let kendall = best { lastRanks[1] = Rolling.kendall(a, columns[0], window: window)[days - 1] }
print("scan \(scan)")
print("matrix \(matrix)")
print("spearman \(spearman)")
print("kendall \(kendall)")
let out = lastCorrelation + lastBeta + lastPairs + lastRanks
try out.withUnsafeBufferPointer { Data(buffer: $0) }.write(to: URL(fileURLWithPath: outPath))
