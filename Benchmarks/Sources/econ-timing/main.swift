// Best wall times of the unit-root and cointegration kernels on SplitMix64 data (seed 42):
//
//   swift run -c release --package-path Benchmarks econ-timing --n 2500 --repeat 20
//
// Inputs: a Gaussian random walk x of length n, and y = 0.5 x + an AR(1) (φ = 0.9) noise, so
// (x, y) is cointegrated. Mirrored in tools/bench/unitroot.py (same generator, bit-identical
// data) to time statsmodels on the same inputs. Output: one `name seconds` per line.
import DecoupleStats
import Foundation

func option(_ name: String, default value: Int) -> Int {
  let args = CommandLine.arguments
  guard let i = args.firstIndex(of: name), i + 1 < args.count, let v = Int(args[i + 1]) else {
    return value
  }
  return v
}

let n = option("--n", default: 2_500)
let repeats = max(1, option("--repeat", default: 20))
var rng = SplitMix64(seed: 42)
var level = 0.0
var noise = 0.0
var x: [Double] = []
var y: [Double] = []
for _ in 0..<n {
  level += rng.normal()
  noise = 0.9 * noise + rng.normal()
  x.append(level)
  y.append(0.5 * level + noise)
}

func best(_ name: String, _ body: () throws -> Double) rethrows {
  var times: [Double] = []
  var sink = 0.0
  for _ in 0..<repeats {
    let t0 = DispatchTime.now().uptimeNanoseconds
    sink += try body()
    times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
  }
  print("\(name) \(times.min()!) checksum \(sink / Double(repeats))")
}

try best("adf_autolag_aic") { try UnitRoot.adf(x, regression: .c, autolag: .aic).statistic }
try best("adf_autolag_bic") { try UnitRoot.adf(x, regression: .c, autolag: .bic).statistic }
try best("adf_autolag_tstat") { try UnitRoot.adf(x, regression: .c, autolag: .tStat).statistic }
try best("kpss_auto") { try UnitRoot.kpss(x, regression: .c).statistic }
try best("coint_eg_aic") { try Cointegration.engleGranger(y, [x]).statistic }
try best("johansen_2_k1") {
  try Johansen.test([x, y], order: .constant, lagDifferences: 1).trace[0]
}
