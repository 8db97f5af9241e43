// swift-tools-version: 6.1
import PackageDescription

// Data flows one way: DecoupleData (files → raw series) → DecoupleSeries (calendars, alignment,
// returns) → DecoupleStats (kernels, no I/O) → DecoupleAnalysis (decoupling senses, verdicts)
// → DecoupleRender (text, JSON, CSV) → DecoupleCLI (commands) → the thin `decouple` executable.
let package = Package(
  name: "Decouple",
  platforms: [.macOS(.v14)],
  products: [
    .library(name: "Decouple", targets: ["DecoupleCLI"]),
    .library(name: "DecoupleStats", targets: ["DecoupleStats"]),
    .executable(name: "decouple", targets: ["decouple"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    .target(name: "DecoupleData", resources: [.copy("Resources/Dataset")]),
    .target(name: "DecoupleSeries", dependencies: ["DecoupleData"]),
    .target(name: "CDecoupleShims"),
    .target(name: "DecoupleStats", dependencies: ["CDecoupleShims"]),
    .target(name: "DecoupleAnalysis", dependencies: ["DecoupleSeries", "DecoupleStats"]),
    .target(name: "DecoupleRender", dependencies: ["DecoupleAnalysis"]),
    .target(
      name: "DecoupleCLI",
      dependencies: [
        "DecoupleRender",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "decouple", dependencies: ["DecoupleCLI"]),
    .target(
      name: "TestSupport", dependencies: ["DecoupleData", "DecoupleStats"],
      path: "Tests/TestSupport",
      resources: [.copy("Fixtures")]),
    .testTarget(name: "DecoupleDataTests", dependencies: ["DecoupleData", "TestSupport"]),
    .testTarget(name: "DecoupleSeriesTests", dependencies: ["DecoupleSeries", "TestSupport"]),
    .testTarget(name: "DecoupleStatsTests", dependencies: ["DecoupleStats", "TestSupport"]),
    .testTarget(name: "DecoupleAnalysisTests", dependencies: ["DecoupleAnalysis", "TestSupport"]),
    .testTarget(name: "DecoupleRenderTests", dependencies: ["DecoupleRender", "TestSupport"]),
    .testTarget(name: "DecoupleCLITests", dependencies: ["DecoupleCLI", "TestSupport"]),
  ]
)
