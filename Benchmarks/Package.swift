// swift-tools-version: 6.1
import PackageDescription

// Benchmarks live in their own package so the main build stays lean (docs/DEVELOPING.md).
//
// - `RollingCorrelation`: an ordo-one/benchmark suite (wall clock + mallocs), run with
//   `swift package --package-path Benchmarks benchmark`.
// - `econ-timing`: best wall times of ADF/KPSS/Engle–Granger/Johansen (tools/bench/unitroot.py).
// - `timing`: a plain executable that prints the best wall time of `Rolling.correlation`, used by
//   `tools/bench/rolling_corr.py` to compare against pandas, polars and numbagg on the same data.
// - `import-timing`: best wall time of `Importer.read(contentsOf:)` on a CSV file, used by
//   `tools/bench/import.py` to compare against pandas `read_csv` + `to_datetime` on the same file.
// - `universe`: one asset against 2,000 and a 100-asset pairwise rolling matrix, timed by
//   `tools/bench/universe.py` against pandas on the same inputs.
let package = Package(
  name: "DecoupleBenchmarks",
  platforms: [.macOS(.v14)],
  dependencies: [
    // Named so the identity does not depend on the checkout folder (wt-bench, main, a CI clone).
    .package(name: "Decouple", path: ".."),
    // The trait line is needed for the package to resolve on this machine (no runtime interposer).
    .package(
      url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    // SplitMix64 inputs shared by both executables; mirrored in tools/bench/rolling_corr.py.
    .target(
      name: "BenchData", dependencies: [.product(name: "DecoupleStats", package: "Decouple")],
      path: "Sources/BenchData"),
    .executableTarget(
      name: "timing",
      dependencies: [
        "BenchData",
        .product(name: "DecoupleStats", package: "Decouple"),
      ],
      path: "Sources/timing"
    ),
    .executableTarget(
      name: "econ-timing",
      dependencies: [.product(name: "DecoupleStats", package: "Decouple")],
      path: "Sources/econ-timing"
    ),
    .executableTarget(
      name: "import-timing",
      dependencies: [.product(name: "DecoupleData", package: "Decouple")],
      path: "Sources/import-timing"
    ),
    .executableTarget(
      name: "universe",
      dependencies: [.product(name: "DecoupleStats", package: "Decouple")],
      path: "Sources/universe"
    ),
    .executableTarget(
      name: "RollingCorrelation",
      dependencies: [
        "BenchData",
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "DecoupleStats", package: "Decouple"),
      ],
      path: "RollingCorrelation",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
  ]
)
