// swift-tools-version: 6.1
import PackageDescription

// Data flows one way: DecoupleData (files → raw series) → DecoupleSeries (calendars, alignment,
// returns) → DecoupleStats (kernels, no I/O) → DecoupleAnalysis (decoupling senses, verdicts)
// → DecoupleRender (text, JSON, CSV, SVG, HTML) → DecoupleWorkspace (the one way series come in
// and results go out) → DecoupleWatch (watchlists, alert cycles, replays) → DecoupleServer (the
// dashboard's HTTP application, Hummingbird) → DecoupleCLI (commands; it hands the server its
// analyses as endpoints) → the thin `decouple` executable.
// At the edges, used by DecoupleWorkspace only: DecoupleStore (the local SQLite store, GRDB) and
// DecoupleConnectors (live market-data sources over HTTP). docs/ARCHITECTURE.md is the map.
// The `Decouple` library product is the workspace and the watcher and everything below them: no
// ArgumentParser, no test code, no server. Build the tool alone with
// `swift build -c release --product decouple`.
let package = Package(
  name: "Decouple",
  platforms: [.macOS(.v14)],
  products: [
    .library(name: "Decouple", targets: ["DecoupleWorkspace", "DecoupleWatch"]),
    .library(name: "DecoupleStats", targets: ["DecoupleStats"]),
    // For Benchmarks/ (import-timing): the importer alone, without the store or the server.
    .library(name: "DecoupleData", targets: ["DecoupleData"]),
    .executable(name: "decouple", targets: ["decouple"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
    // The watchlist file (YAML, with each node's line and column for errors).
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    // Tests only (already built for Hummingbird): the local test servers stop gracefully.
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    // Tests only (already built for HummingbirdTesting): the WebDriver client, since
    // chromedriver's headers ("Content-Length:250", no space) defeat Foundation's URLSession.
    .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
  ],
  targets: [
    .target(
      name: "DecoupleData", dependencies: ["CDecoupleShims"],
      resources: [.copy("Resources/Dataset")]),
    .target(name: "DecoupleSeries", dependencies: ["DecoupleData"]),
    .target(name: "CDecoupleShims"),
    .target(name: "DecoupleStats", dependencies: ["CDecoupleShims"]),
    .target(
      name: "DecoupleAnalysis", dependencies: ["DecoupleData", "DecoupleSeries", "DecoupleStats"]),
    .target(
      name: "DecoupleRender",
      dependencies: ["DecoupleData", "DecoupleSeries", "DecoupleStats", "DecoupleAnalysis"],
      resources: [.copy("Resources/Interactive")]),
    .target(
      name: "DecoupleStore",
      dependencies: ["DecoupleData", .product(name: "GRDB", package: "GRDB.swift")]),
    .target(name: "DecoupleConnectors", dependencies: ["DecoupleData"]),
    .target(
      name: "DecoupleWorkspace",
      dependencies: [
        "DecoupleData", "DecoupleAnalysis", "DecoupleRender", "DecoupleStore", "DecoupleConnectors",
      ]),
    .target(
      name: "DecoupleWatch",
      dependencies: [
        "DecoupleData", "DecoupleSeries", "DecoupleAnalysis", "DecoupleRender",
        "DecoupleWorkspace", .product(name: "Yams", package: "Yams"),
      ]),
    .target(
      name: "DecoupleServer",
      dependencies: [
        "DecoupleData", "DecoupleRender", "DecoupleWorkspace",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "CompressNIO", package: "compress-nio"),
      ],
      resources: [.copy("Resources/Site")]),
    .target(
      name: "DecoupleCLI",
      dependencies: [
        "DecoupleData", "DecoupleSeries", "DecoupleStats", "DecoupleAnalysis", "DecoupleRender",
        "DecoupleWorkspace", "DecoupleServer", "DecoupleWatch",
        // Only for their error types, which ErrorAdvice words for the command line.
        "DecoupleStore", "DecoupleConnectors",
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
    .target(
      name: "FakeMarketServer",
      dependencies: [
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
      ],
      path: "Tests/FakeMarketServer"),
    .testTarget(
      name: "DecoupleStoreTests", dependencies: ["DecoupleStore", "TestSupport"]),
    .testTarget(
      name: "DecoupleWorkspaceTests",
      dependencies: [
        "DecoupleWorkspace", "DecoupleAnalysis", "DecoupleData", "DecoupleStore", "TestSupport",
        // The alert channels' tests: HTTPClient and RetryPolicy, and the webhook receiver.
        "DecoupleConnectors", "FakeMarketServer",
      ]),
    .testTarget(
      name: "DecoupleConnectorsTests",
      dependencies: ["DecoupleConnectors", "FakeMarketServer", "TestSupport"]),
    .testTarget(
      name: "DecoupleWatchTests",
      dependencies: [
        "DecoupleWatch", "DecoupleWorkspace", "DecoupleAnalysis", "DecoupleData", "TestSupport",
      ]),
    .testTarget(
      name: "DecoupleServerTests",
      dependencies: [
        "DecoupleServer", "DecoupleWorkspace", "TestSupport",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ]),
    .testTarget(
      name: "DecoupleCLITests",
      dependencies: [
        "DecoupleCLI", "DecoupleServer", "DecoupleStore", "FakeMarketServer", "TestSupport",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
      ]),
  ]
)
